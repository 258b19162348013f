/**
 * Checks the 17 built sites in BAWABA_DIST (built by the test orchestrator from the seeded CMS):
 * output present, lang/dir per locale, every internal link resolves, sitemap and feeds are
 * well-formed, no JavaScript but JSON-LD, nothing loaded from a third-party host, one h1 per
 * page, and an article page's weight before images.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { dirOf, isLocale, localeCodes, siteSlugs } from '@bawaba/registry'
import {
  cssUrls,
  origins,
  readSiteFile,
  resolvePath,
  siteDir,
  siteFiles,
  target,
  urlsIn,
  xmlProblem,
} from './support/dist.ts'

const files = new Map(siteSlugs.map((slug) => [slug, siteFiles(slug)]))
const htmlOf = (slug: string) => files.get(slug)!.filter((file) => file.endsWith('.html'))
const readingPages = (slug: string) => htmlOf(slug).filter((file) => isLocale(file.split('/')[0]))

describe('all 17 sites are built', () => {
  it.each(siteSlugs)('%s has home pages, 404, sitemap and feeds', (slug) => {
    const have = new Set(files.get(slug))
    const expected = [
      'index.html',
      '404.html',
      'sitemap.xml',
      ...localeCodes.flatMap((l) => [`${l}/index.html`, `${l}/rss.xml`, `${l}/news/index.html`]),
    ]
    expect(expected.filter((file) => !have.has(file))).toEqual([])
  })

  it.each(siteSlugs)('%s has the council pages, a year of the register and its PDFs', (slug) => {
    const have = new Set(files.get(slug))
    const expected = localeCodes.flatMap((l) =>
      ['council', 'council/members', 'council/sessions', 'council/decisions'].map(
        (path) => `${l}/${path}/index.html`,
      ),
    )
    expect(expected.filter((file) => !have.has(file))).toEqual([])
    const years = [...have].filter((f) => /^fr\/council\/decisions\/\d{4}\/index\.html$/.test(f))
    expect(years.length).toBeGreaterThan(0)
    const pdfs = [...have].filter((f) => /^documents\/.+\.pdf$/.test(f))
    expect(pdfs.length).toBeGreaterThan(0)
    for (const pdf of pdfs) expect(readSiteFile(slug, pdf).startsWith('%PDF-'), pdf).toBe(true)
    const sessions = readSiteFile(slug, 'fr/council/sessions/index.html')
    expect(sessions).toMatch(/"@type":"Event"/)
    expect(readSiteFile(slug, 'ar/index.html')).toContain('href="/ar/council/"')
  })

  it('the central portal lists the arrondissements, the arrondissements do not', () => {
    expect(existsSync(join(siteDir('casablanca'), 'fr/arrondissements/index.html'))).toBe(true)
    expect(existsSync(join(siteDir('anfa'), 'fr/arrondissements/index.html'))).toBe(false)
  })
})

describe.each(siteSlugs)('site %s', (slug) => {
  it('sets lang and dir from the locale on every page', () => {
    const wrong: string[] = []
    for (const file of readingPages(slug)) {
      const locale = file.split('/')[0] as (typeof localeCodes)[number]
      const html = readSiteFile(slug, file)
      const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? ''
      if (!tag.includes(`lang="${locale}"`) || !tag.includes(`dir="${dirOf(locale)}"`)) {
        wrong.push(`${file}: ${tag}`)
      }
    }
    expect(wrong).toEqual([])
    expect(readSiteFile(slug, '404.html')).toMatch(/<html\b[^>]*lang="ar"[^>]*dir="rtl"/)
  })

  it('resolves every internal link and asset', () => {
    const broken = new Set<string>()
    for (const file of htmlOf(slug)) {
      for (const url of urlsIn(readSiteFile(slug, file))) {
        const to = target(slug, file, url.value)
        if (to && !resolvePath(to.slug, to.path))
          broken.add(`${file}: ${url.tag}[${url.attr}]=${url.value}`)
      }
    }
    for (const file of files.get(slug)!.filter((f) => f.endsWith('.css'))) {
      for (const value of cssUrls(readSiteFile(slug, file))) {
        const to = target(slug, file, value)
        if (to && !resolvePath(to.slug, to.path)) broken.add(`${file}: url(${value})`)
      }
    }
    expect([...broken].slice(0, 20)).toEqual([])
  })

  it('loads nothing from a third-party host', () => {
    const foreign = new Set<string>()
    const check = (where: string, value: string) => {
      if (/^(https?:)?\/\//i.test(value) && !origins.has(new URL(value, 'http://x').origin)) {
        foreign.add(`${where}: ${value}`)
      }
    }
    for (const file of htmlOf(slug)) {
      for (const url of urlsIn(readSiteFile(slug, file))) {
        // Links (<a>) may point anywhere; assets (src, srcset, <link href>) may not.
        if (url.tag === 'a') continue
        if (url.tag === 'link' && url.attr === 'href') {
          const html = readSiteFile(slug, file)
          const rel =
            new RegExp(
              `<link\\b[^>]*href="${url.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
            ).exec(html)?.[0] ?? ''
          if (/rel="(canonical|alternate)"/.test(rel)) continue
        }
        check(file, url.value)
      }
    }
    for (const file of files.get(slug)!.filter((f) => f.endsWith('.css'))) {
      for (const value of cssUrls(readSiteFile(slug, file))) check(file, value)
    }
    expect([...foreign]).toEqual([])
  })

  it('ships no JavaScript on reading pages: the only scripts are JSON-LD, and it parses', () => {
    const scripts: string[] = []
    for (const file of htmlOf(slug)) {
      const html = readSiteFile(slug, file)
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"/.test(match[1]!))
          expect(() => JSON.parse(match[2]!), file).not.toThrow()
        else scripts.push(`${file}: <script${match[1]}>`)
      }
    }
    expect(scripts).toEqual([])
    // The only JavaScript files are the on-demand pages' (the e-service forms, search's Algolia
    // island) in _astro/, and Pagefind's own in pagefind/; no built page links any.
    const js = files.get(slug)!.filter((f) => /\.m?js$/.test(f))
    expect(js.filter((f) => !f.startsWith('_astro/') && !f.startsWith('pagefind/'))).toEqual([])
    const linked = htmlOf(slug).filter((file) => /\.m?js["'?]/.test(readSiteFile(slug, file)))
    expect(linked).toEqual([])
    expect(js.some((f) => /ServiceForm/.test(f))).toBe(true)
  })

  it('has exactly one h1 per page', () => {
    const wrong = htmlOf(slug)
      .map((file) => [file, (readSiteFile(slug, file).match(/<h1\b/g) ?? []).length] as const)
      .filter(([, count]) => count !== 1)
    expect(wrong).toEqual([])
  })

  it('describes every page to search engines and link previews, the home in its own words', () => {
    const content = (html: string, attr: string) =>
      new RegExp(`<meta ${attr}="([^"]*)"`).exec(html)?.[1]?.trim() ?? ''
    // (Not the 404 page: answered with a 404 status, never indexed nor shared.)
    const wrong = readingPages(slug).filter((file) => {
      const html = readSiteFile(slug, file)
      const description = content(html, 'name="description" content')
      return !description || content(html, 'property="og:description" content') !== description
    })
    expect(wrong).toEqual([])
    const home = readSiteFile(slug, 'fr/index.html')
    expect(content(home, 'name="description" content')).toMatch(/^Site officiel : .+\. Actualités/)
  })

  it('has a well-formed sitemap listing pages that exist', () => {
    const xml = readSiteFile(slug, 'sitemap.xml')
    expect(xmlProblem(xml)).toBeNull()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(locs.length).toBeGreaterThan(4)
    const missing = locs.filter((loc) => {
      const to = target(slug, 'index.html', loc)
      return !to || to.slug !== slug || !resolvePath(slug, to.path)
    })
    expect(missing).toEqual([])
  })

  it('has well-formed RSS feeds whose items link to articles', () => {
    for (const locale of localeCodes) {
      const xml = readSiteFile(slug, `${locale}/rss.xml`)
      expect(xmlProblem(xml), `${locale}/rss.xml`).toBeNull()
      expect(xml).toMatch(/<rss version="2.0"/)
      for (const link of [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
        (m) => m[1]!,
      )) {
        const to = target(slug, 'index.html', link)
        expect(to && resolvePath(to.slug, to.path), link).toBeTruthy()
      }
    }
  })

  it('describes itself with JSON-LD on home, articles and events', () => {
    const types = (file: string) =>
      [
        ...readSiteFile(slug, file).matchAll(
          /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
        ),
      ].map((m) => JSON.parse(m[1]!)['@type'])
    expect(types('fr/index.html')).toContain('GovernmentOrganization')
    const article = htmlOf(slug).find((f) => /^fr\/news\/(?!page\/)[^/]+\/index\.html$/.test(f))
    if (article) expect(types(article)).toContain('NewsArticle')
    const event = htmlOf(slug).find((f) => /^fr\/events\/[^/]+\/index\.html$/.test(f))
    if (event) expect(types(event)).toContain('Event')
  })
})

describe('page weight', () => {
  /**
   * What a first visit to an article downloads before images, compressed as the server sends it:
   * the HTML, its stylesheets (the switcher's Tifinagh face is inlined there), and the fonts its
   * scripts need: Latin regular always, Latin bold on a French page, the Arabic core regular
   * and bold on an Arabic page (whose Latin is regular only); the switcher's other labels use
   * system fonts.
   */
  function articleWeight(slug: string, locale: 'ar' | 'fr') {
    const file = htmlOf(slug).find((f) =>
      new RegExp(`^${locale}/news/(?!page/)[^/]+/index\\.html$`).test(f),
    )
    if (!file) return null
    const html = readSiteFile(slug, file)
    const size = (text: string | Buffer) => brotliCompressSync(text).length
    let total = size(html)
    const parts: Record<string, number> = { html: total }
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)
    let cssText = ''
    for (const href of css) cssText += readSiteFile(slug, href.replace(/^\//, ''))
    parts.css = css.reduce(
      (sum, href) => sum + size(readSiteFile(slug, href.replace(/^\//, ''))),
      0,
    )
    total += parts.css
    // One file may be declared by two families (Latin regular: 'Bawaba Latin' and 'Bawaba Latin Text').
    const fonts = [...new Set(cssUrls(cssText).filter((u) => u.endsWith('.woff2')))]
    const needed = fonts.filter((font) =>
      locale === 'ar' ? /latin-400|arabic-core-(400|700)/.test(font) : /latin-(400|700)/.test(font),
    )
    expect(needed.length, `${locale} fonts`).toBe(locale === 'ar' ? 3 : 2)
    parts.fonts = needed.reduce(
      (sum, font) => sum + readFileSync(join(siteDir(slug), font)).length,
      0,
    )
    total += parts.fonts
    return { file, total, parts }
  }

  it.each(['ar', 'fr'] as const)('an article in %s weighs under 50 KB before images', (locale) => {
    const weight = articleWeight('anfa', locale) ?? articleWeight('casablanca', locale)
    expect(weight, 'no article was built').not.toBeNull()
    console.info(`article weight (${locale}):`, weight)
    expect(weight!.total).toBeLessThan(50 * 1024)
  })
})
