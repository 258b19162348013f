/**
 * Every page a site publishes, as locale-less suffixes with the locales that really translate
 * them: the sitemap reads this, and the page files use the same helpers for getStaticPaths.
 */
import { localeCodes, type Locale } from '@bawaba/registry'
import { fromPortal, getDecisionYears, getEvents, getNews, getPages, getSite } from './content.ts'
import {
  getHeritageCategories,
  getHeritagePlaces,
  getLibrary,
  getLibraryKinds,
  getLibrarySites,
  getLibraryYears,
  getProcedures,
  placeKey,
} from './civic.ts'
import { suffixes } from './urls.ts'

export const newsPerPage = 12

export interface Route {
  suffix: string
  translated: Locale[]
  lastmod?: string
}

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / newsPerPage))
}

export async function allRoutes(): Promise<Route[]> {
  const site = await getSite()
  const news = await getNews()
  const events = await getEvents()
  const pages = await getPages()
  const all = localeCodes
  const routes: Route[] = [{ suffix: suffixes.home(), translated: all }]
  for (let page = 1; page <= pageCount(news.length); page++) {
    routes.push({ suffix: suffixes.news(page), translated: all })
  }
  // Portal items shown on a district declare the portal's page canonical: not listed here.
  for (const item of news.filter((n) => !fromPortal(n))) {
    routes.push({
      suffix: suffixes.article(item.slug),
      translated: item.locales,
      lastmod: item.updatedAt,
    })
  }
  routes.push({ suffix: suffixes.events(), translated: all })
  for (const item of events.filter((e) => !fromPortal(e))) {
    routes.push({
      suffix: suffixes.event(item.slug),
      translated: item.locales,
      lastmod: item.updatedAt,
    })
  }
  for (const page of pages) {
    routes.push({
      suffix: suffixes.page(page.path),
      translated: page.locales,
      lastmod: page.updatedAt,
    })
  }
  for (const suffix of [
    suffixes.council(),
    suffixes.councilMembers(),
    suffixes.councilSessions(),
    suffixes.councilDecisions(),
  ])
    routes.push({ suffix, translated: all })
  for (const year of await getDecisionYears())
    routes.push({ suffix: suffixes.councilDecisions(year), translated: all })
  const central = site.kind === 'central'
  if (central) routes.push({ suffix: suffixes.arrondissements(), translated: all })

  // Heritage: own places (the portal: every arrondissement's), the city's history on the portal.
  const places = await getHeritagePlaces()
  routes.push({ suffix: suffixes.heritage(), translated: all })
  for (const category of await getHeritageCategories())
    routes.push({ suffix: suffixes.heritageCategory(category), translated: all })
  if (central)
    for (const slug of new Set(places.map((p) => p.site)))
      routes.push({ suffix: suffixes.heritageArrondissement(slug), translated: all })
  for (const place of places)
    routes.push({
      suffix: suffixes.place(await placeKey(place)),
      translated: place.locales,
      lastmod: place.updatedAt,
    })
  if (central) routes.push({ suffix: suffixes.history(), translated: all })

  // Documents library with its filters.
  if ((await getLibrary()).length) {
    routes.push({ suffix: suffixes.library(), translated: all })
    for (const kind of await getLibraryKinds())
      routes.push({ suffix: suffixes.libraryKind(kind), translated: all })
    for (const year of await getLibraryYears())
      routes.push({ suffix: suffixes.libraryYear(year), translated: all })
    if (central)
      for (const slug of await getLibrarySites())
        routes.push({ suffix: suffixes.libraryArrondissement(slug), translated: all })
  }

  // Offices, the procedure catalogue (every site) and the partners (portal).
  routes.push({ suffix: suffixes.offices(), translated: all })
  routes.push({ suffix: suffixes.procedures(), translated: all })
  for (const procedure of await getProcedures())
    routes.push({
      suffix: suffixes.procedure(procedure.slug),
      translated: procedure.locales,
      lastmod: procedure.updatedAt,
    })
  if (central) routes.push({ suffix: suffixes.partners(), translated: all })
  return routes
}
