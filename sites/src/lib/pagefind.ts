/**
 * Pagefind, run on the server over a built site's own index files (`<site>/pagefind/`), so
 * that `/<locale>/search/?q=` answers without JavaScript, with the index and the ranking the
 * browser would use: the site's own `pagefind.js` (Pagefind ≥ 1.4 runs in Node), whose
 * requests for its files are answered from disk instead of over HTTP.
 *
 * Each index is loaded once per release, language and version of its entry file, then kept: a
 * new release (another folder) or a language re-indexed in place gets fresh instances, the old
 * ones are let go. `pagefind.js` is a browser module
 * that fetches its files and reads the page's `lang` from `document`; it is imported as its
 * own module instance with a two-line prologue giving it a `fetch` that reads files under its
 * folder (and nothing else), and a `document` saying the language to load.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface PagefindHit {
  /** Absolute when the hit comes from a merged index, else a path of this site. */
  url: string
  title: string
  /** Pagefind's excerpt: the text escaped, the matched words in `<mark>`. */
  excerpt: string
  meta: Record<string, string>
  score: number
}

interface PagefindResult {
  score: number
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>
}
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>
  search(term: string): Promise<{ results: PagefindResult[] } | null>
  destroy(): Promise<void>
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance
}

export interface IndexSource {
  /** The folder holding `pagefind.js` and the index (a release's `site/pagefind`). */
  dir: string
  /** Where this index's pages live: `/` for the site itself, an origin for a merged site. */
  baseUrl: string
}

/**
 * The fetch each loaded `pagefind.js` gets: `file:` URLs under one of the index folders in
 * use, read from disk; anything else refused (the module never needs the network here).
 */
function diskFetch(allowed: () => Iterable<string>) {
  return async (input: string | URL): Promise<Response> => {
    const url = new URL(String(input))
    if (url.protocol !== 'file:') throw new Error(`pagefind (server): refused to fetch ${url.href}`)
    const file = fileURLToPath(new URL(url.pathname, 'file:///'))
    const inside = [...allowed()].some((dir) => file.startsWith(dir + sep))
    if (!inside) return new Response(null, { status: 404 })
    try {
      return new Response(await readFile(file))
    } catch {
      return new Response(null, { status: 404 })
    }
  }
}

/**
 * Shared by every copy of this module in the process (each site's server bundle has one): the
 * index folders in use and the fetch reading them, under one global name the prologue reads.
 */
interface Bridge {
  folders: Set<string>
  fetch: (input: string | URL) => Promise<Response>
}
const bridgeKey = Symbol.for('bawaba.pagefind')
const bridge = ((globalThis as Record<symbol, Bridge | undefined>)[bridgeKey] ??= (() => {
  const folders = new Set<string>()
  return { folders, fetch: diskFetch(() => folders) }
})())

async function loadModule(dir: string, language: string): Promise<PagefindModule> {
  const source = await readFile(`${dir}${sep}pagefind.js`, 'utf8')
  const prologue =
    `const fetch = globalThis[Symbol.for('bawaba.pagefind')].fetch;\n` +
    `const document = { currentScript: null, querySelector: () => ({ getAttribute: () => ${JSON.stringify(language)} }) };\n`
  // A distinct URL per folder and language: a module instance of its own.
  const code = `${prologue}${source}\n// ${dir} ${language}\n`
  return (await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as PagefindModule
}

interface Loaded {
  key: string
  instance: Promise<PagefindInstance>
}
const loaded = new Map<string, Loaded>()

/**
 * The search function over `primary`'s index in `language`, with `merged` indexes added (the
 * portal: every arrondissement's). Loaded on first use, reused while the folders are the same.
 */
export async function pagefindSearch(
  name: string,
  language: string,
  primary: IndexSource,
  merged: IndexSource[] = [],
): Promise<(term: string, limit: number) => Promise<PagefindHit[]>> {
  // A folder and the version of its entry file: a publish re-indexes a language in place, in the
  // live release, by renaming a new `pagefind-entry.json` over the old one (a new inode).
  const real = async (source: IndexSource) => {
    const dir = await realpath(source.dir)
    const entry = await stat(`${dir}${sep}pagefind-entry.json`)
    return { ...source, dir, version: `${entry.ino}.${entry.mtimeMs}` }
  }
  const main = await real(primary)
  const others = (await Promise.all(merged.map((source) => real(source).catch(() => null)))).filter(
    (source) => source !== null,
  )
  const key = [main, ...others].map((source) => `${source.dir}@${source.version}`).join('|')
  const id = `${name}:${language}`
  let entry = loaded.get(id)
  if (!entry || entry.key !== key) {
    const previous = entry
    for (const source of [main, ...others]) bridge.folders.add(source.dir)
    const instance = (async () => {
      const module = await loadModule(main.dir, language)
      const pagefind = module.createInstance({
        basePath: `${pathToFileURL(main.dir).href}/`,
        baseUrl: main.baseUrl,
        excerptLength: 24,
      })
      for (const source of others)
        await pagefind.mergeIndex(`${pathToFileURL(source.dir).href}/`, {
          language,
          baseUrl: source.baseUrl,
        })
      return pagefind
    })()
    entry = { key, instance }
    loaded.set(id, entry)
    // A load that failed (an index half-written, a folder gone) is tried again next time.
    const failed = entry
    instance.catch(() => {
      if (loaded.get(id) === failed) loaded.delete(id)
    })
    if (previous) void previous.instance.then((old) => old.destroy()).catch(() => {})
  }
  const pagefind = await entry.instance
  return async (term, limit) => {
    const found = await pagefind.search(term)
    const results = (found?.results ?? []).slice(0, limit)
    return Promise.all(
      results.map(async (result) => {
        const data = await result.data()
        return {
          url: data.url,
          title: data.meta.title ?? data.url,
          excerpt: data.excerpt,
          meta: data.meta,
          score: result.score,
        }
      }),
    )
  }
}
