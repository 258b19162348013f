/**
 * Every page a site publishes, as locale-less suffixes with the locales that really translate
 * them: the sitemap reads this, and the page files use the same helpers for getStaticPaths.
 */
import { localeCodes, type Locale } from '@bawaba/registry'
import { fromPortal, getDecisionYears, getEvents, getNews, getPages, getSite } from './content.ts'
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
  if (site.kind === 'central') routes.push({ suffix: suffixes.arrondissements(), translated: all })
  return routes
}
