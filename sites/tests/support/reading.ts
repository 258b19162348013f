/**
 * What every e2e file over the built sites shares: one phone-sized Chromium page on the
 * static server for the whole file, the first built entry of a folder, and the check every
 * reading page must pass (status, lang/dir, one h1, no sideways scroll at 360 px, no axe
 * violation of WCAG 2.2 AA).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { axeViolations } from './axe.ts'
import { hasHorizontalScroll, launchBrowser, newPhonePage } from './browser.ts'
import { siteDir } from './dist.ts'
import { ensureSitesServer, siteUrl } from './server.ts'

/** Registers the file's browser and server; `page()` is valid inside tests. */
export function usePhonePage(): () => Page {
  let browser: Browser
  let page: Page
  let stopServer: () => Promise<void>
  beforeAll(async () => {
    stopServer = await ensureSitesServer()
    browser = await launchBrowser()
    page = (await newPhonePage(browser)).page
  })
  afterAll(async () => {
    await browser?.close()
    await stopServer?.()
  })
  return () => page
}

/** First built folder under `fr/<folder>` of a site (sorted), skipping `exclude`. */
export function firstBuilt(
  slug: string,
  folder: string,
  exclude: string[] = [],
  /** Other languages the page must exist in too (an item's page exists only in its languages). */
  alsoIn: string[] = [],
): string | null {
  const dir = join(siteDir(slug), 'fr', folder)
  if (!existsSync(dir)) return null
  return (
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !exclude.includes(d.name))
      .filter((d) =>
        alsoIn.every((locale) =>
          existsSync(join(siteDir(slug), locale, folder, d.name, 'index.html')),
        ),
      )
      .map((d) => d.name)
      .sort()[0] ?? null
  )
}

/** Opens `/<locale>/<suffix>` of a site and checks what every reading page must be. */
export async function expectReadable(
  page: Page,
  slug: string,
  locale: 'ar' | 'fr',
  suffix: string,
) {
  const response = await page.goto(siteUrl(slug, `/${locale}/${suffix}`))
  expect(response?.status()).toBe(200)
  expect(await page.getAttribute('html', 'lang')).toBe(locale)
  expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
  expect(await page.locator('h1').count()).toBe(1)
  expect(await hasHorizontalScroll(page)).toBe(false)
  expect(await axeViolations(page)).toEqual([])
}
