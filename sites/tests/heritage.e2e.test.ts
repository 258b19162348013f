/**
 * The heritage templates and the history timeline in a real browser at 360 px, in Arabic and
 * French, on the portal and an arrondissement: no axe violations (WCAG 2.2 AA), one h1, the
 * right direction, no sideways scroll; the timeline's line sits on the inline-start side.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteDir } from './support/dist.ts'
import { expectReadable, firstBuilt, usePhonePage } from './support/reading.ts'
import { siteUrl } from './support/server.ts'

const page = usePhonePage()

function templates(slug: string): Array<[string, string]> {
  const pages: Array<[string, string]> = [['heritage index', 'heritage/']]
  const category = firstBuilt(slug, 'heritage/category')
  if (category) pages.push(['heritage category', `heritage/category/${category}/`])
  const district = firstBuilt(slug, 'heritage/arrondissement')
  if (district) pages.push(['heritage arrondissement', `heritage/arrondissement/${district}/`])
  const place = firstBuilt(slug, 'heritage', ['category', 'arrondissement'])
  if (place) pages.push(['heritage place', `heritage/${place}/`])
  if (existsSync(join(siteDir(slug), 'fr', 'history'))) pages.push(['history', 'history/'])
  return pages
}

describe.each(['casablanca', 'sidi-belyout'])('%s', (slug) => {
  it('has the templates to check', () => {
    const names = templates(slug).map(([name]) => name)
    expect(names).toContain('heritage place')
    expect(names).toContain('heritage category')
    if (slug === 'casablanca')
      expect(names).toEqual(expect.arrayContaining(['history', 'heritage arrondissement']))
  })

  for (const locale of ['ar', 'fr'] as const) {
    for (const [name, suffix] of templates(slug)) {
      it(`${locale} ${name}: accessible, right direction, no sideways scroll`, () =>
        expectReadable(page(), slug, locale, suffix))
    }
  }
})

describe('history timeline', () => {
  for (const locale of ['ar', 'fr'] as const) {
    it(`${locale}: the line runs along the inline-start side`, async () => {
      await page().goto(siteUrl('casablanca', `/${locale}/history/`))
      const sides = await page()
        .locator('ol.timeline')
        .evaluate((list) => {
          const style = getComputedStyle(list)
          return {
            left: parseFloat(style.borderLeftWidth),
            right: parseFloat(style.borderRightWidth),
          }
        })
      if (locale === 'ar') {
        expect(sides.right).toBeGreaterThan(0)
        expect(sides.left).toBe(0)
      } else {
        expect(sides.left).toBeGreaterThan(0)
        expect(sides.right).toBe(0)
      }
    })
  }

  it('leads from a district’s heritage to the portal’s history', async () => {
    await page().goto(siteUrl('sidi-belyout', '/fr/heritage/'))
    await page()
      .locator(`main a[href="${siteUrl('casablanca', '/fr/history/')}"]`)
      .click()
    await page().waitForURL(siteUrl('casablanca', '/fr/history/'))
    expect(await page().locator('ol.timeline > li').count()).toBeGreaterThan(3)
  })
})
