import { maxReviewText, reviewRequest, sendBackRequest, type ReviewAction } from '@bawaba/schemas'
import type { CollectionSlug, Endpoint, PayloadRequest, TypedUser } from 'payload'
import { isAdminUser, isStaffUser, siteIdsOf } from '../../access/roles.ts'
import { languageOf, message, type MessageKey } from '../../i18n/messages.ts'
import { atomically } from '../../lib/atomically.ts'
import { readJson } from '../../lib/body.ts'
import { idOf } from '../../lib/ids.ts'
import { instantOfWallTime } from '../../lib/wallClock.ts'
import { mayReview, reviewableCollections, reviewKey, titleOf } from './hooks.ts'
import { mailPublishers, mailRequester } from './notify.ts'

/**
 * The workflow's two doors (`POST /api/reviews/request`, `POST /api/reviews/:id/send-back`).
 * Publishing itself is the document's own publish, under the publish right; it closes the
 * review (see `closeReviewOnPublish`). Refusals answer `{ errors: [{ message }] }` in the
 * admin language, like Payload's own, and change nothing.
 */

const refuse = (req: PayloadRequest, status: number, key: MessageKey) =>
  Response.json({ errors: [{ message: message(key, languageOf(req)) }] }, { status })

/** A review's request or comment is a few kilobytes at most. */
const bodyBytes = 4 * maxReviewText + 1024

async function body(req: PayloadRequest) {
  const read = await readJson(req as unknown as Request, bodyBytes)
  return read.ok ? read.value : undefined
}

type Doc = Record<string, unknown> & { id: string }

/**
 * The document changes hands: the person who asked for the review (or sent it back) no longer
 * holds it open, so the admin's lock they took while editing is released, and the next person
 * opens it without a "locked by" dialog for the rest of the lock's five minutes. Another
 * person's lock is theirs to keep.
 */
async function handOver(req: PayloadRequest, collection: string, id: string, user: TypedUser) {
  // The review is recorded by now: a lock that stays is Payload's dialog, not a failed request.
  await req.payload
    .delete({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { equals: id } },
          { 'user.value': { equals: user.id } },
        ],
      },
      overrideAccess: true,
      req,
    })
    .catch((error: Error) =>
      req.payload.logger.warn(`releasing ${collection}/${id}'s lock: ${error.message}`),
    )
}

const requestEndpoint: Endpoint = {
  path: '/request',
  method: 'post',
  handler: async (req) => {
    const user = req.user as TypedUser | null
    if (!user || !isStaffUser(user)) return refuse(req, 401, 'cannotReview')
    const parsed = reviewRequest.safeParse(await body(req))
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big')
      return refuse(req, 400, tooLong ? 'tooLong' : 'badRequest')
    }
    const { collection, id, message: note } = parsed.data
    if (!reviewableCollections(req.payload).includes(collection as CollectionSlug))
      return refuse(req, 400, 'notReviewable')
    const publishAt = parsed.data.publishAt ? instantOfWallTime(parsed.data.publishAt) : undefined
    if (parsed.data.publishAt && !publishAt) return refuse(req, 400, 'badRequest')
    if (publishAt && publishAt.getTime() <= Date.now()) return refuse(req, 400, 'publishAtPast')
    // Read as the person: another site's document is simply not found.
    const doc = (await req.payload
      .findByID({
        collection: collection as CollectionSlug,
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      .catch(() => null)) as Doc | null
    const site = idOf(doc?.site)
    if (!doc || !site) return refuse(req, 404, 'notReviewable')
    if (!isAdminUser(user) && !siteIdsOf(user).includes(site))
      return refuse(req, 403, 'notYourSite')

    const key = reviewKey(collection, id)
    const now = new Date().toISOString()
    const outcome = await atomically(req, async () => {
      const existing = (
        await req.payload.find({
          collection: 'reviews',
          where: { key: { equals: key } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs[0]
      if (existing?.state === 'pending') return 'already' as const
      const action: ReviewAction = existing ? 'resubmitted' : 'submitted'
      const entry = { action, by: user.id, at: now, text: note || null }
      const data = {
        title: titleOf(req.payload, collection as CollectionSlug, doc),
        state: 'pending' as const,
        requestedBy: user.id,
        requestedAt: now,
        publishAt: publishAt?.toISOString() ?? null,
        message: note || null,
        comment: null,
      }
      return existing
        ? req.payload.update({
            collection: 'reviews',
            id: existing.id,
            data: { ...data, history: [...(existing.history ?? []), entry] },
            depth: 0,
            overrideAccess: true,
            req,
          })
        : req.payload.create({
            collection: 'reviews',
            data: {
              ...data,
              key,
              site,
              document: { relationTo: collection, value: id },
              history: [entry],
            } as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
    })
    if (outcome === 'already') return refuse(req, 409, 'alreadyInReview')
    await handOver(req, collection, id, user)
    await mailPublishers(req, outcome, user)
    return Response.json({ review: outcome }, { status: 200 })
  },
}

const sendBackEndpoint: Endpoint = {
  path: '/:id/send-back',
  method: 'post',
  handler: async (req) => {
    const user = req.user as TypedUser | null
    if (!user || !isStaffUser(user)) return refuse(req, 401, 'cannotReview')
    const id = String(req.routeParams?.id ?? '')
    // Read as the person: another district's review is not found.
    const review = await req.payload
      .findByID({ collection: 'reviews', id, depth: 0, overrideAccess: false, user, req })
      .catch(() => null)
    if (!review) return refuse(req, 404, 'notPending')
    if (!mayReview(req, idOf(review.site))) return refuse(req, 403, 'cannotReview')
    const parsed = sendBackRequest.safeParse(await body(req))
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big')
      return refuse(req, 400, tooLong ? 'tooLong' : 'commentRequired')
    }
    const comment = parsed.data.comment
    const updated = await atomically(req, async () => {
      const current = await req.payload.findByID({
        collection: 'reviews',
        id,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (current.state !== 'pending') return null
      return req.payload.update({
        collection: 'reviews',
        id,
        data: {
          state: 'changes-requested',
          comment,
          history: [
            ...(current.history ?? []),
            { action: 'sent-back', by: user.id, at: new Date().toISOString(), text: comment },
          ],
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    })
    if (!updated) return refuse(req, 409, 'notPending')
    const [collection, documentId] = updated.key.split(':') as [string, string]
    await handOver(req, collection, documentId, user)
    await mailRequester(req, updated, user)
    return Response.json({ review: updated }, { status: 200 })
  },
}

export const reviewEndpoints: Endpoint[] = [requestEndpoint, sendBackEndpoint]
