import { canReopen, normalizeTrackingCode, verifierMatches } from '@bawaba/eservices'
import {
  fieldErrors,
  maxSubmitBodyBytes,
  reopenRequest,
  serviceInputs,
  submitEnvelope,
  trackRequest,
  type EService,
  type SubmitReceipt,
  type TrackedSubmission,
} from '@bawaba/schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { isAdminUser, isFormsService } from '../../access/roles.ts'
import { atomically } from '../../lib/atomically.ts'
import { readJson } from '../../lib/body.ts'
import { checkFiles, FileRefused, removeWritten, storeFiles } from './attachments.ts'
import { pepper, type SubmissionContext } from './hooks.ts'
import type { HistoryEvent } from './labels.ts'
import { mailCitizen } from './notify.ts'

/**
 * The doors of the e-services into the CMS, for the forms service only (the public never
 * talks to the CMS directly): `submit` stores a submission and its files once per idempotency
 * key, `track` answers a tracking request without any personal data, `reopen` lets the
 * citizen reopen a resolved complaint. Request and answer shapes: @bawaba/schemas
 * (submissionApi.ts).
 */

const json = (status: number, body: unknown) => Response.json(body, { status })

/** Tracking and reopening bodies are a code and a contact: a few hundred bytes. */
const smallBodyBytes = 16 * 1024

function allowed(req: PayloadRequest) {
  return isFormsService(req.user) || isAdminUser(req.user)
}

/** The CMS fields of a validated input. */
export function fieldsOf(service: EService, input: Record<string, any>) {
  const contact = {
    name: input.name ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  }
  switch (service) {
    case 'complaint':
      return {
        contact,
        complaint: {
          category: input.category,
          description: input.description,
          address: input.address ?? null,
          lat: input.lat ?? null,
          lng: input.lng ?? null,
        },
      }
    case 'correspondence':
      return {
        contact,
        correspondence: {
          department: input.department,
          subject: input.subject,
          message: input.message,
        },
      }
    case 'urbanism-info':
      return {
        contact,
        urbanismInfo: {
          landTitle: input.landTitle ?? null,
          parcelRef: input.parcelRef ?? null,
          location: input.location,
          capacity: input.capacity,
          purpose: input.purpose,
        },
      }
    case 'access-to-info':
      return {
        contact,
        accessToInfo: {
          information: input.information,
          answerForm: input.answerForm,
          reason: input.reason ?? null,
        },
      }
    case 'feedback':
      return {
        contact: { name: null, email: input.email ?? null, phone: null },
        feedback: { pageUrl: input.pageUrl, message: input.message },
      }
  }
}

async function byKey(req: PayloadRequest, idempotencyKey: string) {
  const found = await req.payload.find({
    collection: 'submissions',
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0] as Record<string, any> | undefined
}

function receipt(doc: Record<string, any>, duplicate: boolean): SubmitReceipt {
  return { code: doc.trackingCode, dueAt: doc.dueAt ?? null, duplicate }
}

/** Unique-index violations name the field (SQLite: the column; MongoDB: the key). */
function uniqueClash(error: unknown): 'idempotencyKey' | 'altchaKey' | null {
  const text = JSON.stringify((error as { data?: unknown })?.data ?? '') + String(error)
  if (/idempotency/i.test(text)) return 'idempotencyKey'
  if (/altcha/i.test(text)) return 'altchaKey'
  return null
}

export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, maxSubmitBodyBytes)
    if (!body.ok && body.reason === 'too-large') return json(413, { error: 'too-large' })
    return submitEnvelopeOf(req, body.ok ? body.value : undefined)
  },
}

/**
 * Stores one envelope (already read from the request, or built by another door such as
 * Open311) as `req.user`, the forms service or the admin: the one path by which submissions
 * are stored (idempotency, validation, files, tracking code, due date, history, mail).
 */
export async function submitEnvelopeOf(req: PayloadRequest, value: unknown): Promise<Response> {
  if (!allowed(req)) return json(403, { error: 'forbidden' })
  const parsed = submitEnvelope.safeParse(value)
  if (!parsed.success) return json(400, { error: 'envelope', issues: parsed.error.issues.length })
  const { service, site, locale, idempotencyKey, digest, altchaKey, input, files } = parsed.data

  const existing = await byKey(req, idempotencyKey)
  if (existing)
    return existing.digest === digest
      ? json(200, receipt(existing, true))
      : json(409, { error: 'idempotency-conflict' })

  const valid = serviceInputs[service].safeParse({ ...input, site })
  if (!valid.success) return json(400, { error: 'invalid', fields: fieldErrors(valid.error) })
  const attachments = checkFiles(service, files)
  if (!attachments.ok) return json(400, { error: 'invalid', fields: { files: attachments.rule } })
  const sites = await req.payload.find({
    collection: 'sites',
    where: { slug: { equals: site } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const siteDoc = sites.docs[0]
  if (!siteDoc) return json(400, { error: 'invalid', fields: { site: 'choice' } })

  const fields = fieldsOf(service, valid.data as Record<string, any>)
  const context: SubmissionContext = { holdReceipt: true, throughSubmit: true }
  const written: string[] = []
  let doc: Record<string, any>
  try {
    // The submission and its files together, or nothing at all.
    doc = await atomically(req, async () => {
      const created = await req.payload.create({
        collection: 'submissions',
        data: {
          ...fields,
          contact: { ...fields.contact, locale },
          service,
          site: siteDoc.id,
          idempotencyKey,
          digest,
          altchaKey: altchaKey ?? null,
        } as never,
        overrideAccess: false,
        user: req.user,
        depth: 0,
        showHiddenFields: true,
        context,
        req,
      })
      await storeFiles(req, { id: created.id, site: siteDoc.id }, attachments.files, written)
      return created as Record<string, any>
    })
  } catch (error) {
    await removeWritten(req, written)
    if (error instanceof FileRefused)
      return json(400, { error: 'invalid', fields: { files: 'file-corrupt' } })
    const clash = uniqueClash(error)
    if (clash === 'idempotencyKey') {
      // Two deliveries of the same form raced: the other one stored it.
      const stored = await byKey(req, idempotencyKey)
      if (stored && stored.digest === digest) return json(200, receipt(stored, true))
      return json(409, { error: 'idempotency-conflict' })
    }
    if (clash === 'altchaKey') return json(409, { error: 'altcha' })
    throw error
  }
  // Stored: a receipt that cannot be mailed is logged, never an error for the citizen.
  await mailCitizen(req, doc as never, 'ack').catch((error) =>
    req.payload.logger.error({ err: error, code: doc.trackingCode }, 'receipt not mailed'),
  )
  return json(201, receipt(doc, false))
}

/** The submission a code and contact unlock, or undefined: unknown and wrong look the same. */
async function unlocked(req: PayloadRequest, code: string, contact: string) {
  const normalized = normalizeTrackingCode(code)
  if (!normalized) return undefined
  const found = await req.payload.find({
    collection: 'submissions',
    where: { trackingCode: { equals: normalized } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const doc = found.docs[0] as Record<string, any> | undefined
  const hashes = String(doc?.verifier ?? '')
    .split(' ')
    .filter(Boolean)
  return doc && hashes.some((hash) => verifierMatches(contact, hash, pepper())) ? doc : undefined
}

/** Unknown code, wrong contact and malformed request: one answer, nothing to tell apart. */
const notFound = () => json(404, { error: 'not-found' })

/** Staff-only history entries (assignments, internal notes) are not the citizen's business. */
const internalEvents: readonly HistoryEvent[] = ['assigned', 'note']

export const trackEndpoint: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, smallBodyBytes)
    const parsed = trackRequest.safeParse(body.ok ? body.value : undefined)
    if (!parsed.success) return notFound()
    const doc = await unlocked(req, parsed.data.code, parsed.data.contact)
    if (!doc) return notFound()
    const tracked: TrackedSubmission = {
      code: doc.trackingCode,
      service: doc.service,
      site: typeof doc.site === 'object' ? doc.site.slug : String(doc.site),
      status: doc.status,
      receivedAt: doc.createdAt,
      dueAt: doc.dueAt ?? null,
      history: (doc.history ?? [])
        .filter((entry: Record<string, any>) => !internalEvents.includes(entry.event))
        .map((entry: Record<string, any>) => ({
          status: entry.status,
          at: entry.at,
          reply: entry.reply ?? null,
        })),
    }
    return json(200, tracked)
  },
}

/**
 * A citizen who finds the problem not solved reopens the complaint, within 30 days of its
 * resolution: it goes back to `in-progress`, the history says the citizen reopened it, and the
 * usual status mail follows. Answers `{ code, status }`.
 */
export const reopenEndpoint: Endpoint = {
  path: '/reopen',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, smallBodyBytes)
    const parsed = reopenRequest.safeParse(body.ok ? body.value : undefined)
    if (!parsed.success) return notFound()
    const doc = await unlocked(req, parsed.data.code, parsed.data.contact)
    if (!doc) return notFound()
    const resolvedAt = doc.resolvedAt ? new Date(doc.resolvedAt) : null
    const reopenable =
      doc.service === 'complaint' &&
      doc.status === 'resolved' &&
      resolvedAt !== null &&
      !Number.isNaN(resolvedAt.getTime()) &&
      canReopen(resolvedAt, new Date())
    if (!reopenable) return json(409, { error: 'not-reopenable' })
    const context: SubmissionContext = {
      reopenedByCitizen: { message: parsed.data.reason || undefined },
    }
    const updated = await req.payload.update({
      collection: 'submissions',
      id: doc.id,
      data: { status: 'in-progress' },
      depth: 0,
      overrideAccess: true,
      context,
      req,
    })
    return json(200, { code: updated.trackingCode, status: updated.status })
  },
}
