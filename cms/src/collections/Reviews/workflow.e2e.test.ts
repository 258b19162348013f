import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../../../../tests/support/browser.ts'
import { accountOf, accounts, call, cms, dataDir, jwt, mailWith, signIn } from '../../test/stack.ts'

/**
 * The editorial workflow as Anfa's staff live it, on a phone (390 × 844) with the admin in
 * Arabic: the editor writes an item and submits it for review; the publisher is mailed, finds
 * it on the dashboard, previews it and sends it back with a comment; the editor sees the
 * comment, revises and submits again; the publisher publishes. No screen of the journey scrolls
 * sideways. Screenshots of each step go to `.data/test/screenshots/workflow/` (not committed).
 */

const editor = accountOf('district-editor', 'anfa')
const publisher = accountOf('district-publisher', 'anfa')
const shots = path.join(dataDir, 'screenshots', 'workflow')
let browser: Awaited<ReturnType<typeof openBrowser>>
let page: Page
let step = 0

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  browser = await openBrowser({
    locale: 'ar-MA',
    timezoneId: 'Africa/Casablanca',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  })
  page = await browser.newPage()
  page.setDefaultTimeout(60_000)
  await signIn()
})

afterAll(async () => {
  await browser?.dispose()
})

async function login(email: string) {
  await browser.clearCookies()
  // The admin in Arabic, as the commune's staff use it.
  await browser.addCookies([{ name: 'payload-lng', value: 'ar', url: cms }])
  await page.goto(`${cms}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(accounts[email]!.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/** The screen as it is: no sideways scrolling, and a screenshot for the closing note. */
async function checkScreen(name: string) {
  await page.waitForLoadState('networkidle').catch(() => {})
  const { scrollWidth, clientWidth, dir } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    dir: document.documentElement.dir,
  }))
  await page.screenshot({
    path: path.join(shots, `${String(++step).padStart(2, '0')}-${name}.png`),
  })
  expect(dir, name).toBe('rtl')
  expect(scrollWidth, `${name}: page wider than the screen`).toBeLessThanOrEqual(clientWidth)
}

const anonymous = async (url: string) => (await call('GET', url)).json

/** Who holds the admin's edit lock on an item (Payload takes it while someone types). */
const lockHolders = async (id: string) =>
  (
    await call(
      'GET',
      `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=1`,
      jwt('admin'),
    )
  ).json.docs.map((lock: { user: { value: { email: string } } }) => lock.user.value.email)

describe('editorial workflow on a phone, in Arabic', () => {
  const title = `ورشة لتزيين الحدائق ${Date.now()}`
  const revised = `${title} — بمشاركة الجمعيات`
  const comment = 'المرجو ذكر مكان الورشة وتوقيتها في الملخص.'
  let id = ''

  it('the editor writes an item and submits it for review; Create new saves nothing until then', async () => {
    await login(editor)
    await page.goto(`${cms}/admin/collections/news/create?locale=ar`)
    await page.locator('#action-save-draft').waitFor()
    await checkScreen('editor-create')
    // Opening "Create new" saved nothing (the address is still /create), and an editor has
    // "Save draft", never "Publish".
    expect(page.url()).toMatch(/\/news\/create/)
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('ورشة مفتوحة للأطفال وأسرهم.')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/)
    id = page.url().match(/news\/([0-9a-f-]{36})/)![1]!
    // A readable slug from the Arabic title, not a random code.
    await expect
      .poll(() => page.locator('#field-slug').inputValue(), { timeout: 30_000 })
      .toMatch(/^wrcha-ltziin-alhdaiq-\d+$/)
    await checkScreen('editor-draft-saved')

    await page.locator('#action-submit-review').click()
    await page.locator('#submit-review-' + id + '-message').fill('جاهز للنشر هذا الأسبوع.')
    await checkScreen('editor-submit-drawer')
    await page.locator('#review-send').click()
    await expect
      .poll(() => page.locator('[data-review-state]').getAttribute('data-review-state'), {
        timeout: 30_000,
      })
      .toBe('pending')
    expect(await page.locator('#action-submit-review').isDisabled()).toBe(true)
    await checkScreen('editor-submitted')
    // Nothing is live.
    expect(
      (await anonymous(`/api/news?where[title][equals]=${encodeURIComponent(title)}`)).docs,
    ).toEqual([])
  })

  it('the publisher is mailed, finds it on the dashboard, previews it and sends it back with a comment', async () => {
    const mail = await mailWith(title, 'demande la relecture', publisher)
    expect(mail, 'mail to the publisher in the loopback SMTP server').toBeTruthy()
    expect(mail).toContain(`/admin/collections/news/${id}`)

    await login(publisher)
    const row = page.locator('[data-review-queue="reviewer"] tr', { hasText: title })
    await row.waitFor()
    await checkScreen('publisher-dashboard')
    await row.locator('a').click()
    await page.waitForURL(new RegExp(`/news/${id}`))
    await page.locator('[data-review-state="pending"]').waitFor()
    await checkScreen('publisher-opens-item')

    // Preview: the draft on the site's own page, behind a signed link.
    const [preview] = await Promise.all([
      browser.waitForEvent('page'),
      page.locator('#preview-button').click(),
    ])
    await preview.waitForLoadState('domcontentloaded')
    await expect
      .poll(() => preview.locator('h1').textContent(), { timeout: 30_000 })
      .toContain(title)
    await preview.close()

    await page.locator('#bawaba-review-comment').fill(comment)
    await page.locator('#action-send-back').click()
    await expect
      .poll(() => page.locator('[data-review-state]').getAttribute('data-review-state'), {
        timeout: 30_000,
      })
      .toBe('changes-requested')
    await checkScreen('publisher-sent-back')
  })

  it('the editor sees the comment, revises and submits again', async () => {
    expect(await mailWith(title, 'vous renvoie', comment, editor)).toBeTruthy()
    await login(editor)
    const mine = page.locator('[data-review-queue="editor"] tr', { hasText: title })
    await mine.waitFor()
    expect(await mine.textContent()).toContain(comment)
    await checkScreen('editor-dashboard-sent-back')
    await mine.locator('a').click()
    await page.waitForURL(new RegExp(`/news/${id}`))
    expect(await page.locator('[data-review-comment]').textContent()).toContain(comment)
    await checkScreen('editor-sees-comment')

    await page.locator('#field-title').fill(revised)
    await page
      .locator('#field-summary')
      .fill('ورشة مفتوحة للأطفال وأسرهم، يوم السبت في حديقة الجامعة العربية.')
    // The admin checks what was typed and, doing so, locks the item to the editor.
    await expect.poll(() => lockHolders(id), { timeout: 30_000 }).toEqual([editor])
    await page.locator('#action-submit-review').click()
    await page.locator('#review-send').click()
    await expect
      .poll(() => page.locator('[data-review-state]').getAttribute('data-review-state'), {
        timeout: 30_000,
      })
      .toBe('pending')
    await checkScreen('editor-resubmitted')
    // Submitting handed the item over: the publisher will not find it locked by the editor.
    expect(await lockHolders(id)).toEqual([])
  })

  it('the publisher publishes it, and the history says who did what', async () => {
    await login(publisher)
    const row = page.locator('[data-review-queue="reviewer"] tr', { hasText: revised })
    await row.waitFor()
    await row.locator('a').click()
    await page.waitForURL(new RegExp(`/news/${id}`))
    await page.locator('[data-review-state="pending"]').waitFor()
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await anonymous(`/api/news/${id}?depth=0&locale=ar`)).title, {
        timeout: 30_000,
      })
      .toBe(revised)
    await expect
      .poll(() => page.locator('[data-review-state]').getAttribute('data-review-state'), {
        timeout: 30_000,
      })
      .toBe('published')
    await page.locator('[data-review-state] details summary').click()
    const history = await page.locator('[data-review-state] details').textContent()
    for (const action of ['طلب المراجعة', 'أعادها للتعديل', 'أعاد طلب المراجعة', 'نشرها'])
      expect(history).toContain(action)
    // Each step names who did it, isolated from the Arabic around it (a French name kept its
    // brackets in the wrong places otherwise).
    const steps = page.locator('[data-review-state] details li')
    expect(await steps.count()).toBe(4)
    for (const step of await steps.all())
      expect(await step.locator('bdi', { hasText: 'Anfa' }).count()).toBe(1)
    await checkScreen('publisher-published')
    // Nothing left in the queue.
    await page.goto(`${cms}/admin`)
    await page.locator('[data-review-queue="reviewer"]').waitFor()
    expect(await page.locator('[data-review-queue="reviewer"]').textContent()).not.toContain(
      revised,
    )
    await checkScreen('publisher-dashboard-after')
  })

  it('the publisher schedules a draft: publishing by default, on Casablanca’s clock, every word in Arabic', async () => {
    await signIn()
    const anfa = (await anonymous('/api/sites?where[slug][equals]=anfa&depth=0&limit=1')).docs[0]
    const later = `${title} — للبرمجة`
    const created = await call(
      'POST',
      '/api/news?draft=true&locale=ar',
      jwt('district-editor', 'anfa'),
      { title: later, site: anfa.id },
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const draft = created.json.doc.id as string

    // Still signed in as the publisher: "Publish changes" ▾ "Schedule…".
    await page.goto(`${cms}/admin/collections/news/${draft}`)
    await page.locator('#action-save-popup .popup__trigger-wrap').click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.bawaba-drawer')
    await drawer.locator('#schedule-save').waitFor()
    // A never-published draft: publishing is the default, not unpublishing.
    expect(await drawer.locator('input[type="radio"][value="publish"]').isChecked()).toBe(true)
    await drawer.locator('.date-time-picker input').click()
    await page.locator('.react-datepicker__header--time').waitFor()
    const words = (await drawer.textContent()) ?? ''
    expect(words).toContain(later)
    expect(words).toContain('بتوقيت الدار البيضاء')
    expect(words).toContain('الساعة')
    expect(words).not.toContain('{{')
    expect(words).not.toMatch(/\b(Time|Selected date|All|upcoming|events?)\b/i)
    await checkScreen('publisher-schedule-drawer')

    // 09:30 picked in the browser is 09:30 in Casablanca, whatever the browser thinks its zone is.
    await drawer.locator('.date-time-picker input').fill('15/06/2030 09:30')
    await drawer.locator('.date-time-picker input').press('Enter')
    await drawer.locator('#schedule-save').click()
    const listed = drawer.locator('[data-scheduled] li')
    await listed.first().waitFor()
    const scheduled = (await listed.first().textContent()) ?? ''
    expect(scheduled).toContain('15/06/2030')
    expect(scheduled).toContain('09:30')
    expect(scheduled).toContain('نشر')
    await checkScreen('publisher-scheduled')
    // Scheduled is not live.
    expect((await call('GET', `/api/news/${draft}`)).status).toBe(404)
  })
})
