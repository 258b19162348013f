/**
 * The Pagefind index of a release (`<site>/pagefind/`), one index per language as Pagefind keeps
 * them. Pagefind cannot update or delete pages in an index, but its languages are independent: an
 * index built from one language's pages alone has the same files (same hashes) as the same
 * language in an index of all of them. So a publish rebuilds only the languages whose indexed
 * pages changed, from the release's own pages, and keeps the other languages' files.
 *
 * Rebuilding a language takes seconds at city scale (measured: docs/measurements.md), more than
 * a publish may wait, so a publish indexes after its pages went live: the new language's files
 * (content-hashed names, next to the old ones) are added to the live release's index, then
 * `pagefind-entry.json` — the one file that names them — is replaced in one rename, then the old
 * language's files go. Until then, search answers from the previous index. A full build indexes
 * before going live. Only reading pages marked `data-pagefind-body` are indexed (Base.astro).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as pagefind from 'pagefind'
import { writeAtomically } from './assets.ts'
import { place } from './links.ts'

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

interface LanguageEntry {
  hash: string
  wasm: string
  page_count: number
}

/** What a release's index is made of, kept in its manifest. */
export interface SearchIndex {
  version: string
  include_characters?: string[]
  /** Per language: its entry and its files (relative to `pagefind/`). */
  languages: Record<string, { entry: LanguageEntry; files: string[] }>
  /** Files every language uses (pagefind.js, its worker, the fallback wasm). */
  shared: string[]
}

export const emptyIndex = (): SearchIndex => ({ version: '', languages: {}, shared: [] })

/** Whether a rendered page is one the index takes (its content marked for search). */
export const indexable = (html: Buffer | string) => html.includes('data-pagefind-body')

/** Whether a file of a pagefind folder belongs to `language` (meta, fragments, index, filters, wasm). */
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

// The Pagefind binary runs as one service per process (starting it costs ~70 ms); it is stopped
// once no index is being built.
let open = 0
async function withService<T>(work: () => Promise<T>): Promise<T> {
  open++
  try {
    return await work()
  } finally {
    if (--open === 0) await pagefind.close()
  }
}

/** Builds one language's index from its pages (files of `siteDir`) into `outputPath`. */
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
}

const entryOf = (index: SearchIndex) => ({
  version: index.version,
  languages: Object.fromEntries(
    Object.keys(index.languages)
      .sort()
      .map((language) => [language, index.languages[language]!.entry]),
  ),
  ...(index.include_characters ? { include_characters: index.include_characters } : {}),
})

/** Writes `pagefind-entry.json`, the index's root, in one rename. */
export function writeEntry(pagefindDir: string, index: SearchIndex): void {
  writeAtomically(join(pagefindDir, 'pagefind-entry.json'), JSON.stringify(entryOf(index)))
}

/** Links the files of `index` from another release's pagefind folder. */
export function linkIndex(from: string, to: string, index: SearchIndex): void {
  const files = [...index.shared, ...Object.values(index.languages).flatMap((l) => l.files)]
  for (const file of files) place(join(from, file), join(to, file))
}

/**
 * Builds `languages` from their pages (`pages`: language → indexed files of the release) into
 * `pagefindDir`, next to what is there; returns the index with them in it (languages without
 * pages left out). The entry file is not written: the caller decides when the index changes.
 */
export function buildLanguages(options: {
  siteDir: string
  slug: string
  pages: Map<string, string[]>
  languages: Iterable<string>
  base: SearchIndex
}): Promise<SearchIndex> {
  return withService(() => buildEach(options))
}

async function buildEach(options: Parameters<typeof buildLanguages>[0]): Promise<SearchIndex> {
  const { siteDir, slug, pages, base } = options
  const pagefindDir = join(siteDir, 'pagefind')
  const index: SearchIndex = {
    ...base,
    languages: { ...base.languages },
    shared: [...base.shared],
  }
  const temp = join(dirname(siteDir), `.pagefind-${process.pid}`)
  for (const language of [...new Set(options.languages)].sort()) {
    const files = pages.get(language) ?? []
    delete index.languages[language]
    if (!files.length) continue
    const dir = join(temp, language)
    rmSync(dir, { recursive: true, force: true })
    await buildLanguage(siteDir, files, dir, slug, language)
    const built = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
      version: string
      include_characters?: string[]
      languages: Record<string, LanguageEntry>
    }
    const own: string[] = []
    for (const file of allFiles(dir)) {
      if (file === 'pagefind-entry.json' || unusedUi.includes(file)) continue
      const target = join(pagefindDir, file)
      if (languageFile(file, language)) own.push(file)
      else if (!index.shared.includes(file)) index.shared.push(file)
      // Content-hashed names: a file already there is the same file.
      if (!existsSync(target)) place(join(dir, file), target)
    }
    index.version = built.version
    index.include_characters = built.include_characters
    index.languages[language] = { entry: built.languages[language]!, files: own.sort() }
  }
  index.shared.sort()
  rmSync(temp, { recursive: true, force: true })
  return index
}

/** Removes the files of `before` that `after` no longer names. */
export function removeStale(pagefindDir: string, before: SearchIndex, after: SearchIndex): void {
  const keep = new Set([...after.shared, ...Object.values(after.languages).flatMap((l) => l.files)])
  for (const file of [...before.shared, ...Object.values(before.languages).flatMap((l) => l.files)])
    if (!keep.has(file)) rmSync(join(pagefindDir, file), { force: true })
}

/** Indexed pages, all languages together. */
export const indexedPages = (index: SearchIndex) =>
  Object.values(index.languages).reduce((sum, l) => sum + l.entry.page_count, 0)
