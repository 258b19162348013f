import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  arabicAll,
  arabicCore,
  arabicCoreFile,
  arabicRest,
  codePoints,
  subsetArabic,
  unicodeRange,
} from './font-subset.ts'

const css = readFileSync(
  path.resolve(import.meta.dirname, '../../sites/src/styles/fonts.css'),
  'utf8',
)
/** Each @font-face of fonts.css: its source and its unicode-range, whitespace collapsed. */
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
  src: /src:\s*url\('([^']+)'\)/.exec(body!)?.[1],
  range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1]!.replace(/\s+/g, ' ').trim(),
}))

describe('the Arabic core font', () => {
  it('is what npm run fonts:subset makes from the installed font (run it after an upgrade)', async () => {
    expect((await subsetArabic()).equals(readFileSync(arabicCoreFile))).toBe(true)
  })

  it('is declared in fonts.css for its characters, the whole file for the rest', () => {
    expect(faces).toContainEqual({
      src: './fonts/noto-sans-arabic-core-400-normal.woff2',
      range: unicodeRange(arabicCore),
    })
    expect(faces).toContainEqual({
      src: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
      range: unicodeRange(arabicRest),
    })
  })

  it('splits the whole range between the two, with nothing dropped or twice', () => {
    const split = [...codePoints(arabicCore), ...codePoints(arabicRest)].sort((a, b) => a - b)
    expect(split).toEqual(codePoints(arabicAll))
    expect(
      unicodeRange([
        [0x60c, 0x60c],
        [0x621, 0x65f],
      ]),
    ).toBe('U+60C, U+621-65F')
  })
})
