/**
 * Typed getters over the content collections: the only way pages read content. The loaders
 * (`@bawaba/content`) already kept this site's published documents; here they are ordered.
 */
import { centralSite, siteSlugs } from '@bawaba/registry'
import type { Event, News, Page, Site, SiteSettings } from '@bawaba/schemas'
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
