/**
 * "Busy, try again" in Chromium, in Arabic and in French: a sites server of its own (the
 * built bundles, the test stack's CMS and intake) bounded to one form post at a time, whose
 * one place a stalled post holds, as a surge would. Without JavaScript the citizen gets the
 * form back filled with the message, posts it again once there is room, and gets a code;
 * with JavaScript the form says it will send again, and does so by itself after the delay the
 * server asked, with the same token: one submission, recorded once.
 */
import { readFileSync } from 'node:fs'
import { request, type ClientRequest } from 'node:http'
import path from 'node:path'
import { t } from '@bawaba/i18n'
import type { Locale } from '@bawaba/registry'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/processes.ts'
import { startSitesServer, type SitesServer } from '../../scripts/serve-sites.ts'
import { launchBrowser, phone } from './support/browser.ts'
import { siteDir } from './support/dist.ts'
import { storedByCode } from './support/forms.ts'

const dataDir = process.env.BAWABA_DATA_DIR!
const built = (() => {
  try {
    return readFileSync(path.join(siteDir('anfa'), 'index.html')).length > 0
  } catch {
    return false
  }
})()
const savedEnv = { ...process.env }
let server: SitesServer
let browser: Browser

beforeAll(async () => {
  const secrets = Object.fromEntries(
    readFileSync(path.join(dataDir, 'secrets.env'), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )
  // The bundles read these at request time: this process is their sites server.
  Object.assign(process.env, {
    FORMS_API_KEY: secrets.FORMS_API_KEY,
    FORMS_SECRET: secrets.FORMS_SECRET,
    EDGE_MAX_IN_FLIGHT: '1',
  })
  const port = await freePort(4700, 4799)
  process.env.SITES_PORT = String(port)
  server = await startSitesServer({ port, dist: process.env.BAWABA_DIST })
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
})

const url = (locale: Locale) =>
  `http://anfa.localhost:${server.port}/${locale}/e-services/complaint/`
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * Takes the server's one place with a post whose body never finishes; answers a function that
 * gives it back (the client goes away, as a stalled upload does).
 */
async function holdThePlace(): Promise<() => Promise<void>> {
  const req: ClientRequest = request({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: '/fr/e-services/complaint/',
    headers: {
      host: `anfa.localhost:${server.port}`,
      origin: `http://anfa.localhost:${server.port}`,
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': '100000',
    },
  })
  req.on('error', () => {})
  req.write('token=')
  for (let i = 0; i < 200 && server.admission.inFlight < 1; i++) await sleep(10)
  expect(server.admission.inFlight).toBe(1)
  return async () => {
    req.destroy()
    for (let i = 0; i < 200 && server.admission.inFlight > 0; i++) await sleep(10)
    expect(server.admission.inFlight).toBe(0)
  }
}

async function fill(page: Page, description: string) {
  await page.selectOption('#f-category', 'lighting')
  await page.fill('#f-description', description)
  await page.fill('#f-phone', '0612345678')
  await page.check('#f-consent')
}

const codeOf = async (page: Page) => (await page.textContent('[data-tracking-code]'))!.trim()

describe.skipIf(!built)('a form posted while the edge is full', () => {
  for (const locale of ['ar', 'fr'] as const) {
    it(`comes back filled, in ${locale}, without JavaScript, and goes through when posted again`, async () => {
      const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
      const page = await context.newPage()
      try {
        await page.goto(url(locale))
        const token = await page.inputValue('input[name=token]')
        const description = `${locale}: lampadaire éteint rue de la surge, depuis trois soirs.`
        await fill(page, description)
        // A form without proof of work must be two seconds old.
        await sleep(2_100)
        const release = await holdThePlace()
        const [refusal] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          page.click('button[type=submit]'),
        ])
        expect(refusal.status()).toBe(503)
        expect(Number(refusal.headers()['retry-after'])).toBeGreaterThanOrEqual(2)
        await page.waitForLoadState()
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        expect((await page.textContent('[data-rule="busy"]'))!.trim()).toBe(
          t(locale, 'forms.error.busy'),
        )
        // Everything typed is there, and the same token: posting again is the same submission.
        expect(await page.inputValue('#f-description')).toBe(description)
        expect(await page.inputValue('#f-phone')).toBe('0612345678')
        expect(await page.inputValue('#f-category')).toBe('lighting')
        expect(await page.isChecked('#f-consent')).toBe(true)
        expect(await page.inputValue('input[name=token]')).toBe(token)

        await release()
        await page.click('button[type=submit]')
        await page.waitForURL(/\/e-services\/complaint\/received\//, { timeout: 30_000 })
        const code = await codeOf(page)
        expect(code).toMatch(/^ANF-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
        const stored = await storedByCode(code)
        expect(stored).toHaveLength(1)
        expect(stored[0].complaint.description).toBe(description)
      } finally {
        await context.close()
      }
    }, 90_000)

    it(`says so in ${locale} with JavaScript, and sends the same form again by itself`, async () => {
      const context = await browser.newContext({ viewport: phone })
      const page = await context.newPage()
      const posts: string[] = []
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().includes('/e-services/complaint/'))
          posts.push(r.postData() ?? '')
      })
      try {
        await page.goto(url(locale))
        const token = await page.inputValue('input[name=token]')
        await fill(page, `${locale}: panne d’éclairage signalée pendant la surge, avec script.`)
        const release = await holdThePlace()
        let released = false
        try {
          await page.click('button[type=submit]')
          const retrying = page.locator('[data-summary] [data-rule="busy-retrying"]')
          await retrying.waitFor({ timeout: 60_000 })
          const seconds = /\d+/.exec((await retrying.textContent()) ?? '')?.[0]
          expect(await retrying.textContent()).toBe(
            t(locale, 'forms.error.busy-retrying', { seconds: seconds ?? '?' }),
          )
          // Nothing was stored for it, and the button waits with the form.
          expect(await page.isDisabled('button[type=submit]')).toBe(true)
          await release()
          released = true
        } finally {
          if (!released) await release()
        }
        await page.waitForURL(/\/e-services\/complaint\/received\//, { timeout: 30_000 })
        const code = await codeOf(page)
        expect(await storedByCode(code)).toHaveLength(1)
        // Two posts of the same form: the refused one and the one taken, with the same token.
        expect(posts).toHaveLength(2)
        for (const post of posts) expect(post).toContain(token)
      } finally {
        await context.close()
      }
    }, 120_000)
  }
})
