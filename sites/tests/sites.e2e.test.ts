/**
 * The built sites in a real browser at 360 px: no axe violations (WCAG 2.2 AA tags) on the
 * reading pages in Arabic and French on the portal and an arrondissement, no sideways scroll,
 * and the journeys readers make: switch language on an article, go from a district to the
 * portal and back. The server is the one from scripts/serve-sites.ts.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { hasHorizontalScroll } from './support/browser.ts'
import { siteDir } from './support/dist.ts'
import { expectReadable, firstBuilt, usePhonePage } from './support/reading.ts'
import { get, siteUrl } from './support/server.ts'

const page = usePhonePage()

function readingPages(slug: string): Array<[string, string]> {
  const pages: Array<[string, string]> = [
    ['home', ''],
    ['news list', 'news/'],
  ]
  const article = firstBuilt(slug, 'news', ['page'])
  if (article) pages.push(['article', `news/${article}/`])
  const event = firstBuilt(slug, 'events')
  if (event) pages.push(['event', `events/${event}/`])
  const content = existsSync(join(siteDir(slug), 'fr', 'about'))
    ? 'about'
    : firstBuilt(slug, '', ['news', 'events', 'arrondissements', 'council'])
  if (content) pages.push(['content page', `${content}/`])
  pages.push(
    ['council', 'council/'],
    ['council members', 'council/members/'],
    ['council sessions', 'council/sessions/'],
    ['council decisions', 'council/decisions/'],
  )
  const year = firstBuilt(slug, 'council/decisions')
  if (year) pages.push(['council decisions of a year', `council/decisions/${year}/`])
  return pages
}

describe.each(['casablanca', 'anfa'])('%s', (slug) => {
  for (const locale of ['ar', 'fr'] as const) {
    for (const [name, suffix] of readingPages(slug)) {
      it(`${locale} ${name}: accessible, right direction, no sideways scroll`, () =>
        expectReadable(page(), slug, locale, suffix))
    }
  }
})

describe('journeys', () => {
  it('switches language on an article and stays on it', async () => {
    // An article written in French, Arabic and English (a page exists only in its languages; an
    // item published by an earlier test may be in two).
    const translated = (site: string) => firstBuilt(site, 'news', ['page'], ['ar', 'en'])
    const article = translated('anfa') ?? translated('casablanca')
    const slug = translated('anfa') ? 'anfa' : 'casablanca'
    expect(article).not.toBeNull()
    await page().goto(siteUrl(slug, `/fr/news/${article}/`))
    await page().locator('nav.languages a[lang="ar"]').click()
    await page().waitForURL(siteUrl(slug, `/ar/news/${article}/`))
    expect(await page().getAttribute('html', 'dir')).toBe('rtl')
    await page().locator('nav.languages a[lang="en"]').click()
    await page().waitForURL(siteUrl(slug, `/en/news/${article}/`))
    expect(await page().getAttribute('html', 'lang')).toBe('en')
  })

  it('goes from anfa to the portal and back', async () => {
    await page().goto(siteUrl('anfa', '/fr/'))
    // On a phone the portal link is in the menu, which opens without JavaScript.
    await page().locator('nav.main-nav summary').click()
    await page().locator('nav.main-nav li.narrow-only a').click()
    await page().waitForURL(siteUrl('casablanca', '/fr/'))
    await page().locator('nav.main-nav summary').click()
    await page().locator('nav.main-nav a[href="/fr/arrondissements/"]').click()
    await page().waitForURL(siteUrl('casablanca', '/fr/arrondissements/'))
    expect(await axeViolations(page())).toEqual([])
    expect(await hasHorizontalScroll(page())).toBe(false)
    await page()
      .locator(`a[href="${siteUrl('anfa', '/fr/')}"]`)
      .click()
    await page().waitForURL(siteUrl('anfa', '/fr/'))
    expect(await page().locator('h1').textContent()).toContain('Anfa')
  })

  it('answers unknown pages with the bilingual 404', async () => {
    const response = await page().goto(siteUrl('anfa', '/fr/nothing-here/'))
    expect(response?.status()).toBe(404)
    expect(await page().getAttribute('html', 'dir')).toBe('rtl')
    expect(await page().locator('[lang="fr"]').count()).toBeGreaterThan(0)
    expect(await axeViolations(page())).toEqual([])
  })

  it('redirects / to the Arabic home without JavaScript', async () => {
    await page().goto(siteUrl('anfa', '/'))
    await page().waitForURL(siteUrl('anfa', '/ar/'))
  })
})

describe('static server', () => {
  it('serves the portal on the bare host, compresses, caches assets for good', async () => {
    const home = await get('localhost', '/fr/', { 'accept-encoding': 'br, gzip' })
    expect(home.status).toBe(200)
    expect(home.headers['content-encoding']).toBe('br')
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec((await get('localhost', '/fr/')).body)?.[1]
    expect(css).toBeTruthy()
    const asset = await get('localhost', css!)
    expect(asset.headers['cache-control']).toContain('immutable')
    expect(asset.headers['content-type']).toContain('text/css')
  })

  it('redirects a directory without its slash and refuses traversal', async () => {
    const redirect = await get('anfa.localhost', '/fr/news')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe('/fr/news/')
    expect((await get('anfa.localhost', '/..%2f..%2fpackage.json')).status).toBe(400)
  })

  it('answers each site’s on-demand endpoints from that site’s bundle, in the same process', async () => {
    for (const slug of ['anfa', 'casablanca', 'sidi-moumen']) {
      const health = await get(`${slug}.localhost`, '/api/health/')
      expect(health.status, slug).toBe(200)
      expect(JSON.parse(health.body)).toEqual({ ok: true, site: slug })
      expect(health.headers['cache-control']).toBe('no-store')
    }
    const unknown = await get('anfa.localhost', '/api/nothing-here/')
    expect(unknown.status).toBe(404)
    // The bundles are not files of the site: nothing of the server is served statically.
    expect((await get('anfa.localhost', '/entry.mjs')).status).toBe(404)
  })

  it('lists the sites for an unknown host', async () => {
    const unknown = await get('nowhere.localhost', '/')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toContain('anfa.localhost')
  })
})
