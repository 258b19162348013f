/**
 * The Arabic core font (scripts/lib/font-subset.ts) draws the commune's Arabic exactly as the
 * whole Noto Sans Arabic file does, in Chromium: joined letters, lam-alef, harakat, digits,
 * punctuation and the Moroccan letters, pixel for pixel. A letter it leaves out is drawn by
 * another font, which the same comparison sees.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  arabicCore,
  arabicCoreFile,
  arabicSource,
  unicodeRange,
} from '../../scripts/lib/font-subset.ts'
import { openBrowser } from '../../tests/support/browser.ts'

const sample = [
  'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
  'تُعلن جماعة الدار البيضاء عن فتح باب الترشيح؛ الآجال: ١٥ يوماً، والنسبة ٢٥٪.',
  'هل تريدون المساعدة؟ لا، شكراً. مقاطعة ٱلمعاريف ـــ ڭراج ڤيلا پ چ گ ک ی ۔',
].join('\n')

let browser: Awaited<ReturnType<typeof openBrowser>>
let page: Page

/** A face from a file; with `range`, only for those characters (as fonts.css declares them). */
const face = (name: string, file: string, range?: string) =>
  `@font-face { font-family: '${name}'; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2');${range ? ` unicode-range: ${range};` : ''} }`

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 900, height: 600 } })
  page = await browser.newPage()
  await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><head><style>
    ${face('Core', arabicCoreFile(), unicodeRange(arabicCore))}
    ${face('Whole', arabicSource(), unicodeRange(arabicCore))}
    ${face('Core bare', arabicCoreFile())}
    ${face('Whole bare', arabicSource())}
    p { font-size: 28px; line-height: 1.8; white-space: pre-line; margin: 0; width: 860px;
        font-family: var(--font), 'DejaVu Sans', serif; }
  </style></head><body><p id="text"></p></body></html>`)
  await page.evaluate(async () => {
    const families = ['Core', 'Whole', 'Core bare', 'Whole bare']
    await Promise.all(families.map((family) => document.fonts.load(`28px '${family}'`, 'ب')))
  })
})

afterAll(async () => {
  await browser?.dispose()
})

/** A screenshot of `text` drawn in `font` (falling back to a system font where it has no glyph). */
async function drawn(
  text: string,
  font: 'Core' | 'Whole' | 'Core bare' | 'Whole bare',
): Promise<Buffer> {
  await page.evaluate(
    ([value, family]) => {
      const p = document.getElementById('text')!
      p.textContent = value!
      p.style.setProperty('--font', `'${family}'`)
    },
    [text, font],
  )
  return page.locator('#text').screenshot()
}

describe('the Arabic core font', () => {
  it('loads, as the whole file does, and is much smaller', async () => {
    const status = await page.evaluate(() =>
      [...document.fonts].map((f) => `${f.family.replace(/"/g, '')}: ${f.status}`),
    )
    expect(status.sort()).toEqual([
      'Core bare: loaded',
      'Core: loaded',
      'Whole bare: loaded',
      'Whole: loaded',
    ])
    const core = readFileSync(arabicCoreFile()).length
    const whole = readFileSync(arabicSource()).length
    expect(core).toBeLessThan(whole / 3)
  })

  // Declared for the core's characters, as on the sites: spaces and Latin come from elsewhere.
  it('draws Moroccan Arabic exactly as the whole font does', async () => {
    expect((await drawn(sample, 'Core')).equals(await drawn(sample, 'Whole'))).toBe(true)
  })

  it('does not draw a letter it left out (so the comparison above can tell)', async () => {
    // Urdu's noon ghunna: in the whole file, not in the core.
    const urdu = 'پاکستاں'
    expect((await drawn(urdu, 'Core bare')).equals(await drawn(urdu, 'Whole bare'))).toBe(false)
  })
})
