import type { Page } from 'playwright-core'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../../../../tests/support/browser.ts'
import { accountOf, accounts, call, cms, jwt, signIn, submit } from '../../test/stack.ts'

/**
 * The submissions seen by staff in the real admin, in Chromium, against the test stack: the
 * dashboard's figures and overdue list for their own sites only, the overdue badge in the
 * list, the attachments and the export link on a submission — in French and in Arabic.
 */

let payload: Payload
let browser: Awaited<ReturnType<typeof openBrowser>>
let overdue: { id: string; code: string }

async function login(page: Page, email: string) {
  await page.context().clearCookies()
  await page.goto(`${cms}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(accounts[email]!.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}

beforeAll(async () => {
  await signIn()
  const { getBawabaPayload } = await import('../../lib/payload.ts')
  payload = await getBawabaPayload()
  const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } })
    .jpeg()
    .toBuffer()
  const { json } = await submit({
    files: [{ name: 'trottoir.jpg', data: photo.toString('base64') }],
  })
  const found = await call(
    'GET',
    `/api/submissions?where[trackingCode][equals]=${json.code}&depth=0`,
    jwt('admin'),
  )
  overdue = { id: found.json.docs[0].id, code: json.code }
  // Nobody can set a due date through the API: five days late, made on the database.
  await payload.db.updateOne({
    collection: 'submissions',
    id: overdue.id,
    data: { dueAt: new Date(Date.now() - 5 * 86_400_000).toISOString() },
    returning: false,
  })
  browser = await openBrowser({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.dispose()
  await payload?.destroy()
})

describe('submissions in the admin', () => {
  it('the dashboard lists the site’s overdue submission, linked, with figures per status and site', async () => {
    const page = await browser.newPage()
    await login(page, accountOf('district-publisher', 'anfa'))
    await page.goto(`${cms}/admin`)
    const section = page.locator('section[aria-labelledby="submissions-dashboard"]')
    await expect
      .poll(() => section.locator('h2').textContent(), { timeout: 30_000 })
      .toBe('Demandes et réclamations')
    const link = section.locator(`a[href$="/collections/submissions/${overdue.id}"]`)
    expect(await link.textContent()).toBe(overdue.code)
    expect(await section.textContent()).toContain('Délai médian de résolution')
    expect(await section.locator('caption').allTextContents()).toEqual(['Par statut', 'Par site'])
    await page.close()
  })

  it('another district’s dashboard does not show it', async () => {
    const page = await browser.newPage()
    await login(page, accountOf('district-publisher', 'maarif'))
    await page.goto(`${cms}/admin`)
    const section = page.locator('section[aria-labelledby="submissions-dashboard"]')
    await section.waitFor()
    expect(await section.textContent()).not.toContain(overdue.code)
    await page.close()
  })

  it('the list marks it overdue, and its page shows the attachment and the export link', async () => {
    const page = await browser.newPage()
    await login(page, accountOf('district-editor', 'anfa'))
    await page.goto(`${cms}/admin/collections/submissions?search=${overdue.code}`)
    const row = page.locator('tbody tr', { hasText: overdue.code })
    await expect
      .poll(() => row.locator('[data-overdue]').textContent(), { timeout: 30_000 })
      .toBe('En retard')
    await page.goto(`${cms}/admin/collections/submissions/${overdue.id}`)
    const exportLink = page.getByRole('link', { name: 'Exporter toute la demande (JSON)' })
    await exportLink.waitFor()
    expect(await exportLink.getAttribute('href')).toMatch(
      new RegExp(`/api/submissions/${overdue.id}/export$`),
    )
    // The attachment's row loads after the form (a relationship fetch): give it the time the
    // export link had, not expect.poll's one-second default.
    await expect
      .poll(() => page.getByText('trottoir.jpg').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await page.close()
  })

  it('speaks Arabic to Arabic-speaking staff', async () => {
    const arabic = await openBrowser({ locale: 'ar-MA', viewport: { width: 1280, height: 900 } })
    try {
      const page = await arabic.newPage()
      await login(page, accountOf('district-publisher', 'anfa'))
      await page.goto(`${cms}/admin`)
      const section = page.locator('section[aria-labelledby="submissions-dashboard"]')
      await expect
        .poll(() => section.locator('h2').textContent(), { timeout: 30_000 })
        .toBe('الطلبات والشكايات')
      await page.goto(`${cms}/admin/collections/submissions?search=${overdue.code}`)
      const row = page.locator('tbody tr', { hasText: overdue.code })
      await expect
        .poll(() => row.locator('[data-overdue]').textContent(), { timeout: 30_000 })
        .toBe('متأخر')
    } finally {
      await arabic.dispose()
    }
  })
})
