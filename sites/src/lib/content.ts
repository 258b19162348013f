/**
 * Typed getters over the content collections: the only way pages read content. The loaders
 * (`@bawaba/content`) already kept this site's published documents; here they are ordered.
 */
import { centralSite, siteSlugs } from '@bawaba/registry'
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
import { getCollection } from 'astro:content'
import { site as currentSlug } from 'virtual:bawaba/site'

export { currentSlug }

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= load())
}

/** Every site, in the registry's order (central portal, then the arrondissements by prefecture). */
export const getSites = memo(async (): Promise<Site[]> => {
  const sites = (await getCollection('sites')).map((entry) => entry.data as Site)
  const order = (slug: string) => {
    const index = siteSlugs.indexOf(slug)
    return index < 0 ? siteSlugs.length : index
  }
  return sites.sort((a, b) => order(a.slug) - order(b.slug))
})

async function siteBySlug(slug: string): Promise<Site> {
  const site = (await getSites()).find((candidate) => candidate.slug === slug)
  if (!site) throw new Error(`site '${slug}' is missing from the CMS's sites collection`)
  return site
}

/** The site being built. */
export const getSite = memo(() => siteBySlug(currentSlug))

/** The central portal (every arrondissement links back to it). */
export const getCentral = memo(() => siteBySlug(centralSite.slug))

export const getSettings = memo(async (): Promise<SiteSettings> => {
  const entries = await getCollection('settings')
  return (
    (entries[0]?.data as SiteSettings | undefined) ?? {
      id: 'none',
      site: currentSlug,
      navigation: [],
      footerLinks: [],
      quickLinks: [],
    }
  )
})

/** Whether an item comes from the central portal rather than this site. */
export function fromPortal(item: { site: string }): boolean {
  return item.site !== currentSlug
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

/** Published news, newest first. */
export const getNews = memo(async (): Promise<News[]> => {
  const news = (await getCollection('news')).map((entry) => entry.data as News)
  return bySlug(news).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
})

/** Published events, soonest first. */
export const getEvents = memo(async (): Promise<Event[]> => {
  const events = (await getCollection('events')).map((entry) => entry.data as Event)
  return bySlug(events).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
})

/**
 * Upcoming (not yet over, soonest first) and past (most recent first) events. "Now" is the
 * build time: the sites are rebuilt when content changes and at least daily.
 */
export function splitEvents(events: Event[], now = new Date()) {
  const isOver = (event: Event) => new Date(event.endsAt ?? event.startsAt) < now
  return {
    upcoming: events.filter((event) => !isOver(event)),
    past: events.filter(isOver).reverse(),
  }
}

/** Published content pages, by path. */
export const getPages = memo(async (): Promise<Page[]> => {
  const pages = (await getCollection('pages')).map((entry) => entry.data as Page)
  return pages.sort((a, b) => a.path.localeCompare(b.path))
})

/** The council's members: by office (president first), then rank and order. */
export const getCouncilMembers = memo(async (): Promise<CouncilMember[]> => {
  const members = (await getCollection('councilMembers')).map((e) => e.data as CouncilMember)
  const office = (m: CouncilMember) => councilRoles.indexOf(m.role)
  return members.sort(
    (a, b) =>
      office(a) - office(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  )
})

/** The council's sessions, oldest first. */
export const getCouncilSessions = memo(async (): Promise<CouncilSession[]> => {
  const sessions = (await getCollection('councilSessions')).map((e) => e.data as CouncilSession)
  return sessions.sort((a, b) => a.date.localeCompare(b.date))
})

/**
 * Sessions still to come (soonest first) and the archive (most recent first). "Now" is the
 * build time, like for events; a session marked held is archived whatever its date.
 */
export function splitSessions(sessions: CouncilSession[], now = new Date()) {
  const isPast = (s: CouncilSession) => s.status === 'held' || new Date(s.date) < now
  return {
    upcoming: sessions.filter((s) => !isPast(s)),
    archive: sessions.filter(isPast).reverse(),
  }
}

/** The deliberations register, most recent first (then by number). */
export const getCouncilDecisions = memo(async (): Promise<CouncilDecision[]> => {
  const decisions = (await getCollection('councilDecisions')).map((e) => e.data as CouncilDecision)
  return decisions.sort(
    (a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number, 'en'),
  )
})

/** The calendar year of a council date, on Casablanca's wall clock. */
export function councilYear(date: string): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', year: 'numeric' }).format(
      new Date(date),
    ),
  )
}

/** Years of the register, most recent first. */
export async function getDecisionYears(): Promise<number[]> {
  const years = new Set((await getCouncilDecisions()).map((d) => councilYear(d.date)))
  return [...years].sort((a, b) => b - a)
}
