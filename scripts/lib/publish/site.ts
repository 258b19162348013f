/**
 * One pass over one site: from the content store to a new live release.
 *
 *   1. the site's URLs (sites/src/lib/routes.ts) and what each page read last time (manifest);
 *   2. the queries asked again: a page is rendered when it is new, when one of its answers
 *      changed, or always when there is no usable manifest (a full build, new code);
 *   3. a new release folder: rendered files written, every other file hard-linked from the live
 *      release, the bundle's assets, images and PDFs linked from their caches;
 *   4. the search index of the languages whose indexed pages changed;
 *   5. the check of the pages rendered (all of them in a full build) and their links;
 *   6. the atomic switch (scripts/lib/releases.ts), the manifest kept beside the release.
 * Nothing changed in the output: no release at all. A failure anywhere: the release folder is
 * removed and the live site stays as it was.
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { ContentError } from '@bawaba/content'
import { isLocale, siteOrigin } from '@bawaba/registry'
import {
  withRenderContext,
  type Dependency,
  type ImageRendition,
} from '../../../sites/src/lib/context.ts'
import { evaluate } from '../../../sites/src/lib/query.ts'
import { siteDocuments, siteUrls } from '../../../sites/src/lib/routes.ts'
import { checkPages } from '../release-check.ts'
import {
  discard,
  liveRelease,
  newReleaseId,
  releaseDir,
  releasesDir,
  switchTo,
} from '../releases.ts'
import { cached, copiedName, ensureFiles, ensureImages } from './assets.ts'
import type { PageRecord, SiteManifest } from './manifest.ts'
import { saveManifest } from './manifest.ts'
import { writeReleaseInfo } from './releases-info.ts'
import { renderUrl, type Bundle, type PassContext } from './render.ts'
import { place } from './links.ts'
import {
  buildLanguages,
  emptyIndex,
  indexable,
  linkIndex,
  removeStale,
  writeEntry,
} from './search.ts'

export interface PassOptions {
  bundle: Bundle
  store: PassContext['store']
  site: string
  dist: string
  /** The asset cache (`.data/publish-cache`). */
  cache: string
  now: Date
  /**
   * The live release's manifest, when its pages can be reused (same code); null renders every
   * page (a full build).
   */
  previous: SiteManifest | null
  log?: (line: string) => void
}

export interface PassResult {
  site: string
  status: 'built' | 'unchanged'
  release?: string
  /** HTML pages in the release. */
  pages: number
  rendered: number
  changed: string[]
  removed: string[]
  seconds: number
  /** Seconds per step. */
  steps: Record<string, number>
  manifest: SiteManifest
  warnings: string[]
  /** The next instant (epoch ms) at which one of the site's time-dependent answers changes. */
  nextChange?: number
  /**
   * Search languages behind the pages of the live release, to index now that the pages are live
   * (`reindex`): the caller does it in the background, and a later pass of the site supersedes it.
   */
  pendingIndex?: { release: string; pages: Map<string, string[]>; languages: string[] }
}

const sha = (body: Buffer) => createHash('sha1').update(body).digest('base64url')

/** The language of a page file (`ar/news/x/index.html` → `ar`), if it is under a locale. */
const languageOf = (file: string) => {
  const first = file.split('/')[0]
  return isLocale(first) ? first : null
}

function linkTree(from: string, to: string) {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const source = join(entry.parentPath, entry.name)
    place(source, join(to, source.slice(from.length + 1)))
  }
}

export async function buildSite(options: PassOptions): Promise<PassResult> {
  const { bundle, store, site, dist, cache, now, previous } = options
  const started = performance.now()
  const steps: Record<string, number> = {}
  let mark = performance.now()
  const step = (name: string) => {
    const at = performance.now()
    steps[name] = Number(((at - mark) / 1000).toFixed(3))
    mark = at
  }
  const pass: PassContext = { site, origin: siteOrigin(site), now, store }

  // 1. What the site publishes, and whether its content can be published at all.
  const issues = store.issues(site)
  if (issues.errors.length) throw new ContentError(site, 'content', issues.errors)
  const { urls, documents } = withRenderContext(pass, () => ({
    urls: siteUrls(),
    documents: siteDocuments(),
  }))
  const files = new Map(urls.map((u) => [u.file, u.url]))

  // 2. What to render: everything, or the new pages and those whose answers changed.
  const answers = new Map<string, Dependency>()
  let toRender: string[]
  if (!previous) toRender = [...files.keys()]
  else {
    const changedKeys = new Set<string>()
    withRenderContext(pass, () => {
      for (const [key, old] of previous.answers) {
        const answer = evaluate(pass, key)
        answers.set(key, answer)
        if (answer.digest !== old.digest) changedKeys.add(key)
      }
    })
    const set = new Set<string>()
    for (const file of files.keys()) {
      const page = previous.pages.get(file)
      if (!page || page.keys.some((key) => changedKeys.has(key))) set.add(file)
    }
    toRender = [...set]
  }
  step('evaluate')

  // 3. Render, each page written at once into the release folder being made (a dot-name, which
  // releases.ts ignores, renamed when whole: a build killed half-way never looks like a release,
  // and the next build of the site removes it). A page rendered to the bytes it had is not written.
  const release = newReleaseId()
  mkdirSync(releasesDir(dist, site), { recursive: true })
  for (const name of readdirSync(releasesDir(dist, site)))
    if (name.startsWith('.') && name !== '.lock')
      rmSync(join(releasesDir(dist, site), name), { recursive: true, force: true })
  const dir = join(releasesDir(dist, site), `.${release}`)
  const siteDir = join(dir, 'site')
  const pages = new Map<string, PageRecord>()
  if (previous)
    for (const [file, page] of previous.pages) if (files.has(file)) pages.set(file, page)
  const written = new Set<string>()
  const renditions = new Map<string, ImageRendition>()
  // Folders made once each (a mkdir per page was 5% of a full build).
  const folders = new Set<string>()
  const folder = (path: string) => {
    if (folders.has(path)) return
    mkdirSync(path, { recursive: true })
    folders.add(path)
  }
  try {
    for (const file of toRender) {
      const url = files.get(file)!
      const page = await renderUrl(bundle, pass, url)
      // The not-found page says so in its status; every other URL of routes.ts is a page.
      if (page.status !== (url === '/404.html' ? 404 : 200))
        throw new Error(`page ${url} of ${site} answered ${page.status} when rendered`)
      for (const [key, answer] of page.dependencies) answers.set(key, answer)
      for (const image of page.images) renditions.set(image.file, image)
      const language = languageOf(file)
      const record: PageRecord = {
        url,
        sha: sha(page.body),
        keys: [...page.dependencies.keys()],
        images: page.images.map((image) => image.file),
        ...(language && file.endsWith('.html') && indexable(page.body)
          ? { indexed: language }
          : {}),
      }
      if (previous?.pages.get(file)?.sha !== record.sha) {
        folder(dirname(join(siteDir, file)))
        writeFileSync(join(siteDir, file), page.body)
        written.add(file)
      }
      pages.set(file, record)
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  step('render')

  const changed = toRender.filter((file) => previous?.pages.get(file)?.sha !== pages.get(file)!.sha)
  const removed = previous ? [...previous.pages.keys()].filter((file) => !files.has(file)) : []
  const documentNames = new Map(documents.map((d) => [d.filename, copiedName(d.url, d.filesize)]))
  const documentsChanged =
    !previous ||
    documentNames.size !== previous.documents.size ||
    [...documentNames].some(([name, cacheName]) => previous.documents.get(name) !== cacheName)
  const manifest: SiteManifest = {
    site,
    code: bundle.code,
    renderedAt: now.toISOString(),
    answers: new Map(),
    pages,
    documents: documentNames,
    search: previous?.search ?? emptyIndex(),
    searchStale: [],
  }
  // Search: the languages whose indexed pages changed, and those a previous pass left behind.
  const byLanguage = new Map<string, string[]>()
  for (const [file, page] of pages)
    if (page.indexed) byLanguage.set(page.indexed, [...(byLanguage.get(page.indexed) ?? []), file])
  const touched = new Set<string>(previous?.searchStale ?? [])
  for (const file of [...changed, ...removed]) {
    const language = pages.get(file)?.indexed ?? previous?.pages.get(file)?.indexed
    if (language) touched.add(language)
  }
  for (const page of pages.values())
    for (const key of page.keys) {
      const answer = answers.get(key) ?? previous?.answers.get(key)
      if (answer) manifest.answers.set(key, answer)
    }
  const htmlPages = [...pages.keys()].filter((file) => file.endsWith('.html')).length
  let nextChange: number | undefined
  for (const answer of manifest.answers.values())
    if (answer.until !== undefined && answer.until > now.getTime())
      nextChange = Math.min(nextChange ?? Infinity, answer.until)
  const result = (status: PassResult['status'], release?: string): PassResult => ({
    site,
    nextChange,
    status,
    release,
    pages: htmlPages,
    rendered: toRender.length,
    changed,
    removed,
    seconds: (performance.now() - started) / 1000,
    steps,
    manifest,
    warnings: issues.warnings,
  })
  const live = liveRelease(dist, site)
  if (previous && live && !changed.length && !removed.length && !documentsChanged) {
    rmSync(dir, { recursive: true, force: true })
    manifest.searchStale = [...touched].sort()
    // No new release: the live one has the change (a pass before this one published it).
    return {
      ...result('unchanged', live),
      ...(touched.size
        ? { pendingIndex: { release: live, pages: byLanguage, languages: manifest.searchStale } }
        : {}),
    }
  }

  const liveSite = live && previous ? join(releaseDir(dist, site, live), 'site') : null
  try {
    // 4. Images and PDFs into their caches (fetched with retries), then the release folder.
    await ensureImages(cache, renditions.values())
    await ensureFiles(cache, documents)
    step('assets')
    mkdirSync(siteDir, { recursive: true })
    linkTree(join(bundle.dir, 'client'), siteDir)
    const link = (file: string, source: string) => place(source, join(siteDir, file))
    // Every page not written now is the live one's, linked.
    for (const file of pages.keys()) if (!written.has(file)) link(file, join(liveSite!, file))
    const images = new Set<string>()
    for (const page of pages.values()) for (const image of page.images) images.add(image)
    for (const image of images) {
      const fromCache = join(cache, image)
      if (cached(fromCache)) link(image, fromCache)
      else if (liveSite && existsSync(join(liveSite, image))) link(image, join(liveSite, image))
      else
        throw new Error(`image ${image} of ${site} is neither in the cache nor in the live release`)
    }
    for (const [filename, cacheName] of documentNames)
      link(`documents/${filename}`, join(cache, cacheName))
    step('write')

    // 5. Search: a full build indexes every language now; a publish links the live index and
    // brings the changed languages up to date once its pages are live (search.ts says why).
    const pagefindDir = join(siteDir, 'pagefind')
    if (!liveSite) {
      manifest.search = await buildLanguages({
        siteDir,
        slug: site,
        pages: byLanguage,
        languages: byLanguage.keys(),
        base: emptyIndex(),
      })
    } else {
      linkIndex(join(liveSite, 'pagefind'), pagefindDir, manifest.search)
      manifest.searchStale = [...touched].sort()
    }
    writeEntry(pagefindDir, manifest.search)
    step('search')

    // 6. Check the rendered pages (every page in a full build) against the release's files.
    const all = new Set<string>(
      readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((f) =>
        f.split('\\').join('/'),
      ),
    )
    const check = checkPages(
      siteDir,
      site,
      toRender.filter((file) => file.endsWith('.html')),
      all,
    )
    if (check.problems.length)
      throw new Error(
        `release ${release} failed its check, the live site is unchanged:\n  ${check.problems.join('\n  ')}`,
      )
    step('check')
    saveManifest(dir, manifest)
    writeReleaseInfo(dir, { code: bundle.code, renderedAt: manifest.renderedAt, pages: htmlPages })
    renameSync(dir, releaseDir(dist, site, release))
    switchTo(dist, site, release, false)
    step('switch')
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    discard(dist, site, release)
    ;(error as Error & { release?: string }).release = release
    throw error
  }
  return {
    ...result('built', release),
    ...(manifest.searchStale.length
      ? { pendingIndex: { release, pages: byLanguage, languages: manifest.searchStale } }
      : {}),
  }
}

/**
 * Brings the stale languages of a live release's index up to date, in place: their new files
 * next to the old (content-hashed names), then — unless `current()` says a later pass took over,
 * which will index them itself — the entry replaced in one rename, the old files removed and the
 * manifest saved. Returns whether it did.
 */
export async function reindex(
  dist: string,
  manifest: SiteManifest,
  pending: NonNullable<PassResult['pendingIndex']>,
  current: () => boolean,
): Promise<boolean> {
  const release = releaseDir(dist, manifest.site, pending.release)
  const pagefindDir = join(release, 'site', 'pagefind')
  const search = await buildLanguages({
    siteDir: join(release, 'site'),
    slug: manifest.site,
    pages: pending.pages,
    languages: pending.languages,
    base: manifest.search,
  })
  if (!current()) return false
  writeEntry(pagefindDir, search)
  removeStale(pagefindDir, manifest.search, search)
  manifest.search = search
  manifest.searchStale = []
  saveManifest(release, manifest)
  return true
}
