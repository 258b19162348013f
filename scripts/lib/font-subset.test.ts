import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  arabicAll,
  arabicCore,
  arabicCoreFile,
  arabicRest,
  arabicWeights,
  codePoints,
  subsetArabic,
  subsetTifinaghLabel,
  tifinaghLabelFile,
  tifinaghLabelText,
  unicodeRange,
} from './font-subset.ts'

const css = readFileSync(
  path.resolve(import.meta.dirname, '../../sites/src/styles/fonts.css'),
  'utf8',
)
/** Each @font-face of fonts.css: its source and its unicode-range, whitespace collapsed. */
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
  family: /font-family:\s*'([^']+)'/.exec(body!)?.[1],
  weight: Number(/font-weight:\s*(\d+)/.exec(body!)?.[1]),
  display: /font-display:\s*(\w+)/.exec(body!)?.[1],
  src: /src:\s*url\('([^']+)'\)/.exec(body!)?.[1],
  range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1]!.replace(/\s+/g, ' ').trim(),
}))
const face = ({ src, range }: { src?: string; range?: string }) => ({ src, range })

describe('the Arabic core font', () => {
  it.each(arabicWeights)(
    'is what npm run fonts:subset makes from the installed font, weight %i (run it after an upgrade)',
    async (weight) => {
      expect((await subsetArabic(weight)).equals(readFileSync(arabicCoreFile(weight)))).toBe(true)
    },
  )

  it.each(arabicWeights)(
    'is declared in fonts.css for its characters, the whole file for the rest, weight %i',
    (weight) => {
      const declared = faces.filter((f) => f.family === 'Bawaba Arabic' && f.weight === weight)
      expect(declared.map(face)).toEqual([
        {
          src: `./fonts/noto-sans-arabic-core-${weight}-normal.woff2`,
          range: unicodeRange(arabicCore),
        },
        {
          src: `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`,
          range: unicodeRange(arabicRest),
        },
      ])
    },
  )

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

describe('the Amazigh language name’s font', () => {
  it('is what npm run fonts:subset makes, small enough to be inlined in the stylesheet', async () => {
    const made = await subsetTifinaghLabel()
    expect(made.equals(readFileSync(tifinaghLabelFile))).toBe(true)
    // Vite inlines assets under 4 KB (build.assetsInlineLimit): no request on the first view.
    expect(made.length).toBeLessThan(4096)
    expect(tifinaghLabelText).toMatch(/^\p{Script=Tifinagh}+$/u)
  })

  it('blocks rather than draws boxes, as the whole Tifinagh face does', () => {
    const tifinagh = faces.filter((f) => f.family?.startsWith('Bawaba Tifinagh'))
    expect(tifinagh.map((f) => f.family).sort()).toEqual([
      'Bawaba Tifinagh',
      'Bawaba Tifinagh Label',
    ])
    for (const f of tifinagh) expect(f.display).toBe('block')
  })

  it('leaves Arabic pages without the Latin bold file (their Latin family has one weight)', () => {
    const text = faces.filter((f) => f.family === 'Bawaba Latin Text')
    expect(text.map((f) => f.weight)).toEqual([400])
  })
})
