/**
 * `npm run fonts:subset`: remakes the cut-down fonts (scripts/lib/font-subset.ts) from the
 * installed @fontsource packages, after their version or the kept characters change: the
 * Arabic core in both weights and the Amazigh language name's letters. Prints the
 * unicode-ranges fonts.css must give the Arabic core and the whole Arabic files.
 */
import { statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  arabicCore,
  arabicCoreFile,
  arabicRest,
  arabicSource,
  arabicWeights,
  subsetArabic,
  subsetTifinaghLabel,
  tifinaghLabelFile,
  tifinaghSource,
  unicodeRange,
} from './lib/font-subset.ts'

const say = (file: string, bytes: number, whole: string) =>
  console.log(
    `${path.relative(process.cwd(), file)}: ${bytes} bytes (the whole file: ${statSync(whole).size})`,
  )

for (const weight of arabicWeights) {
  const core = await subsetArabic(weight)
  writeFileSync(arabicCoreFile(weight), core)
  say(arabicCoreFile(weight), core.length, arabicSource(weight))
}
const label = await subsetTifinaghLabel()
writeFileSync(tifinaghLabelFile, label)
say(tifinaghLabelFile, label.length, tifinaghSource())
console.log(`core unicode-range: ${unicodeRange(arabicCore)}`)
console.log(`whole file unicode-range: ${unicodeRange(arabicRest)}`)
