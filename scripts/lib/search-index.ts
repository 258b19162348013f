/**
 * The Pagefind index of one built site, written into `<siteDir>/pagefind/` and published with
 * it. Only the reading pages that mark their content with `data-pagefind-body` (articles,
 * events, content pages, procedures, heritage places: see `search` in Base.astro) are indexed;
 * Pagefind keeps one index per `<html lang>`, with Arabic and French stemming.
 *
 * Called after each site's Astro build (scripts/build-sites.ts, and the publishing pipeline on
 * each new release folder).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as pagefind from 'pagefind'
import { localeCodes } from '@bawaba/registry'

export interface IndexSiteOptions {
  /** The built site's folder (`dist/sites/<slug>` or a release folder). */
  siteDir: string
  /** The site's slug, to name it in errors. */
  slug: string
}

export interface IndexSiteResult {
  /** Pages indexed, all languages together. */
  pages: number
  /** The languages Pagefind made an index for (`ar`, `fr`, …). */
  languages: string[]
}

/** Pagefind's own UIs: the sites render results with `sites/src/scripts/search.ts` instead. */
const unusedUi = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

// The Pagefind binary runs as one service per process; it is stopped when no index is open.
let open = 0

export async function indexSite({ siteDir, slug }: IndexSiteOptions): Promise<IndexSiteResult> {
  const root = resolve(siteDir)
  const outputPath = join(root, 'pagefind')
  const fail = (what: string, errors: string[]) =>
    new Error(`search index of site ${slug} (${root}): ${what} failed: ${errors.join('; ')}`)
  open++
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw fail('createIndex', errors)
    try {
      const added = await index.addDirectory({
        path: root,
        glob: `{${localeCodes.join(',')}}/**/*.html`,
      })
      if (added.errors.length) throw fail('addDirectory', added.errors)
      rmSync(outputPath, { recursive: true, force: true })
      const written = await index.writeFiles({ outputPath })
      if (written.errors.length) throw fail('writeFiles', written.errors)
    } finally {
      await index.deleteIndex()
    }
  } finally {
    if (--open === 0) await pagefind.close()
  }
  for (const file of unusedUi) rmSync(join(outputPath, file), { force: true })
  const entryFile = join(outputPath, 'pagefind-entry.json')
  if (!existsSync(entryFile)) throw fail('writeFiles', ['no pagefind-entry.json was written'])
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  const languages = Object.keys(entry.languages).sort()
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)
  return { pages, languages }
}
