/**
 * `astro dev` (`npm run dev`): every request renders from the content store, synced from the CMS
 * first (at most every two seconds), so an edit in the admin shows on the next reload. The site
 * comes from the Host header as on the sites server (`anfa.localhost:<port>`); images are the
 * CMS's own renditions (nothing is resized in development).
 */
import { join } from 'node:path'
import { cmsUrlFromEnv, createCmsClient } from '@bawaba/content'
import { ContentSnapshot, DiskStore, syncStore } from '@bawaba/content/store'
import { centralSite, siteFromHost, siteSlugs } from '@bawaba/registry'
import { dataDir } from '../../../cms/src/env.ts'
import type { RenderContext } from './context.ts'

let state: { disk: DiskStore; snapshot: ContentSnapshot; syncedAt: number } | null = null
let syncing: Promise<void> | null = null

async function store(): Promise<ContentSnapshot> {
  const client = createCmsClient({ baseUrl: cmsUrlFromEnv() })
  if (!state) {
    const disk = new DiskStore(join(dataDir(), 'content', 'dev-store.db'))
    state = { disk, snapshot: ContentSnapshot.fromDisk(disk, client), syncedAt: 0 }
  }
  const current = state
  if (Date.now() - current.syncedAt > 2000) {
    syncing ??= syncStore({ client, disk: current.disk })
      .then((result) => {
        current.snapshot.apply(result.changes)
        current.syncedAt = Date.now()
      })
      .finally(() => (syncing = null))
    await syncing
  }
  return current.snapshot
}

export async function devContext(request: Request): Promise<RenderContext> {
  const url = new URL(request.url)
  const site = siteFromHost(url.host, siteSlugs) ?? centralSite.slug
  return { site, origin: url.origin, now: new Date(), store: await store(), directImages: true }
}
