/**
 * The services pages in the built sites (portal and an arrondissement): the procedure
 * catalogue grouped by theme, every procedure in the four locales with its documents, its
 * GovernmentService JSON-LD and this site's own offices, the portal-only partners page and
 * the procedure → partner links.
 */
import { describe, expect, it } from 'vitest'
import { dirOf, localeCodes, siteSlugs } from '@bawaba/registry'
import {
  readSiteFile,
  resolvePath,
  siteFiles,
  target,
  translationsOf,
  urlsIn,
} from './support/dist.ts'

const sites = ['casablanca', 'anfa'] as const
const files = new Map<string, Set<string>>(sites.map((slug) => [slug, new Set(siteFiles(slug))]))

type Json = Record<string, unknown>
const jsonLd = (html: string): Json[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Json,
  )

/** Procedure slugs the French catalogue links to. */
function catalogueSlugs(slug: string): string[] {
  const html = readSiteFile(slug, 'fr/procedures/index.html')
  const found = [...html.matchAll(/href="\/fr\/procedures\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!)
  return [...new Set(found)].sort()
}

/** Procedure pages built for a locale. */
function builtSlugs(slug: string, locale: string): string[] {
  const pattern = new RegExp(`^${locale}/procedures/([^/]+)/index\\.html$`)
  return [...files.get(slug)!]
    .map((file) => pattern.exec(file)?.[1])
    .filter((s): s is string => Boolean(s))
    .sort()
}

/** The `office-<slug>` anchors a page links to. */
const officeAnchors = (html: string) =>
  [...html.matchAll(/href="\/[a-z]+\/offices\/#office-([a-z0-9-]+)"/g)].map((m) => m[1]!)

describe.each(sites)('services on %s', (slug) => {
  const have = files.get(slug)!
  const procedures = catalogueSlugs(slug)

  it('has the catalogue in every locale, with a section and a jump link per theme', () => {
    for (const locale of localeCodes) {
      const file = `${locale}/procedures/index.html`
      expect(have.has(file), file).toBe(true)
      const html = readSiteFile(slug, file)
      expect(html).toMatch(new RegExp(`<html\\b[^>]*lang="${locale}"[^>]*dir="${dirOf(locale)}"`))
      const themes = [...html.matchAll(/<section\b[^>]*\bid="theme-([a-z-]+)"/g)].map((m) => m[1])
      expect(themes.length).toBeGreaterThan(1)
      for (const theme of themes) {
        expect(html).toContain(`href="#theme-${theme}"`)
        expect(html).toMatch(new RegExp(`<h2 id="theme-${theme}-title"`))
      }
    }
    expect(procedures.length).toBeGreaterThan(5)
  })

  it('marks procedures that can be done online', () => {
    const html = readSiteFile(slug, 'fr/procedures/index.html')
    expect(html).toContain('class="online')
  })

  it('builds every procedure of the catalogue in the languages it is written in, and nothing else', () => {
    for (const procedure of procedures) {
      const written = translationsOf(readSiteFile(slug, `fr/procedures/${procedure}/index.html`))
      expect(written, procedure).toEqual(expect.arrayContaining(['ar', 'fr']))
      for (const locale of localeCodes)
        expect(builtSlugs(slug, locale).includes(procedure), `${locale} ${procedure}`).toBe(
          written.includes(locale),
        )
    }
    for (const locale of localeCodes)
      for (const built of builtSlugs(slug, locale)) expect(procedures).toContain(built)
  })

  it('has no page of a procedure in a language it is not written in: the catalogue links the one that exists, labelled', () => {
    const english = readSiteFile(slug, 'en/procedures/index.html')
    let untranslated = 0
    for (const procedure of procedures) {
      if (have.has(`en/procedures/${procedure}/index.html`)) continue
      untranslated++
      // No English copy: the English catalogue links the French page, says it is in French,
      // and the French page declares no English translation.
      expect(english).toContain(`href="/fr/procedures/${procedure}/"`)
      const french = readSiteFile(slug, `fr/procedures/${procedure}/index.html`)
      expect(french).not.toMatch(/<link rel="alternate" hreflang="en"/)
      expect(french).toMatch(/<link rel="alternate" hreflang="fr-MA"/)
    }
    expect(untranslated).toBeGreaterThan(0)
    expect(english).toContain('class="fallback-tag"')
  })

  it('gives every procedure page its documents list and a GovernmentService', () => {
    for (const locale of ['ar', 'fr'] as const)
      for (const procedure of procedures) {
        const file = `${locale}/procedures/${procedure}/index.html`
        const html = readSiteFile(slug, file)
        expect(/<ol class="documents"[^>]*>\s*<li/.test(html), file).toBe(true)
        const service = jsonLd(html).find((d) => d['@type'] === 'GovernmentService')
        expect(service, file).toBeTruthy()
        expect(service!.name, file).toBeTruthy()
        expect(service!.serviceType, file).toBeTruthy()
        expect((service!.provider as Json)['@type']).toBe('GovernmentOrganization')
        expect(service!.areaServed).toBeTruthy()
      }
  })

  it('lists only this site’s offices, in the page and in the JSON-LD', () => {
    let withOffices = 0
    const officesPage = readSiteFile(slug, 'fr/offices/index.html')
    for (const procedure of procedures) {
      const html = readSiteFile(slug, `fr/procedures/${procedure}/index.html`)
      const anchors = officeAnchors(html)
      // Each link lands on its office, not just on the offices page.
      for (const anchor of anchors) expect(officesPage, anchor).toContain(`id="office-${anchor}"`)
      expect(anchors.filter((a) => !a.startsWith(`${slug}-`))).toEqual([])
      // No other site's office, even when its slug starts with this one's.
      const others = siteSlugs.filter((s) => s !== slug && s.startsWith(`${slug}-`))
      expect(anchors.filter((a) => others.some((o) => a.startsWith(`${o}-`)))).toEqual([])
      if (anchors.length) withOffices++
      const service = jsonLd(html).find((d) => d['@type'] === 'GovernmentService')!
      const channels = (service.availableChannel ?? []) as Json[]
      const locations = channels.flatMap((c) => (c.serviceLocation ?? []) as Json[])
      expect(locations.length).toBe(anchors.length)
      for (const location of locations) expect(location['@type']).toBe('GovernmentOffice')
    }
    expect(withOffices).toBeGreaterThan(0)
  })

  it('links procedures done online to their platform, in the same tab', () => {
    let online = 0
    for (const procedure of procedures) {
      const html = readSiteFile(slug, `fr/procedures/${procedure}/index.html`)
      const section = /<section[^>]*aria-labelledby="online"[\s\S]*?<\/section>/.exec(html)?.[0]
      if (!section) continue
      online++
      const links = [...section.matchAll(/<a\b[^>]*>/g)].map((m) => m[0])
      expect(links.some((a) => /href="https:\/\//.test(a) || /href="mailto:/.test(a))).toBe(true)
      for (const a of links) expect(a).not.toContain('target=')
      if (section.includes('id="form-')) expect(section).toContain('href="mailto:')
    }
    expect(online).toBeGreaterThan(0)
  })

  it('links procedures to their partner’s entry on the portal, and the entries exist', () => {
    let linked = 0
    for (const procedure of procedures) {
      const file = `fr/procedures/${procedure}/index.html`
      for (const url of urlsIn(readSiteFile(slug, file))) {
        if (!/\/partners\/#partner-/.test(url.value)) continue
        linked++
        const to = target(slug, file, url.value)
        expect(to?.slug, url.value).toBe('casablanca')
        const found = resolvePath('casablanca', to!.path)
        expect(found, url.value).toBeTruthy()
        const anchor = url.value.split('#')[1]!
        expect(readSiteFile('casablanca', 'fr/partners/index.html')).toContain(`id="${anchor}"`)
      }
    }
    expect(linked).toBeGreaterThan(0)
  })
})

describe('partners page', () => {
  it('exists on the portal in every locale, not on an arrondissement', () => {
    for (const locale of localeCodes) {
      expect(files.get('casablanca')!.has(`${locale}/partners/index.html`)).toBe(true)
      expect(files.get('anfa')!.has(`${locale}/partners/index.html`)).toBe(false)
    }
  })

  it('gives each partner an id, a kind heading and an Organization JSON-LD', () => {
    for (const locale of ['ar', 'fr'] as const) {
      const html = readSiteFile('casablanca', `${locale}/partners/index.html`)
      const ids = [...html.matchAll(/<article\b[^>]*\bid="(partner-[a-z0-9-]+)"/g)].map((m) => m[1])
      expect(ids.length).toBeGreaterThan(2)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...html.matchAll(/<h2 id="kind-/g)].length).toBeGreaterThan(1)
      const organizations = jsonLd(html).filter((d) => d['@type'] === 'Organization')
      expect(organizations.length).toBe(ids.length)
      for (const org of organizations) expect(ids).toContain(String(org['@id']).split('#')[1])
      expect(html).toMatch(/<img\b[^>]*alt="[^"]+"/)
    }
  })
})
