/**
 * The renderer that stays warm: one process holding the sites' server bundle, the content store
 * in memory and each site's manifest, between publishes. A publish is: sync the store with the
 * CMS (the documents changed since the last sync), then one pass per site (site.ts) that renders
 * only the pages whose answers changed. No bundling and no process start per publish.
 *
 * Used by `npm run build:sites` (full builds: a pool of these, one per core) and by the build
 * worker (a child process kept between builds: scripts/lib/publish/warm.ts).
 */
import { createCmsClient, type CmsClient } from '@bawaba/content'
import { ContentSnapshot, DiskStore, syncStore, type SyncResult } from '@bawaba/content/store'
import { liveRelease, prune, releaseDir } from '../releases.ts'
import { withSiteLock } from '../site-lock.ts'
import { loadManifest, saveManifest, type SiteManifest } from './manifest.ts'
import { loadBundle, type Bundle } from './render.ts'
import { buildSite, reindex, type PassResult } from './site.ts'

export interface PublisherOptions {
  dist: string
  cache: string
  storeFile: string
  cmsUrl: string
  bundle: { dir: string; code: string }
  log?: (line: string) => void
}

export interface BuildOptions {
  /** Render every page (new code, or asked for). */
  full?: boolean
  /** The instant the pages are for (default: now). */
  now?: Date
}

export class Publisher {
  readonly client: CmsClient
  private disk: DiskStore
  private snapshot: ContentSnapshot
  private bundle: Bundle | null = null
  /** Per site: the manifest of the release it describes. */
  private manifests = new Map<string, { release: string; manifest: SiteManifest }>()
  /** Per site: the search index being brought up to date after a publish, and whether it still should. */
  private indexing = new Map<string, { done: Promise<unknown>; current: boolean }>()

  constructor(readonly options: PublisherOptions) {
    // Builds retry the CMS harder than a page view would: a restart takes seconds.
    this.client = createCmsClient({ baseUrl: options.cmsUrl, retries: 4, timeoutMs: 30_000 })
    this.disk = new DiskStore(options.storeFile)
    this.snapshot = ContentSnapshot.fromDisk(this.disk, this.client)
  }

  get code(): string {
    return this.options.bundle.code
  }

  /** The store in memory, reloaded when another process wrote to the file since. */
  private current(): ContentSnapshot {
    if (this.disk.generation() !== this.snapshot.generation)
      this.snapshot = ContentSnapshot.fromDisk(this.disk, this.client)
    return this.snapshot
  }

  /** Brings the store up to date with the CMS. */
  async sync(full = false): Promise<SyncResult> {
    const snapshot = this.current()
    const result = await syncStore({ client: this.client, disk: this.disk, full })
    snapshot.apply(result.changes, this.disk.generation())
    return result
  }

  /** The live release's manifest of `site`, when it was rendered by this code. */
  private previous(site: string): SiteManifest | null {
    const live = liveRelease(this.options.dist, site)
    if (!live) return null
    let known = this.manifests.get(site)
    if (known?.release !== live) {
      const manifest = loadManifest(releaseDir(this.options.dist, site, live))
      known = manifest ? { release: live, manifest } : undefined
      if (known) this.manifests.set(site, known)
    }
    return known && known.manifest.code === this.code ? known.manifest : null
  }

  /** One pass over `site`: a new release with what changed, or none when nothing did. */
  async build(site: string, options: BuildOptions = {}): Promise<PassResult> {
    this.bundle ??= await loadBundle(this.options.bundle.dir, this.options.bundle.code)
    const store = this.current()
    const now = options.now ?? new Date()
    // A pass supersedes the index work of the one before (it indexes those languages itself).
    const before = this.indexing.get(site)
    if (before) before.current = false
    // Derived answers of another instant are of no use to this pass.
    store.forget()
    return withSiteLock(this.options.dist, site, async () => {
      const result = await buildSite({
        bundle: this.bundle!,
        store,
        site,
        dist: this.options.dist,
        cache: this.options.cache,
        now,
        previous: options.full ? null : this.previous(site),
        log: this.options.log,
      })
      const live = liveRelease(this.options.dist, site)
      if (live) {
        this.manifests.set(site, { release: live, manifest: result.manifest })
        // Nothing to release, but the answers are as of now: the next pass starts from them.
        if (result.status === 'unchanged')
          saveManifest(releaseDir(this.options.dist, site, live), result.manifest)
      }
      if (result.pendingIndex) this.index(site, result)
      return result
    })
  }

  /** Indexes what the pass left behind, in the background, until a later pass takes over. */
  private index(site: string, result: PassResult) {
    const work = { done: Promise.resolve() as Promise<unknown>, current: true }
    work.done = reindex(
      this.options.dist,
      result.manifest,
      result.pendingIndex!,
      () => work.current,
    )
      .catch((error: Error) =>
        // The next pass of the site indexes those languages (they stay stale in its manifest).
        console.error(`search index of ${site}: ${error.message}`),
      )
      .finally(() => {
        if (this.indexing.get(site) === work) this.indexing.delete(site)
      })
    this.indexing.set(site, work)
  }

  /** Resolves when no search index is being brought up to date (the last pass's included). */
  async settled(): Promise<void> {
    while (this.indexing.size) await Promise.all([...this.indexing.values()].map((w) => w.done))
  }

  /**
   * Removes the site's releases beyond the last five (and half-written ones): done after a publish
   * has answered, under the site's lock.
   */
  async prune(site: string): Promise<void> {
    await withSiteLock(this.options.dist, site, async () => prune(this.options.dist, site))
  }

  close(): void {
    this.disk.close()
  }
}
