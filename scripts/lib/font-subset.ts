// subset-font has no types of its own; its declaration is read wherever this file is compiled.
/// <reference path="./subset-font.d.ts" />
/**
 * The Arabic font, cut down to the letters Moroccan Arabic text uses. Noto Sans Arabic's
 * Arabic file (48.8 KB) also draws Persian, Urdu, Sindhi and Quranic letters and two blocks of
 * presentation forms; a page of the commune's Arabic needs a fifth of it. The sites load this
 * core first, and the whole file only for a character outside it (fonts.css gives each its
 * unicode-range): a pasted PDF's presentation forms, a Persian name.
 *
 * Harfbuzz's subsetter (subset-font) keeps what shaping needs for the kept characters: their
 * initial, medial and final forms, the lam-alef ligatures, the marks' positions. The committed
 * file is what `npm run fonts:subset` makes from the installed @fontsource package; a unit test
 * checks it still is, and a browser test that it draws text exactly as the whole font does.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { localeInfo } from '@bawaba/registry'
import subsetFont from 'subset-font'

type Range = readonly [from: number, to: number]

/** The characters of the core file. */
export const arabicCore: readonly Range[] = [
  [0x060c, 0x060c], // comma
  [0x061b, 0x061f], // semicolon, question mark and the marks between
  [0x0621, 0x065f], // the letters, tatweel, the harakat and the other combining marks
  [0x0660, 0x066d], // Arabic-Indic digits, percent, decimal and thousands separators
  [0x0670, 0x0671], // superscript alef, alef wasla
  [0x067e, 0x067e], // peh (loanwords: پ)
  [0x0686, 0x0686], // tcheh (چ)
  [0x06a4, 0x06a4], // veh, Moroccan v (ڤ)
  [0x06a9, 0x06a9], // keheh (ک)
  [0x06ad, 0x06ad], // ng, Moroccan g (ڭ)
  [0x06af, 0x06af], // gaf (گ)
  [0x06cc, 0x06cc], // farsi yeh (ی)
  [0x06d4, 0x06d4], // full stop
]

/** Everything the whole Arabic file covers (its @fontsource unicode-range). */
export const arabicAll: readonly Range[] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x088e],
  [0x0890, 0x0891],
  [0x0897, 0x08e1],
  [0x08e3, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfe74],
  [0xfe76, 0xfefc],
]

export const codePoints = (ranges: readonly Range[]) =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))

function toRanges(points: number[]): Range[] {
  const ranges: [number, number][] = []
  for (const point of [...points].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && point === last[1] + 1) last[1] = point
    else ranges.push([point, point])
  }
  return ranges
}

/** What the whole file is still loaded for: the rest of its range. */
const core = new Set(codePoints(arabicCore))
export const arabicRest: readonly Range[] = toRanges(
  codePoints(arabicAll).filter((point) => !core.has(point)),
)

/** A CSS unicode-range value: `U+60C, U+61B-61F, …`. */
export function unicodeRange(ranges: readonly Range[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase()
  return ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(', ')
}

const require = createRequire(import.meta.url)

/**
 * The two Arabic weights the sites load: regular for text, bold for headings and labels (a
 * browser's synthetic bold smears Arabic joins; headings need the real face).
 */
export const arabicWeights = [400, 700] as const
export type ArabicWeight = (typeof arabicWeights)[number]

/** The installed whole Arabic file of a weight. */
export const arabicSource = (weight: ArabicWeight = 400) =>
  require.resolve(
    `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`,
  )

const fontsDir = path.resolve(import.meta.dirname, '../../sites/src/styles/fonts')

/** Where the core file of a weight lives, next to the stylesheet that loads it. */
export const arabicCoreFile = (weight: ArabicWeight = 400) =>
  path.join(fontsDir, `noto-sans-arabic-core-${weight}-normal.woff2`)

/** The core file of a weight, made from the installed whole one. */
export async function subsetArabic(weight: ArabicWeight = 400): Promise<Buffer> {
  const text = String.fromCodePoint(...codePoints(arabicCore))
  return subsetFont(readFileSync(arabicSource(weight)), text, { targetFormat: 'woff2' })
}

/**
 * The Amazigh language's own name in the language switcher, on every page of every language:
 * a phone without a Tifinagh font would draw it as boxes. Only its letters are kept (under
 * 1 KB), so the stylesheet carries the file inline (Vite inlines assets under 4 KB) and it is
 * there on the first view, with no request and no wait. Pages in Amazigh load the whole face.
 */
export const tifinaghLabelText = localeInfo('zgh').label

export const tifinaghSource = () =>
  require.resolve('@fontsource/noto-sans-tifinagh/files/noto-sans-tifinagh-tifinagh-400-normal.woff2')

export const tifinaghLabelFile = path.join(fontsDir, 'noto-sans-tifinagh-label-400-normal.woff2')

export async function subsetTifinaghLabel(): Promise<Buffer> {
  return subsetFont(readFileSync(tifinaghSource()), tifinaghLabelText, { targetFormat: 'woff2' })
}
