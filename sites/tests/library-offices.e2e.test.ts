/**
 * The library and offices templates in a real browser at 360 px, in Arabic and French, on the
 * portal and an arrondissement: no axe violations (WCAG 2.2 AA tags), one h1, the locale's
 * direction, no sideways scroll. Then what readers do: pick a filter, jump to a district's
 * offices on the portal.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteDir } from './support/dist.ts'
import { expectReadable, usePhonePage } from './support/reading.ts'
import { siteUrl } from './support/server.ts'

const page = usePhonePage()

/** First built value of a library filter (`type`, `year`, `arrondissement`), if any. */
function firstValue(slug: string, dimension: string): string | null {
  const dir = join(siteDir(slug), 'fr', 'library', dimension)
  if (!existsSync(dir)) return null
  return readdirSync(dir).sort()[0] ?? null
}

function templates(slug: string): Array<[string, string]> {
  const pages: Array<[string, string]> = [
    ['library', 'library/'],
    ['offices', 'offices/'],
  ]
  for (const [name, dimension] of [
    ['library by type', 'type'],
    ['library by year', 'year'],
    ['library by arrondissement', 'arrondissement'],
  ] as const) {
    const value = firstValue(slug, dimension)
    if (value) pages.push([name, `library/${dimension}/${value}/`])
  }
  return pages
}

describe.each(['casablanca', 'anfa'])('%s', (slug) => {
  it('builds the library filters to test', () => {
    expect(firstValue(slug, 'type')).not.toBeNull()
    expect(firstValue(slug, 'year')).not.toBeNull()
    expect(firstValue(slug, 'arrondissement') !== null).toBe(slug === 'casablanca')
  })

  for (const locale of ['ar', 'fr'] as const) {
    for (const [name, suffix] of templates(slug)) {
      it(`${locale} ${name}: accessible, right direction, no sideways scroll`, () =>
        expectReadable(page(), slug, locale, suffix))
    }
  }
})

describe('journeys', () => {
  it('picks a type in the library and comes back to all documents', async () => {
    await page().goto(siteUrl('anfa', '/fr/library/'))
    const all = await page().locator('article.document').count()
    const chip = page().locator('nav[aria-labelledby="filter-kind"] li:nth-child(2) a')
    const href = await chip.getAttribute('href')
    await chip.click()
    await page().waitForURL(siteUrl('anfa', href!))
    expect(
      await page()
        .locator(`nav[aria-labelledby="filter-kind"] a[href="${href}"]`)
        .getAttribute('aria-current'),
    ).toBe('page')
    const filtered = await page().locator('article.document').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThanOrEqual(all)
    await page().locator('nav[aria-labelledby="filter-kind"] a[href="/fr/library/"]').click()
    await page().waitForURL(siteUrl('anfa', '/fr/library/'))
    expect(await page().locator('article.document').count()).toBe(all)
  })

  it('jumps to an arrondissement’s offices on the portal', async () => {
    await page().goto(siteUrl('casablanca', '/ar/offices/'))
    await page().locator('nav.jump a[href="#site-anfa"]').click()
    await page().waitForURL(siteUrl('casablanca', '/ar/offices/#site-anfa'))
    const heading = page().locator('#site-anfa-title')
    expect(await heading.isVisible()).toBe(true)
    // Scrolling may be smooth: wait for it to settle with the heading near the top.
    await expect
      .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top), { timeout: 5000 })
      .toBeLessThan(200)
    expect(await page().locator('#site-anfa article.office').count()).toBeGreaterThan(0)
  })
})
