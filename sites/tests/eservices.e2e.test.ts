/**
 * The whole e-service journey in Chromium, on the test stack: on a 360 px phone a citizen
 * files a complaint in Arabic with a photo and gets a code; the district's staff change its
 * status in the admin with a public reply; the citizen sees both on the tracking page; the
 * acknowledgement and the status mail arrived in the test SMTP server. The forms also pass
 * axe (WCAG 2.2 AA) in Arabic and French, and work with JavaScript off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { t } from '@bawaba/i18n'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../../tests/support/browser.ts'
import { axeViolations } from './support/axe.ts'
import { hasHorizontalScroll, launchBrowser, phone } from './support/browser.ts'
import { siteDir } from './support/dist.ts'
import { storedByCode } from './support/forms.ts'
import { ensureSitesServer, siteUrl } from './support/server.ts'

const cms = process.env.CMS_URL!
const dataDir = process.env.BAWABA_DATA_DIR!
const built = existsSync(siteDir('anfa'))
const accounts = (): Record<string, { password: string; role: string; sites: string[] }> =>
  JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8'))

let browser: Browser
let stopServer: () => Promise<void>
let photoFile: string

beforeAll(async () => {
  stopServer = await ensureSitesServer()
  browser = await launchBrowser()
  photoFile = path.join(dataDir, 'e2e-pothole.jpg')
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6b5a4b' } })
    .jpeg()
    .withMetadata({ exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 35/1 0/1' } } })
    .toFile(photoFile)
})
afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

/** A message as shown: its examples' backquotes are markup (`<bdi>`), not text. */
const plain = (text: string) => text.replace(/`/g, '')

async function phonePage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled })
  return context.newPage()
}

/** A single-part message's headers and decoded text (base64 or quoted-printable). */
function decodeMail(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? body
            .replace(/=\r?\n/g, '')
            .replace(/(=[0-9A-F]{2})+/g, (hex) =>
              Buffer.from(hex.replace(/=/g, ''), 'hex').toString('utf8'),
            )
        : body
  return `${head}\n\n${text}`
}

/** Messages the test SMTP server received for `address`, decoded. */
function mailTo(address: string): string[] {
  const dir = path.join(dataDir, 'mail')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => decodeMail(readFileSync(path.join(dir, name), 'utf8')))
    .filter((text) => text.includes(address))
}

describe.skipIf(!built)('a complaint, from a phone to the admin and back', () => {
  it('is filed in Arabic with a photo, handled by the district, followed by the citizen', async () => {
    const email = `journey-${Date.now()}@example.ma`
    const page = await phonePage()
    await page.goto(siteUrl('anfa', '/ar/e-services/complaint/'))
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    // The district is preselected on its own site.
    expect(await page.inputValue('#f-site')).toBe('anfa')
    await page.selectOption('#f-category', 'roads')
    await page.fill(
      '#f-description',
      'حفرة كبيرة في الطريق أمام مدرسة الأمل منذ أسبوعين، وهي خطيرة على التلاميذ.',
    )
    await page.fill('#f-address', 'زنقة ابن بطوطة، قرب مدرسة الأمل')
    await page.setInputFiles('#f-files', photoFile)
    await page.fill('#f-email', email)
    await page.check('#f-consent')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/ar\/e-services\/complaint\/received\//, { timeout: 60_000 })
    const code = (await page.textContent('[data-tracking-code]'))!.trim()
    expect(code).toMatch(/^ANF-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    expect(await page.textContent('main')).toContain('مقاطعة أنفا')
    expect(await hasHorizontalScroll(page)).toBe(false)

    // Staff of Anfa change its status in the admin, with a reply to the citizen.
    const [stored] = await storedByCode(code)
    expect(stored).toBeTruthy()
    const staff = await openBrowser({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
    try {
      const admin = await staff.newPage()
      const publisher = Object.entries(accounts()).find(
        ([, a]) => a.role === 'district-publisher' && a.sites.includes('anfa'),
      )!
      await admin.goto(`${cms}/admin/login`)
      await admin.locator('#field-email').fill(publisher[0])
      await admin.locator('#field-password').fill(publisher[1].password)
      await admin.locator('button[type="submit"]').click()
      await admin.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      await admin.goto(`${cms}/admin/collections/submissions/${stored.id}`)
      // The status select (react-select) opens once the form is hydrated: click until it does.
      const statusField = admin.locator('#field-status')
      await statusField.waitFor({ state: 'visible', timeout: 60_000 })
      const option = admin.locator('.rs__option', {
        hasText: /En traitement|قيد المعالجة|In progress/,
      })
      await expect
        .poll(
          async () => {
            if ((await option.count()) === 0)
              await statusField
                .locator('.rs__control')
                .click({ timeout: 5_000 })
                .catch(() => {})
            return option.count()
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toBeGreaterThan(0)
      await option.first().click()
      await admin
        .locator('#field-reply')
        .fill('تمت برمجة إصلاح الحفرة هذا الأسبوع. شكرا على تنبيهكم.')
      await admin.locator('#action-save').click()
      await expect
        .poll(async () => (await storedByCode(code))[0]?.status, { timeout: 30_000 })
        .toBe('in-progress')
    } finally {
      await staff.dispose()
    }

    // The citizen follows it on the tracking page.
    await page.goto(siteUrl('anfa', `/ar/e-services/track/?code=${code}`))
    expect(await page.inputValue('#t-code')).toBe(code)
    await page.fill('#t-contact', email)
    await page.click('.track button[type=submit]')
    await page.waitForSelector('[data-status]')
    expect(await page.getAttribute('[data-status]', 'data-status')).toBe('in-progress')
    const result = (await page.textContent('.result'))!
    expect(result).toContain(t('ar', 'forms.status.in-progress'))
    expect(result).toContain('تمت برمجة إصلاح الحفرة هذا الأسبوع')
    expect(result).not.toContain(email)

    // Both mails arrived: the acknowledgement and the status change, with the code.
    await expect.poll(() => mailTo(email).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    expect(mailTo(email).every((mail) => mail.includes(code))).toBe(true)
    // Each links to the tracking page, the code filled in.
    expect(mailTo(email).every((mail) => mail.includes(`/ar/e-services/track/?code=${code}`))).toBe(
      true,
    )
  })

  it('works with JavaScript off: a plain POST, the errors beside the fields, then the receipt', async () => {
    const page = await phonePage(false)
    await page.goto(siteUrl('anfa', '/fr/e-services/access-to-info/'))
    await page.fill('#f-information', 'Les procès-verbaux du conseil de 2025.')
    await page.fill('#f-name', 'Hind Berrada')
    await page.fill('#f-email', 'pas-une-adresse')
    await page.check('#f-consent')
    // People take more than the two seconds a form must be open without proof of work.
    await page.waitForTimeout(2_100)
    await page.click('button[type=submit]')
    await page.waitForSelector('#f-email-error')
    expect(await page.textContent('#f-email-error')).toBe(plain(t('fr', 'forms.error.email.email')))
    expect(await page.textContent('#f-answerForm-error')).toBe(
      t('fr', 'forms.error.answerForm.required'),
    )
    // Nothing typed is lost.
    expect(await page.inputValue('#f-information')).toBe('Les procès-verbaux du conseil de 2025.')
    expect(await page.isChecked('#f-consent')).toBe(true)
    await page.fill('#f-email', 'hind@example.ma')
    await page.selectOption('#f-answerForm', 'email')
    await page.click('button[type=submit]')
    await page.waitForURL(/\/fr\/e-services\/access-to-info\/received\//)
    expect(await page.textContent('[data-tracking-code]')).toMatch(/ANF-/)
    // 20 working days under law 31-13: a due date is shown.
    expect(await page.textContent('main')).toContain('jusqu’au')
  })

  it('checks fields as they are left, with JavaScript, in the citizen’s language', async () => {
    const page = await phonePage()
    await page.goto(siteUrl('anfa', '/fr/e-services/correspondence/'))
    await page.fill('#f-email', 'pas-une-adresse')
    await page.press('#f-email', 'Tab')
    await page.waitForSelector('#f-email-error')
    expect(await page.textContent('#f-email-error')).toBe(plain(t('fr', 'forms.error.email.email')))
    expect(await page.getAttribute('#f-email', 'aria-invalid')).toBe('true')
    // Sending with required fields empty stays on the page: a summary linking to each.
    await page.click('button[type=submit]')
    await page.waitForSelector('[data-summary] a[href="#f-subject"]')
    expect(page.url()).toMatch(/\/fr\/e-services\/correspondence\/$/)
    expect(await page.textContent('#f-subject-error')).toBe(t('fr', 'forms.error.subject.required'))
    // Fixed, the error goes.
    await page.fill('#f-email', 'nadia@example.ma')
    await page.press('#f-email', 'Tab')
    await expect.poll(() => page.locator('#f-email-error').count(), { timeout: 30_000 }).toBe(0)
  })

  it.each([
    ['ar', 'complaint'],
    ['fr', 'correspondence'],
    ['ar', 'track'],
    ['fr', 'urbanism-info'],
  ])('passes axe at 360 px: %s %s', async (locale, form) => {
    const page = await phonePage()
    await page.goto(siteUrl('anfa', `/${locale}/e-services/${form}/`))
    expect(await page.locator('h1').count()).toBe(1)
    expect(await hasHorizontalScroll(page)).toBe(false)
    expect(await axeViolations(page)).toEqual([])
  })
})
