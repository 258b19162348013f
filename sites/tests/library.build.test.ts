/**
 * The documents library as built on the portal and on an arrondissement: every page in the
 * four locales, filters that list only their kind/year/site, download links that name the file
 * type and size and reach a real PDF copied into the site, the commune's documents marked on
 * the arrondissement.
 */
import { describe, expect, it } from 'vitest'
import { t, type MessageKey } from '@bawaba/i18n'
import { dirOf, localeCodes } from '@bawaba/registry'
import { libraryKinds } from '@bawaba/schemas'
import { readSiteFile, resolvePath, siteFiles, target } from './support/dist.ts'

const district = 'anfa'
const sites = ['casablanca', district] as const

const files = new Map<string, Set<string>>(sites.map((slug) => [slug, new Set(siteFiles(slug))]))

/** The document articles of a library page. */
function documentsOf(html: string): string[] {
  return [...html.matchAll(/<article class="document[^"]*"[\s\S]*?<\/article>/g)].map((m) => m[0])
}

/** The folders under `fr/library/<dimension>/`. */
function valuesOf(slug: string, dimension: string): string[] {
  const pattern = new RegExp(`^fr/library/${dimension}/([^/]+)/index\\.html$`)
  return [...files.get(slug)!].flatMap((file) => pattern.exec(file)?.[1] ?? [])
}

const filterNav = (html: string, id: string) =>
  new RegExp(`<nav[^>]*aria-labelledby="${id}"[\\s\\S]*?</nav>`).exec(html)?.[0] ?? ''

describe.each(sites)('library of %s', (slug) => {
  const index = (locale: string) => readSiteFile(slug, `${locale}/library/index.html`)

  it('is built in every locale with the right lang and dir', () => {
    for (const locale of localeCodes) {
      expect(files.get(slug)!.has(`${locale}/library/index.html`), locale).toBe(true)
      expect(index(locale)).toMatch(
        new RegExp(`<html\\b[^>]*lang="${locale}"[^>]*dir="${dirOf(locale)}"`),
      )
      expect(index(locale).match(/<h1\b/g)).toHaveLength(1)
    }
    expect(index('fr')).toContain(t('fr', 'library.title'))
    expect(index('ar')).toContain(t('ar', 'library.title'))
  })

  it('lists the documents most recent first, each with its download', () => {
    const documents = documentsOf(index('fr'))
    expect(documents.length).toBeGreaterThan(1)
    const dates = documents.map((d) => /<time datetime="([^"]+)"/.exec(d)?.[1] ?? '')
    expect(dates.every(Boolean)).toBe(true)
    expect([...dates].sort().reverse()).toEqual(dates)
    for (const document of documents) expect(document).toMatch(/href="\/documents\/[^"]+"/)
  })

  it('links downloads that say type and size and reach a PDF in the site', () => {
    for (const locale of ['fr', 'ar'] as const) {
      const html = index(locale)
      const links = [
        ...html.matchAll(/<a class="download[^"]*" href="(\/documents\/[^"]+)"[\s\S]*?<\/a>/g),
      ]
      expect(links.length).toBe(documentsOf(html).length)
      const unit =
        locale === 'fr' ? /\(PDF, [\d.,\u202f\u00a0 ]+ (Ko|Mo)\)/ : /\(PDF، [\d.,]+ (ك|م)\.ب\)/
      for (const [link, href] of links) {
        expect(link).toMatch(unit)
        expect(link).toContain(t(locale, 'library.download'))
        const to = target(slug, `${locale}/library/index.html`, href!)
        const file = to && resolvePath(to.slug, to.path)
        expect(file, href).toBeTruthy()
        const relative = decodeURIComponent(href!).slice(1)
        expect(readSiteFile(slug, relative).startsWith('%PDF-'), href).toBe(true)
      }
    }
  })

  it('has a page per type listing only that type, together the whole library', () => {
    const kinds = valuesOf(slug, 'type')
    expect(kinds.length).toBeGreaterThan(1)
    let total = 0
    for (const kind of kinds) {
      expect(libraryKinds).toContain(kind)
      for (const locale of localeCodes)
        expect(files.get(slug)!.has(`${locale}/library/type/${kind}/index.html`)).toBe(true)
      const html = readSiteFile(slug, `fr/library/type/${kind}/index.html`)
      const documents = documentsOf(html)
      expect(documents.length, kind).toBeGreaterThan(0)
      const label = t('fr', `library.kind.${kind}` as MessageKey)
      for (const document of documents) expect(document).toContain(`>${label}<`)
      expect(filterNav(html, 'filter-kind')).toMatch(
        new RegExp(`href="/fr/library/type/${kind}/" aria-current="page"`),
      )
      total += documents.length
    }
    expect(total).toBe(documentsOf(index('fr')).length)
  })

  it('has a page per year listing only that year', () => {
    const years = valuesOf(slug, 'year')
    expect(years.length).toBeGreaterThan(0)
    let total = 0
    for (const year of years) {
      const html = readSiteFile(slug, `ar/library/year/${year}/index.html`)
      const documents = documentsOf(html)
      for (const document of documents)
        expect(/<time datetime="(\d{4})/.exec(document)?.[1]).toBe(year)
      expect(html).toContain(`href="/ar/library/year/${year}/" aria-current="page"`)
      total += documents.length
    }
    expect(total).toBe(documentsOf(index('ar')).length)
  })

  it('marks the unfiltered library as current in its filters', () => {
    expect(filterNav(index('fr'), 'filter-kind')).toContain(
      'href="/fr/library/" aria-current="page"',
    )
  })
})

describe('library of the portal', () => {
  it('filters by publishing site, the commune and arrondissements', () => {
    const sitesListed = valuesOf('casablanca', 'arrondissement')
    expect(sitesListed).toContain('casablanca')
    expect(sitesListed).toContain(district)
    const html = readSiteFile('casablanca', `fr/library/arrondissement/${district}/index.html`)
    const documents = documentsOf(html)
    expect(documents.length).toBeGreaterThan(0)
    for (const document of documents) expect(document).toContain('Anfa')
    expect(filterNav(html, 'filter-site')).toContain(
      `href="/fr/library/arrondissement/${district}/" aria-current="page"`,
    )
    const all = documentsOf(readSiteFile('casablanca', 'fr/library/index.html')).length
    const sum = sitesListed
      .map(
        (site) =>
          documentsOf(readSiteFile('casablanca', `fr/library/arrondissement/${site}/index.html`))
            .length,
      )
      .reduce((a, b) => a + b, 0)
    expect(sum).toBe(all)
  })
})

describe('library of an arrondissement', () => {
  it('shows its own documents and the commune’s, the latter marked', () => {
    const documents = documentsOf(readSiteFile(district, 'fr/library/index.html'))
    const commune = documents.filter((d) => d.startsWith('<article class="document commune'))
    expect(commune.length).toBeGreaterThan(0)
    expect(documents.length).toBeGreaterThan(commune.length)
    for (const document of commune) expect(document).toContain(t('fr', 'library.publisher'))
  })

  it('has no filter by arrondissement', () => {
    expect([...files.get(district)!].some((f) => f.includes('/library/arrondissement/'))).toBe(
      false,
    )
    expect(readSiteFile(district, 'fr/library/index.html')).not.toContain('filter-site')
  })
})
