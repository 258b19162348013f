/**
 * Pages render on demand from one server bundle: a page reads its item from the URL's params
 * and answers 404 when the URL names nothing this site publishes (the renderer only asks for the
 * URLs of `routes.ts`; `astro dev` may ask for anything).
 */
import { isLocale, type Locale } from '@bawaba/registry'
import { isCentral } from './civic.ts'

/** The page's locale, or null when the URL's first segment is not one. */
export function localeParam(params: Record<string, string | undefined>): Locale | null {
  return isLocale(params.locale) ? params.locale : null
}

/** The locale, when the page exists on this site in it (`translated`), else null. */
export function pageIn(
  params: Record<string, string | undefined>,
  translated: readonly Locale[] | null | undefined,
): Locale | null {
  const locale = localeParam(params)
  return locale && translated?.includes(locale) ? locale : null
}

/** A page of the portal only (the arrondissements, the history, the partners). */
export function portalOnly(params: Record<string, string | undefined>): Locale | null {
  return isCentral() ? localeParam(params) : null
}

export const notFound = () =>
  new Response(null, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } })
