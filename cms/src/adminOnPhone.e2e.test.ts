import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../../tests/support/browser.ts'
import { accountOf, accounts, call, cms, jwt, signIn, submit } from './test/stack.ts'

/**
 * Every screen staff use, on a 390 × 844 phone, in Arabic and in French: no page is wider
 * than the screen (the Arabic news editor used to be ≈ 10,000 px wide and blank, other pages
 * 410–480 px). District publishers' views, and the commune's shared content for the central
 * editor. One browser, one sign-in per account and language.
 */

let browser: Awaited<ReturnType<typeof openBrowser>>
let page: Page
const screens: Record<'district' | 'central', string[]> = { district: [], central: [] }

/** The first document of a collection (of Anfa when it has a site), as the admin sees it. */
async function first(collection: string, site?: string) {
  const where = site ? `&where[site.slug][equals]=${site}` : ''
  const { json } = await call(
    'GET',
    `/api/${collection}?limit=1&depth=0&draft=true${where}`,
    jwt('admin'),
  )
  return json.docs?.[0]?.id as string | undefined
}

beforeAll(async () => {
  await signIn()
  // A submission of Anfa, so that its edit view is among the screens.
  await submit()
  const district = [
    'news',
    'events',
    'pages',
    'council-members',
    'council-sessions',
    'council-decisions',
    'heritage-places',
    'offices',
    'media',
    'documents',
    'submissions',
    'site-settings',
  ]
  for (const collection of district) {
    const id = await first(collection, 'anfa')
    if (id) screens.district.push(`/admin/collections/${collection}/${id}`)
  }
  for (const collection of ['reviews', 'builds']) {
    const id = await first(collection, 'anfa')
    if (id) screens.district.push(`/admin/collections/${collection}/${id}`)
  }
  screens.district.push(
    '/admin',
    '/admin/account',
    '/admin/collections/news',
    '/admin/collections/news/create',
    '/admin/collections/submissions',
    '/admin/collections/reviews',
  )
  for (const collection of ['procedures', 'partners', 'timeline-entries', 'alerts']) {
    const id = await first(collection)
    if (id) screens.central.push(`/admin/collections/${collection}/${id}`)
  }
  browser = await openBrowser({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  page = await browser.newPage()
  page.setDefaultTimeout(60_000)
})

afterAll(async () => {
  await browser?.dispose()
})

async function login(email: string, language: 'ar' | 'fr') {
  await browser.clearCookies()
  await browser.addCookies([{ name: 'payload-lng', value: language, url: cms }])
  await page.goto(`${cms}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(accounts[email]!.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/**
 * What is wrong with each screen on the phone: wider than the screen (with the widest element
 * that sticks out), an edit view whose form is not on the screen (the Arabic news editor used to
 * open blank, its content thousands of pixels away), a broken image (the Gravatar avatar was).
 */
async function problems(paths: string[]) {
  const found: string[] = []
  for (const path of paths) {
    await page.goto(`${cms}${path}`)
    await page.locator('.template-default').waitFor()
    await page.waitForLoadState('networkidle').catch(() => {})
    const edit = /\/collections\/[^/]+\/[^/]+$/.test(path)
    const issues = await page.evaluate((edit) => {
      const width = document.documentElement.clientWidth
      const out: string[] = []
      const onScreen = (el: Element) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.left >= -1 && box.right <= width + 1
      }
      if (document.documentElement.scrollWidth > width) {
        const culprit = Array.from(document.querySelectorAll('body *')).find((el) => {
          const box = el.getBoundingClientRect()
          return box.width > 0 && (box.right > width + 1 || box.left < -1)
        })
        out.push(
          `${document.documentElement.scrollWidth}px wide (${culprit?.tagName.toLowerCase()}.${String(culprit?.className).slice(0, 60)})`,
        )
      }
      if (edit) {
        const fields = Array.from(document.querySelectorAll('.document-fields__main .field-type'))
        const first = fields.find((el) => el.getBoundingClientRect().width > 0)
        if (!first || !onScreen(first)) out.push('blank: the form is not on the screen')
        // A rich-text editor, where there is one, is on the screen too.
        const text = document.querySelector('.document-fields__main [contenteditable="true"]')
        if (text && !onScreen(text)) out.push('the rich-text editor is off the screen')
      }
      for (const img of Array.from(document.images))
        if (img.complete && img.naturalWidth === 0 && img.src)
          out.push(`broken image ${img.src.slice(0, 80)}`)
      return out
    }, edit)
    for (const issue of issues) found.push(`${path}: ${issue}`)
  }
  return found
}

describe('the admin on a 390 px phone: no page scrolls sideways, no editor is blank, no image broken', () => {
  it.each(['ar', 'fr'] as const)('in %s', async (language) => {
    await login(accountOf('district-publisher', 'anfa'), language)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      language === 'ar' ? 'rtl' : 'ltr',
    )
    const wrong = await problems(screens.district)
    await login(accountOf('central-editor'), language)
    wrong.push(...(await problems(screens.central)))
    expect(wrong).toEqual([])
  })
})
