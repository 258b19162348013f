/**
 * Typed getters over the content store: the only way pages read content. The store holds what
 * each site shows (`scoped`); here it is ordered, and each getter is a query (`query.ts`) that
 * answers exactly what its pages show, so a change re-renders only the pages it touches.
 */
import { centralSite, siteSlugs, type Locale } from '@bawaba/registry'
import {
  councilRoles,
  type CouncilDecision,
  type CouncilMember,
  type CouncilSession,
  type Event,
  type News,
  type Page,
  type Site,
  type SiteSettings,
} from '@bawaba/schemas'
import type { PublishedCollection, Shapes } from '@bawaba/content/store'
import { renderContext } from './context.ts'
import { nextInstant, query, timedQuery, type Timed } from './query.ts'

/** Slug of the site being rendered. */
export const currentSlug = (): string => renderContext().site

/** Origin of the site being rendered, for absolute URLs (canonical, Open Graph, feeds). */
export const siteUrl = (path: string): string => new URL(path, renderContext().origin).href

/** What the site shows of a collection (its scope), as data, unordered. */
export function scoped<C extends PublishedCollection>(collection: C): Shapes[C][] {
  const context = renderContext()
  return context.store.cached(`data|${context.site}|${collection}`, () =>
    context.store.scoped(collection, context.site).map((entry) => entry.data),
  )
}

/** A value derived from the content alone, computed once per site and content generation. */
export function derived<T>(name: string, compute: () => T): () => T {
  return () => {
    const context = renderContext()
    return context.store.cached(`derived|${context.site}|${name}`, compute)
  }
}

const siteIndex = (slug: string) => {
  const index = siteSlugs.indexOf(slug)
  return index < 0 ? siteSlugs.length : index
}

/** Every site, in the registry's order (central portal, then the arrondissements by prefecture). */
export const getSites = query('sites', (): Site[] =>
  [...scoped('sites')].sort((a, b) => siteIndex(a.slug) - siteIndex(b.slug)),
)

function siteBySlug(slug: string): Site {
  const site = getSites().find((candidate) => candidate.slug === slug)
  if (!site) throw new Error(`site '${slug}' is missing from the CMS's sites collection`)
  return site
}

/** The site being rendered. */
export const getSite = query('site', () => siteBySlug(currentSlug()))

/** The central portal (every arrondissement links back to it). */
export const getCentral = query('central', () => siteBySlug(centralSite.slug))

export const getSettings = query(
  'settings',
  (): SiteSettings =>
    scoped('site-settings')[0] ?? {
      id: 'none',
      site: currentSlug(),
      navigation: [],
      footerLinks: [],
      quickLinks: [],
    },
)

/** Whether an item comes from the central portal rather than this site. */
export function fromPortal(item: { site: string }): boolean {
  return item.site !== currentSlug()
}

/**
 * One item per slug, the site's own winning over a featured portal item with the same slug
 * (both would want the same URL).
 */
function bySlug<T extends { slug: string; site: string }>(items: T[]): T[] {
  const kept = new Map<string, T>()
  for (const item of items) {
    const existing = kept.get(item.slug)
    if (!existing || (fromPortal(existing) && !fromPortal(item))) kept.set(item.slug, item)
  }
  return [...kept.values()]
}

/** The locale to link for a reader of `wanted`: it, or the nearest one the item is written in. */
export function linkLocale(translated: readonly Locale[], wanted: Locale): Locale {
  if (translated.includes(wanted)) return wanted
  const chain = { ar: [], fr: ['ar'], zgh: ['ar', 'fr'], en: ['fr', 'ar'] } as const
  return chain[wanted].find((l) => translated.includes(l)) ?? translated[0] ?? wanted
}

// ---------------------------------------------------------------------------------------------
// News

export const newsPerPage = 12

/**
 * The news list is numbered from the oldest, so that publishing changes as few list pages as it
 * can: page 1 holds the oldest twelve, page 2 the next twelve, and so on; the entry page
 * (`/news/`) holds the newest items — the newest complete twelve and the ones after them, 12 to 23
 * items. A new item changes the entry page only, and every twelfth one also adds a numbered page
 * and the "newer" link of the page before it. Numbered from the newest, every list page shifted by
 * one item on each publication (430 of a district's pages at city scale, 1,979 of the portal's).
 * An item dated in the past still shifts the pages newer than its date.
 */
/** How many numbered pages the news list has: its complete twelves but the newest (the entry page's). */
export function numberedNewsPages(items: number): number {
  return Math.max(0, Math.floor(items / newsPerPage) - 1)
}

const sortedNews = derived('news', () =>
  bySlug(scoped('news')).sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug),
  ),
)
const newsBySlug = derived('newsBySlug', () => new Map(sortedNews().map((n) => [n.slug, n])))

/** Published news, newest first (the sitemap's list). */
export const getNews = query('news', (): News[] => sortedNews())

/** The news item at `slug`, or null. */
export const getNewsItem = query('newsItem', (slug: string) => newsBySlug().get(slug) ?? null)

/** The newest `count` items (the home, the feed). */
export const getLatestNews = query('latestNews', (count: number) => sortedNews().slice(0, count))

/** The news list's entry page: its items, newest first, and the numbered page its "older" link opens (0: none). */
export const getNewsEntry = query('newsEntry', () => {
  const news = sortedNews()
  const older = numberedNewsPages(news.length)
  return { items: news.slice(0, news.length - older * newsPerPage), older }
})

/**
 * Numbered page `page` of the news list (1 the oldest), newest first on the page, and the page its
 * "newer" link opens (0: the entry page); null when there is no such page.
 */
export const getNewsPage = query('newsPage', (page: number) => {
  const news = sortedNews()
  const pages = numberedNewsPages(news.length)
  if (!Number.isInteger(page) || page < 1 || page > pages) return null
  return {
    items: news.slice(news.length - page * newsPerPage, news.length - (page - 1) * newsPerPage),
    newer: page < pages ? page + 1 : 0,
  }
})

/** Locales of the news item at `slug` (for links to it), or null when there is none. */
export const newsLocales = query(
  'newsLocales',
  (slug: string) => newsBySlug().get(slug)?.locales ?? null,
)

// ---------------------------------------------------------------------------------------------
// Events

const sortedEvents = derived('events', () =>
  bySlug(scoped('events')).sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.slug.localeCompare(b.slug),
  ),
)
const eventsBySlug = derived('eventsBySlug', () => new Map(sortedEvents().map((e) => [e.slug, e])))

const endOf = (event: Event) => Date.parse(event.endsAt ?? event.startsAt)

/**
 * Upcoming (not yet over, soonest first) and past (most recent first) events at `now`, and the
 * next instant one of them ends.
 */
export function splitEvents(
  events: Event[],
  now: Date,
): Timed<{ upcoming: Event[]; past: Event[] }> {
  const isOver = (event: Event) => endOf(event) < now.getTime()
  return {
    value: { upcoming: events.filter((e) => !isOver(e)), past: events.filter(isOver).reverse() },
    // An event is over once its end is strictly past.
    until: nextInstant(
      now,
      events.map((e) => endOf(e) + 1),
    ),
  }
}

/** Published events, soonest first (the sitemap's list). */
export const getEvents = query('events', (): Event[] => sortedEvents())

export const getEventItem = query('eventItem', (slug: string) => eventsBySlug().get(slug) ?? null)

export const eventLocales = query(
  'eventLocales',
  (slug: string) => eventsBySlug().get(slug)?.locales ?? null,
)

/** Upcoming and past events now (the events page). */
export const getEventsNow = timedQuery('eventsNow', (now) => splitEvents(sortedEvents(), now))

/** The next `count` upcoming events (0: all of them). */
export const getUpcomingEvents = timedQuery('upcomingEvents', (now, count: number) => {
  const { value, until } = splitEvents(sortedEvents(), now)
  return { value: count ? value.upcoming.slice(0, count) : value.upcoming, until }
})

// ---------------------------------------------------------------------------------------------
// Pages

/** Published content pages, by path. */
export const getPages = query('pages', (): Page[] =>
  [...scoped('pages')].sort((a, b) => a.path.localeCompare(b.path)),
)

const pagesByPath = derived('pagesByPath', () => new Map(getPagesData().map((p) => [p.path, p])))
function getPagesData(): Page[] {
  return [...scoped('pages')].sort((a, b) => a.path.localeCompare(b.path))
}

export const getPageAt = query('pageAt', (path: string) => pagesByPath().get(path) ?? null)

/** Locales of the content page at `path`, or null when there is none. */
export const pageLocales = query(
  'pageLocales',
  (path: string) => pagesByPath().get(path)?.locales ?? null,
)

// ---------------------------------------------------------------------------------------------
// Council

/** The council's members: by office (president first), then rank and order. */
export const getCouncilMembers = query('councilMembers', (): CouncilMember[] => {
  const office = (m: CouncilMember) => councilRoles.indexOf(m.role)
  return [...scoped('council-members')].sort(
    (a, b) =>
      office(a) - office(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  )
})

const sortedSessions = derived('sessions', () =>
  [...scoped('council-sessions')].sort((a, b) => a.date.localeCompare(b.date)),
)

/** The council's sessions, oldest first. */
export const getCouncilSessions = query('councilSessions', (): CouncilSession[] => sortedSessions())

/**
 * Sessions still to come (soonest first) and the archive (most recent first) at `now`; a
 * session marked held is archived whatever its date.
 */
export function splitSessions(
  sessions: CouncilSession[],
  now: Date,
): Timed<{ upcoming: CouncilSession[]; archive: CouncilSession[] }> {
  const isPast = (s: CouncilSession) => s.status === 'held' || Date.parse(s.date) < now.getTime()
  return {
    value: {
      upcoming: sessions.filter((s) => !isPast(s)),
      archive: sessions.filter(isPast).reverse(),
    },
    until: nextInstant(
      now,
      sessions.filter((s) => s.status !== 'held').map((s) => Date.parse(s.date) + 1),
    ),
  }
}

/** Upcoming sessions and the archive now. */
export const getSessionsNow = timedQuery('sessionsNow', (now) =>
  splitSessions(sortedSessions(), now),
)

/** The next `count` upcoming sessions (0: all of them). */
export const getUpcomingSessions = timedQuery('upcomingSessions', (now, count: number) => {
  const { value, until } = splitSessions(sortedSessions(), now)
  return { value: count ? value.upcoming.slice(0, count) : value.upcoming, until }
})

/** The deliberations register, most recent first (then by number). */
export const getCouncilDecisions = query('councilDecisions', (): CouncilDecision[] =>
  [...scoped('council-decisions')].sort(
    (a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number, 'en'),
  ),
)

const yearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', year: 'numeric' })

/** The calendar year of a council date, on Casablanca's wall clock. */
export function councilYear(date: string): number {
  return Number(yearFormat.format(new Date(date)))
}

/** Years of the register, most recent first. */
export const getDecisionYears = query('decisionYears', (): number[] => {
  const years = new Set(getCouncilDecisions().map((d) => councilYear(d.date)))
  return [...years].sort((a, b) => b - a)
})

export const getDecisionsOfYear = query('decisionsOfYear', (year: number) =>
  getCouncilDecisions().filter((d) => councilYear(d.date) === year),
)

/** The current year on Casablanca's wall clock (the footer's copyright line). */
export const getYear = timedQuery('year', (now) => {
  const year = councilYear(now.toISOString())
  // Casablanca is UTC+1 outside Ramadan: a new year never starts before 23:00 UTC on 31 December.
  const next = Date.UTC(year, 11, 31, 22)
  let until = next
  while (councilYear(new Date(until).toISOString()) === year) until += 15 * 60_000
  return { value: year, until }
})
