/**
 * The Pagefind index of a release (`<site>/pagefind/`), one index per language as Pagefind keeps
 * them. Pagefind cannot update or delete pages in an index, but its languages are independent:
 * an index built from one language's pages alone has the same files (same hashes) as the same
 * language in an index of all of them. So a publish rebuilds only the languages whose indexed
 * pages changed, from the release's own pages, and keeps the other languages' files. Only the
 * reading pages marked `data-pagefind-body` are indexed (see `search` in Base.astro).
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import * as pagefind from 'pagefind'

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

interface Entry {
  version: string
  languages: Record<string, { hash: string; wasm: string; page_count: number }>
  include_characters?: string[]
}

/** Whether a rendered page is one the index takes (its content marked for search). */
export const indexable = (html: Buffer | string) => html.includes('data-pagefind-body')

/** The language files of `language` in a pagefind folder (meta, fragments, index, filters, wasm). */
function languageFile(file: string, language: string): boolean {
  const name = file.split('/').at(-1)!
  return (
    name.startsWith(`pagefind.${language}_`) ||
    name.startsWith(`${language}_`) ||
    name === `wasm.${language}.pagefind`
  )
}

const allFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))

// The Pagefind binary runs as one service per process; it is stopped when no index is open.
let open = 0

/** Builds one language's index from its pages into `outputPath`. */
async function buildLanguage(
  siteDir: string,
  files: string[],
  outputPath: string,
  slug: string,
  language: string,
): Promise<void> {
  const fail = (what: string, errors: string[]) =>
    new Error(
      `search index of site ${slug}, language ${language}: ${what} failed: ${errors.join('; ')}`,
    )
  open++
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw fail('createIndex', errors)
    try {
      // Sorted: the same pages in the same order make the same files.
      for (const file of [...files].sort()) {
        const added = await index.addHTMLFile({
          url: `/${file.replace(/index\.html$/, '')}`,
          content: readFileSync(join(siteDir, file), 'utf8'),
        })
        if (added.errors.length) throw fail(`adding ${file}`, added.errors)
      }
      const written = await index.writeFiles({ outputPath })
      if (written.errors.length) throw fail('writeFiles', written.errors)
    } finally {
      await index.deleteIndex()
    }
  } finally {
    if (--open === 0) await pagefind.close()
  }
}

export interface IndexResult {
  /** Indexed pages, all languages together. */
  pages: number
  languages: string[]
  rebuilt: string[]
}

/**
 * Writes `<siteDir>/pagefind/`: the languages in `rebuild` from their pages (`pages`: language →
 * indexed files of the release), the others linked from `previous` (the live release's pagefind
 * folder). With no previous index, every language is built.
 */
export async function writeIndex(options: {
  siteDir: string
  slug: string
  pages: Map<string, string[]>
  rebuild: Set<string> | 'all'
  previous?: string | null
}): Promise<IndexResult> {
  const { siteDir, slug, pages } = options
  const output = join(siteDir, 'pagefind')
  const previousEntry: Entry | null = (() => {
    if (!options.previous) return null
    try {
      return JSON.parse(readFileSync(join(options.previous, 'pagefind-entry.json'), 'utf8'))
    } catch {
      return null
    }
  })()
  const rebuild =
    options.rebuild === 'all' || !previousEntry ? new Set(pages.keys()) : options.rebuild
  rmSync(output, { recursive: true, force: true })
  mkdirSync(output, { recursive: true })
  const entry: Entry = { version: '', languages: {} }
  const temp = join(dirname(siteDir), `.pagefind-${process.pid}`)
  const kept: string[] = []
  for (const language of [...pages.keys()].sort()) {
    const files = pages.get(language)!
    if (!files.length) continue
    if (rebuild.has(language)) {
      const dir = join(temp, language)
      rmSync(dir, { recursive: true, force: true })
      await buildLanguage(siteDir, files, dir, slug, language)
      const built = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry
      entry.version = built.version
      entry.include_characters = built.include_characters
      Object.assign(entry.languages, built.languages)
      for (const file of allFiles(dir)) {
        if (file === 'pagefind-entry.json' || unusedUi.includes(file)) continue
        const target = join(output, file)
        mkdirSync(dirname(target), { recursive: true })
        // Shared files (pagefind.js, the fallback wasm) are the same for every language.
        rmSync(target, { force: true })
        linkSync(join(dir, file), target)
      }
    } else if (previousEntry?.languages[language]) {
      entry.languages[language] = previousEntry.languages[language]
      entry.version ||= previousEntry.version
      entry.include_characters ??= previousEntry.include_characters
      kept.push(language)
    }
  }
  // The kept languages' files, and the files every language shares, from the previous index.
  if (kept.length) {
    const known = Object.keys(previousEntry!.languages)
    for (const file of allFiles(options.previous!)) {
      if (file === 'pagefind-entry.json') continue
      const owner = known.find((language) => languageFile(file, language))
      const target = join(output, file)
      if (owner ? !kept.includes(owner) : existsSync(target)) continue
      mkdirSync(dirname(target), { recursive: true })
      linkSync(join(options.previous!, file), target)
    }
  }
  rmSync(temp, { recursive: true, force: true })
  const languages = Object.keys(entry.languages).sort()
  const sorted: Entry = {
    version: entry.version,
    languages: Object.fromEntries(languages.map((l) => [l, entry.languages[l]!])),
    ...(entry.include_characters ? { include_characters: entry.include_characters } : {}),
  }
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(sorted))
  return {
    pages: languages.reduce((sum, l) => sum + entry.languages[l]!.page_count, 0),
    languages,
    rebuilt: [...rebuild].filter((l) => pages.get(l)?.length).sort(),
  }
}
