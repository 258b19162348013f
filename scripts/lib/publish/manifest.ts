/**
 * What a release of a site is made of, kept beside it (`<release>/manifest.json`, not served):
 * each file's digest, the queries each page read (keys), the images each page links, and the
 * answer every query gave when the release was made. The next publish asks the same queries
 * again; a page is rendered again only when one of its answers changed.
 *
 * Invariant: every page read its queries' answers as `answers` holds them (a page whose answer
 * changes is rendered again in the same pass), so answers are kept once per site, not per page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dependency } from '../../../sites/src/lib/context.ts'
import { writeAtomically } from './assets.ts'
import { emptyIndex, type SearchIndex } from './search.ts'

export const manifestVersion = 2

export interface PageRecord {
  /** The URL asked of the renderer. */
  url: string
  /** sha1 of the bytes, base64url. */
  sha: string
  /** Queries the page read (`name:[args]`). */
  keys: string[]
  /** Image renditions it links (`_img/…`). */
  images: string[]
  /** The language of its search record, when the search index takes it. */
  indexed?: string
}

export interface SiteManifest {
  site: string
  /** The code version (bundle) the pages were rendered with. */
  code: string
  /** The instant of the last pass: time-dependent answers are as of then. */
  renderedAt: string
  answers: Map<string, Dependency>
  /** File (`ar/news/x/index.html`) → record. */
  pages: Map<string, PageRecord>
  /** Copied PDFs: file name → cache name. */
  documents: Map<string, string>
  /** The search index's languages and files. */
  search: SearchIndex
  /**
   * Languages whose index is behind the pages (a publish indexes after going live): the next pass
   * indexes them if this one could not.
   */
  searchStale: string[]
}

export const manifestFile = (releaseDir: string) => join(releaseDir, 'manifest.json')

/** On disk, keys and images are written once each and pages refer to them by index. */
interface Stored {
  version: number
  site: string
  code: string
  renderedAt: string
  keys: string[]
  answers: [string, number | null][]
  images: string[]
  pages: [string, string, string, number[], number[], string | null][]
  documents: [string, string][]
  search: SearchIndex
  searchStale: string[]
}

export function saveManifest(releaseDir: string, manifest: SiteManifest): void {
  const keyIndex = new Map<string, number>()
  const imageIndex = new Map<string, number>()
  const intern = (map: Map<string, number>, value: string) => {
    let index = map.get(value)
    if (index === undefined) map.set(value, (index = map.size))
    return index
  }
  const pages: Stored['pages'] = []
  for (const [file, page] of [...manifest.pages].sort(([a], [b]) => (a < b ? -1 : 1)))
    pages.push([
      file,
      page.url,
      page.sha,
      page.keys.map((key) => intern(keyIndex, key)),
      page.images.map((image) => intern(imageIndex, image)),
      page.indexed ?? null,
    ])
  const keys = [...keyIndex.keys()]
  const stored: Stored = {
    version: manifestVersion,
    site: manifest.site,
    code: manifest.code,
    renderedAt: manifest.renderedAt,
    keys,
    answers: keys.map((key) => {
      const answer = manifest.answers.get(key)
      if (!answer) throw new Error(`manifest of ${manifest.site}: no answer for query ${key}`)
      return [answer.digest, answer.until ?? null]
    }),
    images: [...imageIndex.keys()],
    pages,
    documents: [...manifest.documents].sort(([a], [b]) => (a < b ? -1 : 1)),
    search: manifest.search,
    searchStale: manifest.searchStale,
  }
  writeAtomically(manifestFile(releaseDir), JSON.stringify(stored))
}

/** The manifest of a release, or null when it has none (or an older format). */
export function loadManifest(releaseDir: string): SiteManifest | null {
  let stored: Stored
  try {
    stored = JSON.parse(readFileSync(manifestFile(releaseDir), 'utf8'))
  } catch {
    return null
  }
  if (stored.version !== manifestVersion) return null
  const answers = new Map<string, Dependency>()
  stored.keys.forEach((key, index) => {
    const [digest, until] = stored.answers[index]!
    answers.set(key, until === null ? { digest } : { digest, until })
  })
  const pages = new Map<string, PageRecord>()
  for (const [file, url, sha, keys, images, indexed] of stored.pages)
    pages.set(file, {
      url,
      sha,
      keys: keys.map((i) => stored.keys[i]!),
      images: images.map((i) => stored.images[i]!),
      ...(indexed ? { indexed } : {}),
    })
  return {
    site: stored.site,
    code: stored.code,
    renderedAt: stored.renderedAt,
    answers,
    pages,
    documents: new Map(stored.documents),
    search: stored.search ?? emptyIndex(),
    searchStale: stored.searchStale ?? [],
  }
}
