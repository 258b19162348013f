/**
 * The services pages in a real browser at 360 px, in Arabic and French, on the portal and an
 * arrondissement: no axe violations (WCAG 2.2 AA tags), right direction, one h1, no sideways
 * scroll. Covers the catalogue, the richest procedure page and the portal's partners page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteDir } from './support/dist.ts'
import { expectReadable, usePhonePage } from './support/reading.ts'
import { siteUrl } from './support/server.ts'

const page = usePhonePage()

/**
 * The procedure page showing the most sections (online, offices, partner), so one page
 * exercises every component; the first one alphabetically among equals.
 */
function richestProcedure(slug: string): string | null {
  const dir = join(siteDir(slug), 'fr', 'procedures')
  if (!existsSync(dir)) return null
  const score = (name: string) => {
    const html = readFileSync(join(dir, name, 'index.html'), 'utf8')
    return ['id="online"', 'id="form-', 'id="where"', 'id="partner"', '#office-'].filter((s) =>
      html.includes(s),
    ).length
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  let best: string | null = null
  let bestScore = -1
  for (const name of names) {
    const s = score(name)
    if (s > bestScore) [best, bestScore] = [name, s]
  }
  return best
}

function servicePages(slug: string): Array<[string, string]> {
  const pages: Array<[string, string]> = [['catalogue', 'procedures/']]
  const procedure = richestProcedure(slug)
  if (procedure) pages.push(['procedure', `procedures/${procedure}/`])
  if (slug === 'casablanca') pages.push(['partners', 'partners/'])
  return pages
}

describe.each(['casablanca', 'anfa'])('%s', (slug) => {
  it('has a procedure page to check', () => {
    expect(richestProcedure(slug)).not.toBeNull()
  })

  for (const locale of ['ar', 'fr'] as const) {
    for (const [name, suffix] of servicePages(slug)) {
      it(`${locale} ${name}: accessible, right direction, no sideways scroll`, () =>
        expectReadable(page(), slug, locale, suffix))
    }
  }
})

describe('journeys', () => {
  it('goes from a theme of the catalogue to a procedure', async () => {
    await page().goto(siteUrl('anfa', '/fr/procedures/'))
    const jump = page().locator('nav.themes a').first()
    const hash = await jump.getAttribute('href')
    await jump.click()
    expect(new URL(page().url()).hash).toBe(hash)
    const card = page().locator(`section${hash} article a`).first()
    const href = await card.getAttribute('href')
    await card.click()
    await page().waitForURL(siteUrl('anfa', href!))
    expect(await page().locator('ol.documents li').count()).toBeGreaterThan(0)
  })
})
