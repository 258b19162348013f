/**
 * Every page a site publishes, as locale-less suffixes with the locales it exists in: an item's
 * page exists only in the languages the item is written in, list and section pages in all four.
 * The renderer renders this list (nothing else is a page), the sitemap lists it, and pages look
 * their item up from the URL's params.
 */
import { localeCodes, type Locale } from '@bawaba/registry'
import {
  fromPortal,
  getCouncilDecisions,
  getCouncilSessions,
  getDecisionYears,
  getEvents,
  getNews,
  getPages,
  getSite,
  numberedNewsPages,
} from './content.ts'
import {
  getHeritageCategories,
  getHeritagePlaces,
  getLibrary,
  getLibraryKinds,
  getLibrarySites,
  getLibraryYears,
  getProcedures,
  placeKeyOf,
} from './civic.ts'
import { query } from './query.ts'
import { localePath, paths, suffixes } from './urls.ts'

export { newsPerPage, numberedNewsPages } from './content.ts'

export interface Route {
  suffix: string
  /** Locales the page exists in: the item's real translations, or all four. */
  translated: Locale[]
  lastmod?: string
  /** A portal item shown on a district: its page exists here, the portal's is canonical. */
  elsewhere?: true
}

const all = localeCodes

export const allRoutes = query('routes', (): Route[] => {
  const site = getSite()
  const news = getNews()
  const events = getEvents()
  const routes: Route[] = [{ suffix: suffixes.home(), translated: all }]
  routes.push({ suffix: suffixes.news(), translated: all })
  for (let page = 1; page <= numberedNewsPages(news.length); page++)
    routes.push({ suffix: suffixes.news(page), translated: all })
  // Portal items shown on a district have their page there too, but the portal's is canonical.
  for (const item of news)
    routes.push({
      suffix: suffixes.article(item.slug),
      translated: item.locales,
      ...(fromPortal(item) ? { elsewhere: true } : { lastmod: item.updatedAt }),
    })
  routes.push({ suffix: suffixes.events(), translated: all })
  for (const item of events)
    routes.push({
      suffix: suffixes.event(item.slug),
      translated: item.locales,
      ...(fromPortal(item) ? { elsewhere: true } : { lastmod: item.updatedAt }),
    })
  for (const page of getPages())
    routes.push({
      suffix: suffixes.page(page.path),
      translated: page.locales,
      lastmod: page.updatedAt,
    })
  for (const suffix of [
    suffixes.council(),
    suffixes.councilMembers(),
    suffixes.councilSessions(),
    suffixes.councilDecisions(),
  ])
    routes.push({ suffix, translated: all })
  for (const year of getDecisionYears())
    routes.push({ suffix: suffixes.councilDecisions(year), translated: all })
  const central = site.kind === 'central'
  if (central) routes.push({ suffix: suffixes.arrondissements(), translated: all })

  // Heritage: own places (the portal: every arrondissement's), the city's history on the portal.
  const places = getHeritagePlaces()
  routes.push({ suffix: suffixes.heritage(), translated: all })
  for (const category of getHeritageCategories())
    routes.push({ suffix: suffixes.heritageCategory(category), translated: all })
  if (central)
    for (const slug of new Set(places.map((p) => p.site)))
      routes.push({ suffix: suffixes.heritageArrondissement(slug), translated: all })
  for (const place of places)
    routes.push({
      suffix: suffixes.place(placeKeyOf(place.site, place.slug)),
      translated: place.locales,
      lastmod: place.updatedAt,
    })
  if (central) routes.push({ suffix: suffixes.history(), translated: all })

  // Documents library with its filters.
  if (getLibrary().length) {
    routes.push({ suffix: suffixes.library(), translated: all })
    for (const kind of getLibraryKinds())
      routes.push({ suffix: suffixes.libraryKind(kind), translated: all })
    for (const year of getLibraryYears())
      routes.push({ suffix: suffixes.libraryYear(year), translated: all })
    if (central)
      for (const slug of getLibrarySites())
        routes.push({ suffix: suffixes.libraryArrondissement(slug), translated: all })
  }

  // Offices, the procedure catalogue (every site), the e-services hub, search, partners (portal).
  routes.push({ suffix: suffixes.offices(), translated: all })
  routes.push({ suffix: suffixes.procedures(), translated: all })
  for (const procedure of getProcedures())
    routes.push({
      suffix: suffixes.procedure(procedure.slug),
      translated: procedure.locales,
      lastmod: procedure.updatedAt,
    })
  if (central) routes.push({ suffix: suffixes.partners(), translated: all })
  return routes
})

/** Routes listed in the sitemap: the site's own pages (not the e-services hub nor search). */
export const sitemapRoutes = query('sitemapRoutes', () => allRoutes().filter((r) => !r.elsewhere))

/**
 * Pages that are not in the sitemap but are files of the site. Search is not one: it answers on
 * demand, from the live release's index (pages/[locale]/search).
 */
const toolPages = [suffixes.eServices()]

/** A file the site publishes: a rendered URL, or a PDF copied from the CMS. */
export interface SiteFile {
  /** Path of the file under the site's root: `ar/news/x/index.html`, `sitemap.xml`. */
  file: string
  /** The URL the renderer asks for it. */
  url: string
}

const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1))

/** Every URL the site publishes as a file, in a stable order. */
export const siteUrls = query('siteUrls', (): SiteFile[] => {
  const urls = ['/', '/404.html', '/robots.txt', '/favicon.svg', '/sitemap.xml']
  for (const locale of localeCodes) urls.push(paths.rss(locale), paths.calendar(locale))
  for (const route of allRoutes())
    for (const locale of route.translated) urls.push(localePath(locale, route.suffix))
  for (const suffix of toolPages)
    for (const locale of localeCodes) urls.push(localePath(locale, suffix))
  return urls.map((url) => ({ file: fileOf(url), url }))
})

export interface SiteDocument {
  filename: string
  url: string
  filesize: number
}

/** The PDFs the site links (council minutes and full texts, the library), copied into the site. */
export const siteDocuments = query('siteDocuments', (): SiteDocument[] => {
  const documents = new Map<string, SiteDocument>()
  const add = ({ filename, url, filesize }: SiteDocument) => {
    if (!documents.has(filename)) documents.set(filename, { filename, url, filesize })
  }
  for (const session of getCouncilSessions()) if (session.minutes) add(session.minutes)
  for (const decision of getCouncilDecisions()) if (decision.fullText) add(decision.fullText)
  for (const document of getLibrary()) add(document)
  return [...documents.values()].sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0,
  )
})
