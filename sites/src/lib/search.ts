/**
 * Site search: what the search page needs to know at build time. Pagefind by default (each
 * site's own index, written when it is published by scripts/lib/publish/search.ts; the portal also
 * merges the 16 arrondissements' indexes); Algolia when `ALGOLIA_APP_ID` and
 * `ALGOLIA_SEARCH_KEY` are set at build time. Only the search-only key ever reaches a page.
 */
import { algoliaIndexName } from '@bawaba/search/names'
import type { Locale } from '@bawaba/registry'

/** What an indexed page is, in search results (set with `search` on Base.astro). */
export const searchTypes = ['news', 'event', 'page', 'procedure', 'heritage'] as const
export type SearchType = (typeof searchTypes)[number]

export interface SearchSite {
  slug: string
  name: string
  origin: string
}

/** The JSON the search page hands to `scripts/search.ts` (data-config). */
export interface SearchConfig {
  locale: Locale
  /** This site's slug. */
  site: string
  /** Every site's name and origin: results from other sites are labelled with it. */
  sites: SearchSite[]
  /** On the portal: the sites whose indexes are merged into its own. */
  merge: string[]
  engine:
    | { kind: 'pagefind' }
    | { kind: 'algolia'; appId: string; searchKey: string; indexName: string; allSites: boolean }
  messages: Record<string, string>
}

export function searchEngine(
  locale: Locale,
  allSites: boolean,
  env: Record<string, string | undefined> = process.env,
): SearchConfig['engine'] {
  const appId = env.ALGOLIA_APP_ID
  const searchKey = env.ALGOLIA_SEARCH_KEY
  if (!appId || !searchKey) return { kind: 'pagefind' }
  return {
    kind: 'algolia',
    appId,
    searchKey,
    indexName: algoliaIndexName(locale, env),
    allSites,
  }
}
