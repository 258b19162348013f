/**
 * `npm run fonts:subset`: remakes the Arabic core font (scripts/lib/font-subset.ts) from the
 * installed @fontsource package, after its version or the kept characters change, and prints
 * the unicode-ranges fonts.css must give the core and the whole file.
 */
import { statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  arabicCore,
  arabicCoreFile,
  arabicRest,
  arabicSource,
  subsetArabic,
  unicodeRange,
} from './lib/font-subset.ts'

const core = await subsetArabic()
writeFileSync(arabicCoreFile, core)
const file = path.relative(process.cwd(), arabicCoreFile)
console.log(`${file}: ${core.length} bytes (the whole file: ${statSync(arabicSource()).size})`)
console.log(`core unicode-range: ${unicodeRange(arabicCore)}`)
console.log(`whole file unicode-range: ${unicodeRange(arabicRest)}`)
