import { isLocale, type Locale } from '@bawaba/registry'

/** `/<locale>/<suffix>/`: every route is a locale plus a locale-less suffix. */
export function localePath(locale: Locale, suffix = ''): string {
  const clean = suffix.replace(/^\/+|\/+$/g, '')
  return clean ? `/${locale}/${clean}/` : `/${locale}/`
}

/** Locale-less suffixes of the routes, so a page can be linked in any locale. */
export const suffixes = {
  home: () => '',
  /** The list's entry page (the newest), or numbered page `page` (1 the oldest). */
  news: (page?: number) => (page ? `news/page/${page}` : 'news'),
  article: (slug: string) => `news/${slug}`,
  events: () => 'events',
  event: (slug: string) => `events/${slug}`,
  page: (path: string) => path,
  arrondissements: () => 'arrondissements',
  council: () => 'council',
  councilMembers: () => 'council/members',
  councilSessions: () => 'council/sessions',
  councilDecisions: (year?: number) => (year ? `council/decisions/${year}` : 'council/decisions'),
  heritage: () => 'heritage',
  heritageCategory: (category: string) => `heritage/category/${category}`,
  heritageArrondissement: (site: string) => `heritage/arrondissement/${site}`,
  /** `key` from `placeKey()` (the slug, or `<site>-<slug>` on the portal when two clash). */
  place: (key: string) => `heritage/${key}`,
  history: () => 'history',
  library: () => 'library',
  libraryKind: (kind: string) => `library/type/${kind}`,
  libraryYear: (year: number) => `library/year/${year}`,
  libraryArrondissement: (site: string) => `library/arrondissement/${site}`,
  offices: () => 'offices',
  procedures: () => 'procedures',
  procedure: (slug: string) => `procedures/${slug}`,
  partners: () => 'partners',
  eServices: () => 'e-services',
  form: (service: string) => `e-services/${service}`,
  received: (service: string) => `e-services/${service}/received`,
  track: () => 'e-services/track',
  search: () => 'search',
}

/**
 * Paths answered on demand by the site's server bundle rather than by a file: the e-service
 * forms, their receipts and tracking, the preview of drafts, and search (its results are
 * rendered on the server, so it works without JavaScript). scripts/serve-sites.ts sends them
 * there.
 */
export const onDemandPath =
  /^\/(?:ar|fr|zgh|en)\/(?:e-services\/(?:track|(?:complaint|correspondence|urbanism-info|access-to-info|feedback)(?:\/received)?)|preview|search)\/?$/

export const paths = {
  home: (locale: Locale) => localePath(locale),
  news: (locale: Locale, page?: number) => localePath(locale, suffixes.news(page)),
  article: (locale: Locale, slug: string) => localePath(locale, suffixes.article(slug)),
  events: (locale: Locale) => localePath(locale, suffixes.events()),
  event: (locale: Locale, slug: string) => localePath(locale, suffixes.event(slug)),
  page: (locale: Locale, path: string) => localePath(locale, path),
  arrondissements: (locale: Locale) => localePath(locale, suffixes.arrondissements()),
  council: (locale: Locale) => localePath(locale, suffixes.council()),
  councilMembers: (locale: Locale) => localePath(locale, suffixes.councilMembers()),
  councilSessions: (locale: Locale) => localePath(locale, suffixes.councilSessions()),
  councilDecisions: (locale: Locale, year?: number) =>
    localePath(locale, suffixes.councilDecisions(year)),
  heritage: (locale: Locale) => localePath(locale, suffixes.heritage()),
  heritageCategory: (locale: Locale, category: string) =>
    localePath(locale, suffixes.heritageCategory(category)),
  heritageArrondissement: (locale: Locale, site: string) =>
    localePath(locale, suffixes.heritageArrondissement(site)),
  place: (locale: Locale, key: string) => localePath(locale, suffixes.place(key)),
  history: (locale: Locale) => localePath(locale, suffixes.history()),
  library: (locale: Locale) => localePath(locale, suffixes.library()),
  libraryKind: (locale: Locale, kind: string) => localePath(locale, suffixes.libraryKind(kind)),
  libraryYear: (locale: Locale, year: number) => localePath(locale, suffixes.libraryYear(year)),
  libraryArrondissement: (locale: Locale, site: string) =>
    localePath(locale, suffixes.libraryArrondissement(site)),
  offices: (locale: Locale) => localePath(locale, suffixes.offices()),
  procedures: (locale: Locale) => localePath(locale, suffixes.procedures()),
  procedure: (locale: Locale, slug: string) => localePath(locale, suffixes.procedure(slug)),
  partners: (locale: Locale) => localePath(locale, suffixes.partners()),
  /** The e-services: the hub (static), each form, its receipt and tracking (on demand). */
  eServices: (locale: Locale) => localePath(locale, suffixes.eServices()),
  form: (locale: Locale, service: string) => localePath(locale, suffixes.form(service)),
  received: (locale: Locale, service: string) => localePath(locale, suffixes.received(service)),
  track: (locale: Locale) => localePath(locale, suffixes.track()),
  /** Upcoming events and council sessions as iCalendar. */
  calendar: (locale: Locale) => `/${locale}/calendar.ics`,
  /** A council PDF, copied into the site at build time (the sites never link to the CMS). */
  document: (filename: string) => `/documents/${encodeURIComponent(filename)}`,
  rss: (locale: Locale) => `/${locale}/rss.xml`,
  /** Site search; `?q=` carries the query (the one reading page with JavaScript). */
  search: (locale: Locale) => localePath(locale, suffixes.search()),
}

/**
 * The href to print for a link from the CMS. Internal links are stored without a locale
 * (`/about/history/`): they get the page's locale. Links already naming a locale, URLs with a
 * scheme and fragments are left alone.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const [pathAndQuery = '', hash = ''] = href.split('#', 2)
  const [path = '', query = ''] = pathAndQuery.split('?', 2)
  const first = path.split('/')[1] ?? ''
  let out = isLocale(first) ? path : `/${locale}${path === '/' ? '/' : path}`
  // Routes end with a slash (trailingSlash: 'always'), files such as rss.xml do not.
  if (!out.endsWith('/') && !/\.[a-z0-9]+$/i.test(out)) out += '/'
  return out + (query ? `?${query}` : '') + (hash ? `#${hash}` : '')
}
