/**
 * Headless Chromium for the e2e tests (and for looking at pages by hand): Debian's chromium,
 * a fresh profile, a 360 px phone viewport, nothing contacting the network but our server.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../../tests/support/browser.ts'

export const phone = { width: 360, height: 740 }

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  })
}

export async function newPhonePage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: phone, deviceScaleFactor: 1 })
  const page = await context.newPage()
  return { context, page }
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  )
}
