import {
  canReopen,
  dueDate,
  newTrackingCode,
  normalizeTrackingCode,
  verifierMatches,
} from '@bawaba/eservices'
import { findSite } from '@bawaba/registry'
import {
  fieldErrors,
  maxSubmitBodyBytes,
  type IntakeEntry,
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
import { readJson } from '../../lib/body.ts'
import { createBound } from '../../lib/bounded.ts'
import { drainCode } from '../../intake/drain.ts'
import { nudgeIntakeRunner } from '../../intake/runner.ts'
import { intakeStore } from '../../intake/store.ts'
import { checkFiles, FileRefused } from './attachments.ts'
import { pepper, verifiersOf, type SubmissionContext } from './hooks.ts'
import type { HistoryEvent } from './labels.ts'

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

/**
 * The forms service's calls at once in this process (`FORMS_MAX_IN_FLIGHT`, 16): beyond, 503
 * and `Retry-After` at once, so a surge of citizens leaves the CMS to its staff.
 */
const formsBound = createBound(Number(process.env.FORMS_MAX_IN_FLIGHT || 16))
const busy = () =>
  Response.json({ error: 'busy' }, { status: 503, headers: { 'retry-after': '2' } })
const bounded = (handler: (req: PayloadRequest) => Promise<Response>) => (req: PayloadRequest) =>
  formsBound.run(() => handler(req), busy)

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
          landmark: input.landmark ?? null,
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

export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: bounded(async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, maxSubmitBodyBytes)
    if (!body.ok && body.reason === 'too-large') return json(413, { error: 'too-large' })
    return submitEnvelopeOf(req, body.ok ? body.value : undefined)
  }),
}

/**
 * Stores one envelope (already read from the request, or built by another door such as
 * Open311) as `req.user`, the forms service or the admin. The same path as the e-service forms:
 * checked here, accepted into the intake (where the key, the code and the proof of work are
 * kept once), then recorded at once by the drain so that this caller gets the record back;
 * a failure after the intake has it leaves it to the background drain (cms/src/intake).
 */
export async function submitEnvelopeOf(req: PayloadRequest, value: unknown): Promise<Response> {
  if (!allowed(req)) return json(403, { error: 'forbidden' })
  const parsed = submitEnvelope.safeParse(value)
  if (!parsed.success) return json(400, { error: 'envelope', issues: parsed.error.issues.length })
  const { service, site, locale, idempotencyKey, digest, altchaKey, input, files } = parsed.data

  // Recorded before the intake existed (or by another door): answered as before.
  const existing = await byKey(req, idempotencyKey)
  if (existing)
    return existing.digest === digest
      ? json(200, receipt(existing, true))
      : json(409, { error: 'idempotency-conflict' })

  const store = await intakeStore()
  const valid = serviceInputs[service].safeParse({ ...input, site })
  if (!valid.success) return json(400, { error: 'invalid', fields: fieldErrors(valid.error) })
  const attachments = checkFiles(service, files)
  if (!attachments.ok) return json(400, { error: 'invalid', fields: { files: attachments.rule } })
  const siteEntry = findSite(site)
  const sites = await req.payload.count({
    collection: 'sites',
    where: { slug: { equals: site } },
    overrideAccess: true,
  })
  if (!siteEntry || sites.totalDocs === 0)
    return json(400, { error: 'invalid', fields: { site: 'choice' } })

  const receivedAt = new Date()
  const accepted = await store.accept(
    {
      idempotencyKey,
      digest,
      altchaKey: altchaKey ?? null,
      service,
      site,
      locale,
      receivedAt: receivedAt.toISOString(),
      dueAt: service === 'feedback' ? null : (dueDate(service, receivedAt)?.toISOString() ?? null),
      input: valid.data as Record<string, unknown>,
    },
    attachments.files.map((file) => ({ name: file.originalName, data: file.data })),
    () => newTrackingCode(siteEntry.code),
  )
  if (accepted.kind === 'conflict')
    return json(409, {
      error: accepted.reason === 'altcha' ? 'altcha' : 'idempotency-conflict',
    })
  try {
    await drainCode(req.payload, store, accepted.code)
    // Its receipt is queued: the runner sends it now rather than at its next sweep.
    nudgeIntakeRunner()
  } catch (error) {
    // A file Payload refuses (say, a truncated image): nobody has this code yet, so nothing stays.
    if (error instanceof FileRefused && !accepted.duplicate) {
      await store.discard(accepted.code)
      return json(400, { error: 'invalid', fields: { files: 'file-corrupt' } })
    }
    // Kept in the intake: the background drain records it; the code is the caller's.
    req.payload.logger.error({ err: error, code: accepted.code }, 'submission left in the intake')
  }
  const answer: SubmitReceipt = {
    code: accepted.code,
    dueAt: accepted.dueAt,
    duplicate: accepted.duplicate,
  }
  return json(accepted.duplicate ? 200 : 201, answer)
}

/** The submission a code and contact unlock, or undefined: unknown and wrong look the same. */
async function unlocked(
  req: PayloadRequest,
  code: string,
  contact: string,
): Promise<{ doc: Record<string, any> } | { pending: IntakeEntry } | undefined> {
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
  let doc = found.docs[0] as Record<string, any> | undefined
  if (!doc) {
    const entry = await (await intakeStore()).byCode(normalized)
    if (!entry) return undefined
    // Still in the intake: "received" is true from the first answer.
    if (!entry.drainedAt)
      return verifiersOf(entry.input as { email?: string; phone?: string })
        .split(' ')
        .some((hash) => hash && verifierMatches(contact, hash, pepper()))
        ? { pending: entry }
        : undefined
    // Drained under this code but recorded under an older one (see intake/drain.ts).
    const byItsKey = await req.payload.find({
      collection: 'submissions',
      where: { idempotencyKey: { equals: entry.idempotencyKey } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      showHiddenFields: true,
    })
    doc = byItsKey.docs[0] as Record<string, any> | undefined
  }
  const hashes = String(doc?.verifier ?? '')
    .split(' ')
    .filter(Boolean)
  return doc && hashes.some((hash) => verifierMatches(contact, hash, pepper()))
    ? { doc }
    : undefined
}

/** What tracking says of an entry the drain has not recorded yet: received, nothing more. */
function trackedInIntake(entry: IntakeEntry): TrackedSubmission {
  return {
    code: entry.code,
    service: entry.service,
    site: entry.site,
    status: 'received',
    receivedAt: entry.receivedAt,
    dueAt: entry.dueAt,
    history: [{ status: 'received', at: entry.receivedAt, reply: null }],
  }
}

/** Unknown code, wrong contact and malformed request: one answer, nothing to tell apart. */
const notFound = () => json(404, { error: 'not-found' })

/** Staff-only history entries (assignments, internal notes) are not the citizen's business. */
const internalEvents: readonly HistoryEvent[] = ['assigned', 'note']

export const trackEndpoint: Endpoint = {
  path: '/track',
  method: 'post',
  handler: bounded(async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, smallBodyBytes)
    const parsed = trackRequest.safeParse(body.ok ? body.value : undefined)
    if (!parsed.success) return notFound()
    const found = await unlocked(req, parsed.data.code, parsed.data.contact)
    if (!found) return notFound()
    if ('pending' in found) return json(200, trackedInIntake(found.pending))
    const { doc } = found
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
  }),
}

/**
 * A citizen who finds the problem not solved reopens the complaint, within 30 days of its
 * resolution: it goes back to `in-progress`, the history says the citizen reopened it, and the
 * usual status mail follows. Answers `{ code, status }`.
 */
export const reopenEndpoint: Endpoint = {
  path: '/reopen',
  method: 'post',
  handler: bounded(async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const body = await readJson(req as Request, smallBodyBytes)
    const parsed = reopenRequest.safeParse(body.ok ? body.value : undefined)
    if (!parsed.success) return notFound()
    const found = await unlocked(req, parsed.data.code, parsed.data.contact)
    if (!found) return notFound()
    // Not recorded yet, so not resolved either.
    if ('pending' in found) return json(409, { error: 'not-reopenable' })
    const { doc } = found
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
  }),
}
