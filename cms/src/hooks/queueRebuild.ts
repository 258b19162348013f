import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
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

const liveKey = (collection: string, id: unknown) => `bawaba:wasLive:${collection}:${String(id)}`

/**
 * Before a write, whether the stored document was live: `previousDoc` is the latest version,
 * a draft when one is pending, so it cannot tell a first publication from a re-publication.
 */
export const noteWhetherLive =
  (collection: PublishedCollection): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (paused || req.context.skipBuilds || operation !== 'update' || !originalDoc?.id) return data
    const stored = (await req.payload.db.findOne({
      collection,
      where: { id: { equals: originalDoc.id } },
      select: { _status: true },
      req,
    })) as { _status?: string } | null
    req.context[liveKey(collection, originalDoc.id)] = stored?._status === 'published'
    return data
  }

/**
 * Publishing, unpublishing or changing what the sites show queues a rebuild of the sites it is
 * on (before and after the change). Drafts and autosaves write only a version, not the document
 * itself: the stored document's `updatedAt` tells which happened, and a draft queues nothing;
 * nor does saving a document that was never live and still is not.
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
    const wasLive = operation === 'update' && req.context[liveKey(collection, doc.id)] === true
    if (stored?._status === 'published') {
      // A first publication of an upload is on no page until a published item links it.
      if (!wasLive && shownOnlyWhenLinked.includes(collection)) return doc
      await queueFor(req, collection, docs, 'publish')
    } else if (wasLive) {
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
      beforeChange: [
        ...(config.hooks?.beforeChange ?? []),
        ...(drafts ? [noteWhetherLive(collection)] : []),
      ],
      afterChange: [...(config.hooks?.afterChange ?? []), queueRebuildOnChange(collection, drafts)],
      afterDelete: [...(config.hooks?.afterDelete ?? []), queueRebuildOnDelete(collection, drafts)],
    },
  }
}
