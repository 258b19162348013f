/**
 * Links from the CMS (menus, rich text, alerts) are written without a locale (`/about/history/`,
 * `/news/x/`): the page adds its own. An item's page exists only in the languages it is written
 * in, so a link to one goes to the reader's language when it exists, else to the nearest one
 * (`linkLocale`). Section and list pages exist in every locale.
 */
import { isLocale, localeCodes, type Locale } from '@bawaba/registry'
import { placeLocales, procedureLocales } from './civic.ts'
import { eventLocales, linkLocale, newsLocales, pageLocales } from './content.ts'
import { localizeHref } from './urls.ts'

/** The locales the page at a locale-less path exists in (every locale for sections and lists). */
function localesOf(path: string): readonly Locale[] {
  const segments = path.split('/').filter(Boolean)
  const [first, second, third] = segments
  if (segments.length === 2 && second) {
    if (first === 'news') return newsLocales(second) ?? localeCodes
    if (first === 'events') return eventLocales(second) ?? localeCodes
    if (first === 'procedures') return procedureLocales(second) ?? localeCodes
    if (first === 'heritage') return placeLocales(second) ?? localeCodes
  }
  if (segments.length && !third && ['news', 'events', 'procedures', 'heritage'].includes(first!))
    return localeCodes
  return pageLocales(segments.join('/')) ?? localeCodes
}

/** The href to print for an internal link from the CMS, in the page's locale where it exists. */
export function internalHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const path = href.split(/[?#]/, 1)[0]!
  const first = path.split('/')[1] ?? ''
  if (isLocale(first) || /\.[a-z0-9]+$/i.test(path)) return localizeHref(href, locale)
  return localizeHref(href, linkLocale(localesOf(path), locale))
}
