/**
 * Site search on the server (`/<locale>/search/?q=`, an on-demand route): the query run over
 * the live release's Pagefind index on disk, the portal's merged with the 16 arrondissements'
 * (as its browser search did), hits labelled with their type and, from elsewhere, their site.
 * The site is the render's (the sites server sets it from the request's Host), never the bundle's:
 * one server answers for every site.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { centralSite, siteOrigin, siteSlugs, type Locale } from '@bawaba/registry'
import { pagefindSearch, type IndexSource } from './pagefind.ts'
import { searchTypes, type SearchType } from './search.ts'

/** Results shown for one query: the best ones (Pagefind ranks them). */
export const resultsPerPage = 20

/** Longest query read (longer ones are cut): a search box, not a document. */
export const maxQueryLength = 200

export interface SiteHit {
  url: string
  title: string
  excerpt: string
  type: SearchType
  /** The site the page is on. */
  site: string
  /** The page's language, when not the search's (a page the reader's language lacks). */
  lang?: Locale
}

/**
 * Where a reader of a language is sent for a page not written in it, in order (as lists link
 * them: lib/content.ts linkLocale). Such pages are searched in those languages' indexes, where
 * a procedure also carries its keywords in the reader's language (ProcedurePage).
 */
const sentTo: Record<Locale, Locale[]> = { ar: [], fr: ['ar'], zgh: ['ar', 'fr'], en: ['fr', 'ar'] }

/**
 * Where the live sites are: the folder the sites server says (`Astro.locals.sitesRoot`), else
 * `<BAWABA_DIST>/sites`; each `<slug>` there links to its live release.
 */
function sitesFolder(sitesRoot?: string): string {
  return sitesRoot ?? join(process.env.BAWABA_DIST || join(process.cwd(), 'dist'), 'sites')
}

/** The query as typed, cleaned: one line, trimmed, bounded. */
export function cleanQuery(raw: string | null): string {
  return (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
}

export async function searchSite(
  slug: string,
  locale: Locale,
  query: string,
  sitesRoot?: string,
): Promise<SiteHit[]> {
  if (!query) return []
  const folder = sitesFolder(sitesRoot)
  const own = await searchLanguage(slug, locale, query, folder)
  if (own.length >= resultsPerPage) return own
  // A page exists only in the languages it is written in: the reader's language lacks some.
  const hasPage = (hit: SiteHit, language: Locale) => {
    const path = new URL(hit.url, 'http://site').pathname.split('/').slice(2).join('/')
    return existsSync(join(folder, hit.site, language, path, 'index.html'))
  }
  const hits = [...own]
  for (const [index, language] of sentTo[locale].entries()) {
    const before = [locale, ...sentTo[locale].slice(0, index)]
    const found = await searchLanguage(slug, language, query, folder).catch(() => [])
    for (const hit of found)
      if (!before.some((other) => hasPage(hit, other))) hits.push({ ...hit, lang: language })
  }
  return hits.slice(0, resultsPerPage)
}

async function searchLanguage(
  slug: string,
  locale: Locale,
  query: string,
  folder: string,
): Promise<SiteHit[]> {
  const liveSite = (site: string) => join(folder, site)
  const isPortal = slug === centralSite.slug
  const own: IndexSource = { dir: join(liveSite(slug), 'pagefind'), baseUrl: '/' }
  // The portal searches every site: their indexes are read from their own live releases.
  const merged: IndexSource[] = isPortal
    ? siteSlugs
        .filter((other) => other !== slug)
        .map((other) => ({
          dir: join(liveSite(other), 'pagefind'),
          baseUrl: `${siteOrigin(other)}/`,
        }))
    : []
  const search = await pagefindSearch(`${folder}:${slug}`, locale, own, merged)
  // Every site has the commune's procedure catalogue: a site lists its own copies only.
  const hits = await search(query, resultsPerPage * 2)
  return hits
    .map((hit) => ({
      url: hit.url,
      title: hit.title,
      excerpt: hit.excerpt,
      type: (searchTypes as readonly string[]).includes(hit.meta.type ?? '')
        ? (hit.meta.type as SearchType)
        : 'page',
      site: hit.meta.site ?? slug,
    }))
    .filter((hit) => hit.site === slug || hit.type !== 'procedure')
    .slice(0, resultsPerPage)
}
