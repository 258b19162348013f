import {
  isolateObjectProperty,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { isAdminUser, siteIdsOf } from '../../access/roles.ts'
import { enforcePublishRight, mayPublish } from '../../hooks/enforcePublishRight.ts'
import { publishLinkedUploads } from '../../hooks/publishLinkedUploads.ts'
import { label } from '../../fields/labels.ts'

/** The one review of a document. */
export const reviewKey = (collection: string, id: string | number) => `${collection}:${id}`

/** Collections whose documents go through review: those `withReview` marked. */
export function reviewableCollections(payload: Payload): CollectionSlug[] {
  return payload.config.collections
    .filter((c) => (c.custom as { reviewable?: boolean } | undefined)?.reviewable)
    .map((c) => c.slug as CollectionSlug)
}

/** A document's title for lists and mails, in Arabic first (the platform's first language). */
export function titleOf(
  payload: Payload,
  collection: CollectionSlug,
  doc: Record<string, unknown>,
) {
  const field = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  const value = doc[field]
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (value && typeof value === 'object')
    for (const locale of ['ar', 'fr', 'en', 'zgh']) {
      const text = (value as Record<string, unknown>)[locale]
      if (typeof text === 'string' && text.trim()) return text.trim()
    }
  return String(doc.id)
}

/**
 * Whether the person behind a request may review (publish or send back) a site's queue: the
 * publish right, on one of their own sites.
 */
export function mayReview(req: PayloadRequest, site: string | undefined): boolean {
  if (!req.user || !site) return false
  if (isAdminUser(req.user)) return true
  return mayPublish(req) && siteIdsOf(req.user).includes(site)
}

/**
 * Publishing a document closes its open review, with who published it. A publication is a
 * save with `_status: 'published'` (afterChange also fires for drafts and autosaves), by the
 * admin's button, the API, a version restored or a scheduled job; the publish right has
 * already let it through.
 */
export const closeReviewOnPublish: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (doc?._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'reviews',
    where: {
      and: [
        { key: { equals: reviewKey(collection.slug, doc.id) } },
        { state: { in: ['pending', 'changes-requested'] } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const review = docs[0]
  if (!review) return doc
  const by = req.user && req.user.collection === 'users' ? req.user.id : null
  // Same transaction, not the same context: a version restore's `isRestoringVersion` would
  // make this update drop every field it does not send.
  const inner = isolateObjectProperty(req, 'context')
  inner.context = {}
  await req.payload.update({
    collection: 'reviews',
    id: review.id,
    data: {
      state: 'published',
      history: [
        ...(review.history ?? []),
        { action: 'published', by, at: new Date().toISOString(), text: null },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req: inner,
  })
  return doc
}

/** A deleted document leaves no review behind in anyone's queue. */
export const forgetReview: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await req.payload.delete({
    collection: 'reviews',
    where: { key: { equals: reviewKey(collection.slug, doc.id) } },
    overrideAccess: true,
    req,
  })
  return doc
}

/**
 * The workflow on every collection under the publish right (and with drafts): editors submit
 * for review instead of publishing, the review's state and history show in the sidebar, and
 * publishing closes the review. Collections without the publish right (the commune's shared
 * content, written by central staff who publish) are left as they are.
 */
export function withReview(config: CollectionConfig): CollectionConfig {
  const underPublishRight = config.hooks?.beforeOperation?.includes(enforcePublishRight)
  if (!underPublishRight || !config.versions || typeof config.versions !== 'object') return config
  if (!config.versions.drafts) return config
  return {
    ...config,
    custom: { ...config.custom, reviewable: true },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/components/PublishControls#PublishControls',
        },
      },
    },
    // First in the form, not in the sidebar: on a phone the sidebar comes after every field,
    // and an editor must see a publisher's comment without scrolling.
    fields: [
      {
        name: 'review',
        type: 'ui',
        label: label('المراجعة', 'Relecture', 'Review'),
        admin: { components: { Field: '/components/ReviewPanel#ReviewPanel' } },
      },
      ...config.fields,
    ],
    hooks: {
      ...config.hooks,
      // An item's draft images and files go live with it; uploads themselves have none.
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        ...(config.upload ? [] : [publishLinkedUploads]),
        closeReviewOnPublish,
      ],
      afterDelete: [...(config.hooks?.afterDelete ?? []), forgetReview],
    },
  }
}
