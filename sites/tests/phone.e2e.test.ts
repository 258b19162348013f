/**
 * Citizens on a 360 × 800 phone, in Chromium, on the test stack's built sites:
 * - the page's <h1> comes within the first 250 px in Arabic, French and Amazigh (home, council
 *   decisions, a procedure, the complaint form), and the form's first question is on the first
 *   screen;
 * - the menu opens without JavaScript;
 * - "use my position" with a faked position fills the coordinates, proposes the arrondissement,
 *   and the complaint is stored with them and its landmark; its tracking shows the answer first;
 * - a form sent without JavaScript comes back with the summary at the top, "خطأ:" first in the
 *   title, the fields in order with what to do;
 * - Tifinagh is drawn by our own font on a first visit (the language switcher on every page, the
 *   text of Amazigh pages), and Arabic headings by the real bold face.
 * Screenshots of the Arabic home, the complaint form and an Amazigh page go to
 * `<BAWABA_DATA_DIR>/screenshots/` (not committed).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { t } from '@bawaba/i18n'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasHorizontalScroll, launchBrowser } from './support/browser.ts'
import { storedByCode } from './support/forms.ts'
import { ensureSitesServer, siteUrl } from './support/server.ts'

const viewport = { width: 360, height: 800 }
const locales = ['ar', 'fr', 'zgh'] as const
const screenshots = path.join(process.env.BAWABA_DATA_DIR ?? '.data', 'screenshots')

let browser: Browser
let stopServer: () => Promise<void>
beforeAll(async () => {
  stopServer = await ensureSitesServer()
  browser = await launchBrowser()
  mkdirSync(screenshots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

async function phonePage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...options })
  return context.newPage()
}

/** Where an element starts, in CSS pixels from the top of the page (the first screen is 800). */
async function topOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${page.url()}: no visible ${selector}`)
  return box.y
}

/** The fonts Chromium drew an element's text with (DevTools protocol). */
async function fontsOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return fonts
}

describe('the first screen of a phone', () => {
  // Pages in each locale: an item's page exists only in the languages it is written in, so the
  // Amazigh ones are the home, a section page, a form and tracking.
  const written = ['', 'council/decisions/', 'procedures/birth-certificate-full-copy/']
  const pages = {
    ar: [...written, 'e-services/complaint/'],
    fr: [...written, 'e-services/complaint/'],
    zgh: ['', 'council/decisions/', 'e-services/complaint/', 'e-services/track/'],
  }
  it.each(locales)('shows the <h1> within 250 px, in %s', async (locale) => {
    const page = await phonePage()
    const tops: Record<string, number> = {}
    for (const path of pages[locale]) {
      await page.goto(siteUrl('anfa', `/${locale}/${path}`))
      tops[path || 'home'] = Math.round(await topOf(page, 'h1'))
      expect(await hasHorizontalScroll(page), path).toBe(false)
    }
    console.log(`h1 top at 360 × 800, anfa ${locale}: ${JSON.stringify(tops)}`)
    for (const [path, top] of Object.entries(tops)) expect(top, path).toBeLessThanOrEqual(250)
    await page.context().close()
  })

  it.each(locales)(
    'shows the complaint form’s first question on the first screen, in %s',
    async (locale) => {
      const page = await phonePage()
      await page.goto(siteUrl('anfa', `/${locale}/e-services/complaint/`))
      const field =
        'form[data-eform] .field select, form[data-eform] .field input, form[data-eform] .field textarea'
      const label = await topOf(page, 'form[data-eform] .field label')
      const box = (await page.locator(field).first().boundingBox())!
      console.log(
        `complaint form, anfa ${locale}: first label at ${Math.round(label)} px, its field ends at ${Math.round(box.y + box.height)} px`,
      )
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      // The law 09-08 notice is all there, behind its disclosure.
      expect(await page.locator('.notice details li').count()).toBe(7)
      if (locale !== 'zgh') {
        await page.screenshot({ path: path.join(screenshots, `complaint-${locale}-360.png`) })
      }
      await page.context().close()
    },
  )

  it('takes the screenshots of the Arabic home and an Amazigh page', async () => {
    const page = await phonePage()
    await page.goto(siteUrl('anfa', '/ar/'))
    await page.screenshot({ path: path.join(screenshots, 'home-ar-360.png') })
    await page.goto(siteUrl('anfa', '/zgh/e-services/complaint/'))
    await page.screenshot({ path: path.join(screenshots, 'complaint-zgh-360.png') })
    await page.goto(siteUrl('anfa', '/zgh/'))
    await page.screenshot({ path: path.join(screenshots, 'home-zgh-360.png'), fullPage: true })
    expect(await page.getAttribute('html', 'lang')).toBe('zgh')
    await page.context().close()
  })
})

describe('the menu', () => {
  it('opens without JavaScript on a phone, and is simply there on a wide screen', async () => {
    const page = await phonePage({ javaScriptEnabled: false })
    await page.goto(siteUrl('anfa', '/fr/'))
    const news = page.locator('.main-nav a[href="/fr/news/"]')
    expect(await news.isVisible()).toBe(false)
    await page.locator('.main-nav summary').click()
    expect(await news.isVisible()).toBe(true)
    // The portal link moves into the menu on a phone.
    expect(await page.locator('.main-nav li.narrow-only a').isVisible()).toBe(true)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.reload()
    expect(await page.locator('.main-nav summary').isVisible()).toBe(false)
    expect(await news.isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('a complaint from where the citizen stands', () => {
  it('fills the position from the browser, proposes the arrondissement, stores it, and tracking answers first', async () => {
    // Near the seat of the Anfa arrondissement; on the portal, where nothing is preselected.
    const page = await phonePage({
      geolocation: { latitude: 33.5861, longitude: -7.6409, accuracy: 25 },
      permissions: ['geolocation'],
    })
    await page.goto(siteUrl('casablanca', '/fr/e-services/complaint/'))
    expect(await page.inputValue('#f-site')).toBe('')
    await page.click('[data-position-use]')
    await expect.poll(() => page.inputValue('#f-lat'), { timeout: 30_000 }).toMatch(/^33\.586/)
    expect(await page.inputValue('#f-lng')).toMatch(/^-7\.640/)
    expect(await page.textContent('[data-position-status]')).toContain('25')
    // The arrondissement is proposed from the position, in the select, to confirm.
    expect(await page.inputValue('#f-site')).toBe('anfa')
    expect(await page.textContent('[data-position-proposal-text]')).toContain('Anfa')
    // Coordinates are never typed: no visible field takes them.
    expect(await page.locator('input[name=lat]').getAttribute('type')).toBe('hidden')

    await page.selectOption('#f-category', 'lighting')
    await page.fill('#f-description', 'Le lampadaire devant l’école est éteint depuis dix jours.')
    await page.fill('#f-landmark', 'École Al Massira, côté parking')
    // A +212 number, as the tracking page accepts it.
    await page.fill('#f-phone', '+212 6 61 23 45 67')
    await page.press('#f-phone', 'Tab')
    expect(await page.locator('#f-phone-error').count()).toBe(0)
    await page.check('#f-consent')
    await page.click('button[type=submit]')
    await page.waitForURL(/\/fr\/e-services\/complaint\/received\//, { timeout: 60_000 })
    const code = (await page.textContent('[data-tracking-code]'))!.trim()
    const [stored] = await storedByCode(code)
    expect(stored.complaint.landmark).toBe('École Al Massira, côté parking')
    expect(stored.complaint.lat).toBeCloseTo(33.5861, 3)
    expect(stored.complaint.lng).toBeCloseTo(-7.6409, 3)

    // Tracking with the same number written another way: the answer comes before the form.
    await page.goto(siteUrl('anfa', `/fr/e-services/track/?code=${code}`))
    await page.fill('#t-contact', '0661234567')
    await page.click('.track button[type=submit]')
    await page.waitForSelector('.result')
    const result = await topOf(page, '.result')
    expect(result).toBeLessThan(await topOf(page, 'form.track'))
    expect(result).toBeLessThanOrEqual(viewport.height)
    await page.context().close()
  })

  it('says so when the position is outside Casablanca, and keeps none', async () => {
    const page = await phonePage({
      geolocation: { latitude: 34.0209, longitude: -6.8416 },
      permissions: ['geolocation'],
    })
    await page.goto(siteUrl('anfa', '/ar/e-services/complaint/'))
    await page.click('[data-position-use]')
    await expect
      .poll(() => page.textContent('[data-position-status]'), { timeout: 30_000 })
      .toBe(t('ar', 'forms.position.outside'))
    expect(await page.inputValue('#f-lat')).toBe('')
    await page.context().close()
  })
})

describe('a form sent back without JavaScript', () => {
  it.each(['ar', 'fr'] as const)(
    'puts what to fix at the top of the page, in field order (%s)',
    async (locale) => {
      const page = await phonePage({ javaScriptEnabled: false })
      await page.goto(siteUrl('anfa', `/${locale}/e-services/complaint/`))
      // People take more than the two seconds a form must be open without proof of work.
      await page.waitForTimeout(2_100)
      await page.click('button[type=submit]')
      await page.waitForSelector('[data-summary]')
      expect(await page.title()).toMatch(locale === 'ar' ? /^خطأ: / : /^Erreur : /)
      const top = await topOf(page, '[data-summary]')
      expect(top).toBeLessThanOrEqual(250)
      const items = await page
        .locator('[data-summary] li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.field))
      expect(items).toEqual(['category', 'description', 'email', 'consent'])
      const first = await page.locator('[data-summary] li a').first().textContent()
      expect(first).toBe(t(locale, 'forms.error.category.required'))
      expect(await page.locator('[data-summary] li a').nth(2).textContent()).toBe(
        t(locale, 'forms.error.email.contact'),
      )
      await page.context().close()
    },
  )
})

describe('fonts on a first visit', () => {
  it('draws the language switcher’s ⵜⴰⵎⴰⵣⵉⵖⵜ with our Tifinagh face on every page', async () => {
    for (const locale of ['ar', 'fr'] as const) {
      const page = await phonePage()
      await page.goto(siteUrl('anfa', `/${locale}/`))
      await page.evaluate(() => document.fonts.ready)
      const fonts = await fontsOf(page, '.languages a[lang="zgh"]')
      expect(fonts, locale).toEqual([expect.objectContaining({ isCustomFont: true })])
      expect(fonts[0]!.familyName).toMatch(/Tifinagh/)
      await page.context().close()
    }
  })

  it('draws an Amazigh page in Tifinagh with our face, preloaded', async () => {
    const page = await phonePage()
    await page.goto(siteUrl('anfa', '/zgh/'))
    await page.evaluate(() => document.fonts.ready)
    expect(await page.locator('link[rel=preload][as=font]').count()).toBe(1)
    const fonts = await fontsOf(page, '.section-head h2')
    const tifinagh = fonts.find((font) => /Tifinagh/.test(font.familyName))
    expect(tifinagh?.isCustomFont).toBe(true)
    await page.context().close()
  })

  it('draws Arabic headings with the real bold face', async () => {
    const page = await phonePage()
    await page.goto(siteUrl('anfa', '/ar/'))
    await page.evaluate(() => document.fonts.ready)
    // A second view: `optional` faces are there once cached, as on any page after the first.
    await page.reload()
    await page.evaluate(() => document.fonts.ready)
    const fonts = await fontsOf(page, '.section-head h2')
    const arabic = fonts.find((font) => /Arabic/.test(font.familyName))
    expect(arabic?.isCustomFont).toBe(true)
    expect(arabic?.postScriptName).toMatch(/Bold/)
    await page.context().close()
  })
})
