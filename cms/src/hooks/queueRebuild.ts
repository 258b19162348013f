import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'
import { centralSite } from '@bawaba/registry'
import {
  shownOn,
  shownOnlyWhenLinked,
  sitesShowing,
  type PublishedCollection,
} from '../jobs/affectedSites.ts'
import { queueBuilds, type BuildAction } from '../jobs/queueBuilds.ts'

/** Seeds and bulk imports switch the queue off (`req.context.skipBuilds`, or for a whole run). */
let paused = false
export function pauseBuildQueue(value = true): void {
  paused = value
}

async function queueFor(
  req: PayloadRequest,
  collection: PublishedCollection,
  docs: (Record<string, unknown> | null | undefined)[],
  action: BuildAction,
) {
  const doc = docs[0] ?? docs[1]
  // One read of the 17 sites: the portal's id for the table, every id for 'all'.
  const all = await req.payload.find({
    collection: 'sites',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { slug: true },
    req,
  })
  const central = all.docs.find((s) => s.slug === centralSite.slug)
  const centralId = central && String(central.id)
  let sites = sitesShowing(collection, docs, centralId)
  if (sites === 'all') sites = all.docs.map((s) => String(s.id))
  if (!sites.length) return
  // Districts first: the portal is the longest build, and a featured item waits for its district.
  sites = [...sites.filter((id) => id !== centralId), ...sites.filter((id) => id === centralId)]
  const title = doc?.title ?? doc?.name ?? doc?.slug
  await queueBuilds(req, sites, {
    collection,
    document: String(doc?.id ?? ''),
    title: typeof title === 'string' ? title.slice(0, 200) : undefined,
    action,
    user: req.user ? String(req.user.id) : undefined,
    at: new Date().toISOString(),
  })
}

/**
 * Publishing, unpublishing or changing what the sites show queues a rebuild of the sites it is
 * on (before and after the change). Drafts and autosaves write only a version, not the document
 * itself: the stored document's `updatedAt` tells which happened, and a draft queues nothing.
 */
export const queueRebuildOnChange =
  (collection: PublishedCollection, drafts: boolean): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (paused || req.context.skipBuilds) return doc
    // Where it was matters only for a document that existed (a new one's previousDoc is empty).
    const docs = operation === 'update' ? [doc, previousDoc] : [doc]
    if (!drafts) {
      if (operation === 'create' && shownOnlyWhenLinked.includes(collection)) return doc
      await queueFor(req, collection, docs, 'update')
      return doc
    }
    const stored = (await req.payload.db.findOne({
      collection,
      where: { id: { equals: doc.id } },
      req,
    })) as { updatedAt?: string; _status?: string } | null
    const wroteDocument = stored?.updatedAt === doc.updatedAt
    if (!wroteDocument) return doc
    if (stored?._status === 'published') {
      await queueFor(req, collection, docs, 'publish')
    } else if (operation === 'update') {
      await queueFor(req, collection, docs, 'unpublish')
    }
    return doc
  }

export const queueRebuildOnDelete =
  (collection: PublishedCollection, drafts: boolean): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (paused || req.context.skipBuilds) return doc
    if (!drafts || doc._status === 'published') await queueFor(req, collection, [doc], 'delete')
    return doc
  }

/**
 * A collection the sites show, with the hooks that keep them up to date added to its own, and
 * in its sidebar when the last change went (or will go) live.
 */
export function withRebuilds(config: CollectionConfig): CollectionConfig {
  if (!(config.slug in shownOn)) return config
  const collection = config.slug as PublishedCollection
  const drafts = Boolean(
    config.versions && typeof config.versions === 'object' && config.versions.drafts,
  )
  return {
    ...config,
    fields: [
      ...config.fields,
      {
        name: 'publishState',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/components/PublishState#PublishState' },
        },
      },
    ],
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), queueRebuildOnChange(collection, drafts)],
      afterDelete: [...(config.hooks?.afterDelete ?? []), queueRebuildOnDelete(collection, drafts)],
    },
  }
}
