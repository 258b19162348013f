import { docsA } from './library-a.ts'
import { docsB } from './library-b.ts'
import { docsC } from './library-c.ts'
import { docsD } from './library-d.ts'
import { docsE } from './library-e.ts'
import { docsF } from './library-f.ts'
import { docsG } from './library-g.ts'
import type { LibraryDocSeed } from './types.ts'

/**
 * The documents library: the central portal's master plan, legal texts, reports, council
 * decisions and forms, then at least one document per arrondissement. The legal texts are real
 * (their dahir and date of promulgation); every generated PDF is marked as a demonstration.
 */
export const libraryDocs: LibraryDocSeed[] = [
  ...docsA,
  ...docsB,
  ...docsC,
  ...docsD,
  ...docsE,
  ...docsF,
  ...docsG,
]
