/**
 * Preview from the admin, in Chromium on the test stack: anfa's publisher opens a draft in
 * the admin (French content), clicks Preview, and a new tab shows that draft on anfa's site,
 * in French, under the "not published" banner.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { t } from '@bawaba/i18n'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accountOf, accounts, call, cms, jwt, signIn } from '../../cms/src/test/stack.ts'
import { openBrowser } from '../../tests/support/browser.ts'
import { siteDir } from './support/dist.ts'
import { ensureSitesServer, sitesPort } from './support/server.ts'

const built = existsSync(siteDir('anfa'))
const unique = randomBytes(4).toString('hex')
const titles = { ar: `مسودة في المتصفح ${unique}`, fr: `Brouillon vu dans le navigateur ${unique}` }
let id: string
let staff: Awaited<ReturnType<typeof openBrowser>>
let stopServer: () => Promise<void>

describe.skipIf(!built)('preview from the admin', () => {
  beforeAll(async () => {
    stopServer = await ensureSitesServer()
    await signIn()
    const sites = await call('GET', '/api/sites?where[slug][equals]=anfa&depth=0')
    const publisher = jwt('district-publisher', 'anfa')
    const created = await call('POST', '/api/news?draft=true&locale=ar', publisher, {
      title: titles.ar,
      slug: `browser-draft-${unique}`,
      site: sites.json.docs[0].id,
      category: 'announcement',
      _status: 'draft',
    })
    expect(created.status, created.text).toBe(201)
    id = String(created.json.doc.id)
    await call('PATCH', `/api/news/${id}?draft=true&locale=fr`, publisher, { title: titles.fr })
    staff = await openBrowser({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await staff?.dispose()
    await stopServer?.()
  })

  it('opens the draft on its site from the Preview button', async () => {
    const admin = await staff.newPage()
    const email = accountOf('district-publisher', 'anfa')
    await admin.goto(`${cms}/admin/login`)
    await admin.locator('#field-email').fill(email)
    await admin.locator('#field-password').fill(accounts[email]!.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })

    await admin.goto(`${cms}/admin/collections/news/${id}?locale=fr`)
    const button = admin.locator('#preview-button')
    await button.waitFor({ state: 'visible', timeout: 60_000 })
    const [tab] = await Promise.all([staff.waitForEvent('page'), button.click()])
    await tab.waitForLoadState('domcontentloaded')

    const url = new URL(tab.url())
    expect(url.origin).toBe(`http://anfa.localhost:${sitesPort}`)
    expect(url.pathname).toBe('/fr/preview/')
    await expect
      .poll(() => tab.locator('h1').textContent(), { timeout: 30_000 })
      .toContain(titles.fr)
    expect(await tab.locator('[data-preview-banner]').textContent()).toContain(
      t('fr', 'preview.banner'),
    )
    expect(await tab.locator('html').getAttribute('lang')).toBe('fr')
  })
})
