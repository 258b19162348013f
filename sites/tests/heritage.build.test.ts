/**
 * The heritage pages and the city's history in BAWABA_DIST: built in every locale on the portal
 * and on an arrondissement with places, filters that list only what they say, detail pages with
 * their facts, map link, gallery and JSON-LD, the portal's canonical to the district's page,
 * and the way from a district to the portal's history.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { t } from '@bawaba/i18n'
import { dirOf, localeCodes, siteOrigin, siteSlugs } from '@bawaba/registry'
import { heritageCategories } from '@bawaba/schemas'
import { resolvePath, siteDir, target, translationsOf, urlsIn } from './support/dist.ts'
import {
  canonicalOf,
  cards,
  filterNav,
  has,
  html,
  jsonLd,
  placeKeys,
  subdirs,
} from './support/heritage.ts'

const portal = 'casablanca'
/** An arrondissement the seed gives several places in several categories. */
const district = 'sidi-belyout'

describe.each([portal, district])('heritage on %s', (slug) => {
  const central = slug === portal

  it('has the index and category pages in every locale, each place in the languages it is written in', () => {
    const keys = placeKeys(slug)
    const categories = subdirs(slug, 'fr/heritage/category')
    expect(keys.length).toBeGreaterThan(1)
    expect(categories.length).toBeGreaterThan(1)
    const files: string[] = []
    for (const locale of localeCodes)
      files.push(
        `${locale}/heritage/index.html`,
        ...categories.map((c) => `${locale}/heritage/category/${c}/index.html`),
      )
    for (const key of keys) {
      // The portal's copy of a district's place declares its translations on the original.
      const french = html(slug, `fr/heritage/${key}/index.html`)
      const original = target(slug, `fr/heritage/${key}/index.html`, canonicalOf(french)!)!
      const written = translationsOf(
        original.slug === slug
          ? french
          : html(original.slug, `${original.path.slice(1)}index.html`),
      )
      expect(written, key).toContain('fr')
      for (const locale of localeCodes)
        expect(has(slug, `${locale}/heritage/${key}/index.html`), `${locale} ${key}`).toBe(
          written.includes(locale),
        )
      files.push(...written.map((locale) => `${locale}/heritage/${key}/index.html`))
    }
    expect(files.filter((file) => !has(slug, file))).toEqual([])
    for (const file of files) {
      const locale = file.split('/')[0]! as (typeof localeCodes)[number]
      const page = html(slug, file)
      expect(page, file).toMatch(
        new RegExp(`<html\\b[^>]*lang="${locale}"[^>]*dir="${dirOf(locale)}"`),
      )
      expect((page.match(/<h1\b/g) ?? []).length, file).toBe(1)
    }
  })

  it('lists every place on the index, each linking to its page', () => {
    const index = cards(html(slug, 'fr/heritage/index.html'))
    expect(index.map((c) => c.href).sort()).toEqual(
      placeKeys(slug).map((k) => `/fr/heritage/${k}/`),
    )
    if (!central) expect(new Set(index.map((c) => c.site))).toEqual(new Set([slug]))
    else expect(new Set(index.map((c) => c.site)).size).toBeGreaterThan(1)
  })

  it('builds only categories that have places, each listing only its own', () => {
    const index = cards(html(slug, 'fr/heritage/index.html'))
    const used = heritageCategories.filter((c) => index.some((card) => card.category === c))
    expect(subdirs(slug, 'fr/heritage/category')).toEqual([...used].sort())
    for (const category of used) {
      const page = html(slug, `fr/heritage/category/${category}/index.html`)
      const listed = cards(page)
      expect(listed.length).toBeGreaterThan(0)
      expect(
        listed.every((c) => c.category === category),
        category,
      ).toBe(true)
      expect(listed.length).toBe(index.filter((c) => c.category === category).length)
      const nav = filterNav(page, 'filter-category')!
      expect(nav.current).toEqual([`/fr/heritage/category/${category}/`])
      expect(nav.links.map((l) => l.href)).toEqual([
        '/fr/heritage/',
        ...used.map((c) => `/fr/heritage/category/${c}/`),
      ])
    }
    const nav = filterNav(html(slug, 'fr/heritage/index.html'), 'filter-category')!
    expect(nav.current).toEqual(['/fr/heritage/'])
  })

  it('shows a place: facts, history, visiting, map link, gallery with alt text, JSON-LD', () => {
    const types = [
      'TouristAttraction',
      'LandmarksOrHistoricalBuildings',
      'Museum',
      'PlaceOfWorship',
    ]
    for (const key of placeKeys(slug)) {
      const file = `fr/heritage/${key}/index.html`
      const page = html(slug, file)
      expect(page, file).toMatch(/<dl class="facts/)
      expect(page, file).toMatch(/href="\/fr\/heritage\/category\/[a-z-]+\/"/)
      const map = /href="(https:\/\/www\.openstreetmap\.org\/\?mlat=[^"]+)"/.exec(page)?.[1]
      expect(map, file).toMatch(/mlat=-?[\d.]+&amp;mlon=-?[\d.]+#map=18\//)
      expect(page, file).not.toMatch(/<iframe|tile\.openstreetmap/)
      const images = [...page.matchAll(/<ul class="gallery[\s\S]*?<\/ul>/g)].join('')
      const alts = [...images.matchAll(/<img\b[^>]*\balt="([^"]*)"/g)].map((m) => m[1]!)
      expect(alts.length, file).toBeGreaterThan(0)
      expect(
        alts.filter((alt) => !alt.trim()),
        file,
      ).toEqual([])
      const data = jsonLd(page).find((d) => types.includes(d['@type']))
      expect(data, file).toBeTruthy()
      expect(data!.geo['@type']).toBe('GeoCoordinates')
      expect(data!.containedInPlace['@type']).toBe('AdministrativeArea')
      expect(data!.address['@type']).toBe('PostalAddress')
      expect(data!.image[0]).toMatch(/^http/)
    }
  })

  it('renders the history rich text of the places that have one', () => {
    const withHistory = placeKeys(slug).filter((key) =>
      html(slug, `fr/heritage/${key}/index.html`).includes('id="history"'),
    )
    expect(withHistory.length).toBeGreaterThan(0)
    for (const key of withHistory) {
      const page = html(slug, `fr/heritage/${key}/index.html`)
      expect(page).toMatch(/id="history"[\s\S]*?<div class="prose[^"]*"[^>]*>\s*<p/)
    }
  })

  it('links every heritage page to pages that exist', () => {
    const broken: string[] = []
    for (const locale of ['ar', 'fr'] as const) {
      const files = [
        `${locale}/heritage/index.html`,
        ...placeKeys(slug).map((k) => `${locale}/heritage/${k}/index.html`),
        ...(central ? [`${locale}/history/index.html`] : []),
      ]
      for (const file of files)
        for (const url of urlsIn(html(slug, file))) {
          const to = target(slug, file, url.value)
          // Other sites are checked only when they were built alongside.
          if (to && existsSync(siteDir(to.slug)) && !resolvePath(to.slug, to.path))
            broken.push(`${file}: ${url.value}`)
        }
    }
    expect(broken).toEqual([])
  })
})

describe('heritage on the arrondissement', () => {
  it('links to the portal’s history and city-wide heritage, in every locale', () => {
    for (const locale of localeCodes) {
      const page = html(district, `${locale}/heritage/index.html`)
      expect(page).toContain(`href="${siteOrigin(portal)}/${locale}/history/"`)
      expect(page).toContain(`href="${siteOrigin(portal)}/${locale}/heritage/"`)
    }
  })

  it('has no arrondissement filter, no history page and no canonical elsewhere', () => {
    expect(has(district, 'fr/heritage/arrondissement')).toBe(false)
    expect(has(district, 'fr/history/index.html')).toBe(false)
    expect(filterNav(html(district, 'fr/heritage/index.html'), 'filter-arrondissement')).toBeNull()
    for (const key of placeKeys(district)) {
      const page = html(district, `fr/heritage/${key}/index.html`)
      expect(canonicalOf(page)).toBe(`${siteOrigin(district)}/fr/heritage/${key}/`)
    }
  })

  it('shows a message and the portal links where a district has no places', () => {
    const empty = siteSlugs.filter(
      (slug) =>
        slug !== portal &&
        has(slug, 'fr/heritage/index.html') &&
        cards(html(slug, 'fr/heritage/index.html')).length === 0,
    )
    for (const slug of empty) {
      const page = html(slug, 'fr/heritage/index.html')
      expect(page).toContain(t('fr', 'heritage.empty'))
      expect(page).toContain(`href="${siteOrigin(portal)}/fr/history/"`)
      expect(subdirs(slug, 'fr/heritage/category')).toEqual([])
    }
  })
})

describe('heritage on the portal', () => {
  const index = () => html(portal, 'fr/heritage/index.html')

  it('filters by arrondissement: one page per site with places, listing only its places', () => {
    const sites = [...new Set(cards(index()).map((c) => c.site))]
    expect(subdirs(portal, 'fr/heritage/arrondissement')).toEqual([...sites].sort())
    const nav = filterNav(index(), 'filter-arrondissement')!
    expect(nav.links.map((l) => l.href)).toEqual([
      '/fr/heritage/',
      ...[...sites]
        .sort((a, b) => siteSlugs.indexOf(a) - siteSlugs.indexOf(b))
        .map((s) => `/fr/heritage/arrondissement/${s}/`),
    ])
    for (const site of sites) {
      expect(siteSlugs).toContain(site)
      for (const locale of localeCodes)
        expect(has(portal, `${locale}/heritage/arrondissement/${site}/index.html`)).toBe(true)
      const page = html(portal, `fr/heritage/arrondissement/${site}/index.html`)
      const listed = cards(page)
      expect(listed.length).toBeGreaterThan(0)
      expect(
        listed.every((c) => c.site === site),
        site,
      ).toBe(true)
      expect(filterNav(page, 'filter-arrondissement')!.current).toEqual([
        `/fr/heritage/arrondissement/${site}/`,
      ])
    }
  })

  it('makes the district’s page canonical and links to it', () => {
    for (const card of cards(index())) {
      const page = html(portal, `${card.href.slice(1)}index.html`)
      const canonical = canonicalOf(page)!
      expect(canonical.startsWith(`${siteOrigin(card.site)}/fr/heritage/`), card.href).toBe(true)
      expect(page).toContain(`<a href="${canonical}"`)
      expect(page).not.toMatch(/<link rel="alternate" hreflang=/)
      const data = jsonLd(page).find((d) => d.containedInPlace)!
      expect(data.containedInPlace.url).toBe(`${siteOrigin(card.site)}/fr/`)
      if (existsSync(siteDir(card.site))) {
        const to = target(portal, 'index.html', canonical)!
        expect(resolvePath(to.slug, to.path), canonical).toBeTruthy()
      }
    }
  })

  it('publishes the history timeline in order, linking to the heritage index', () => {
    for (const locale of localeCodes) {
      const page = html(portal, `${locale}/history/index.html`)
      expect(page).toMatch(new RegExp(`<html\\b[^>]*dir="${dirOf(locale)}"`))
      const list = /<ol class="timeline[^"]*"[^>]*>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? ''
      const years = [...list.matchAll(/class="year[^"]*"[^>]*>\s*(-?\d+)\s*</g)].map((m) =>
        Number(m[1]),
      )
      expect(years.length).toBeGreaterThan(3)
      expect(years).toEqual([...years].sort((a, b) => a - b))
      expect((list.match(/<li\b/g) ?? []).length).toBe(years.length)
      expect(page).toContain(`href="/${locale}/heritage/"`)
    }
    expect(html(portal, 'fr/heritage/index.html')).toContain('href="/fr/history/"')
  })
})
