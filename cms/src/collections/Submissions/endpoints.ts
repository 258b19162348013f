import { normalizeTrackingCode, verifierMatches } from '@bawaba/eservices'
import {
  eServices,
  fieldErrors,
  serviceInputs,
  type EService,
  type TrackedSubmission,
} from '@bawaba/schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { isAdminUser, isFormsService } from '../../access/roles.ts'
import { pepper } from './hooks.ts'

/**
 * The two doors of the e-services into the CMS, for the forms service only (the public never
 * talks to the CMS directly): `submit` stores a submission once per idempotency key, `track`
 * answers a tracking request without any personal data.
 */

const json = (status: number, body: unknown) => Response.json(body, { status })

const envelope = z.object({
  service: z.enum(eServices),
  site: z.string().min(1).max(40),
  locale: z.enum(['ar', 'fr', 'zgh', 'en']),
  /** One per form render: the same key returns the same tracking code. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  /** Digest of the fields and files (@bawaba/eservices submissionDigest). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /** Proof-of-work already spent: stored with a unique index so it cannot be replayed. */
  altchaKey: z.string().min(1).max(200).optional(),
  input: z.record(z.string(), z.unknown()),
})

async function body(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

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

function receipt(doc: Record<string, any>, duplicate: boolean) {
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
    const parsed = envelope.safeParse(await body(req))
    if (!parsed.success) return json(400, { error: 'envelope', issues: parsed.error.issues.length })
    const { service, site, locale, idempotencyKey, digest, altchaKey, input } = parsed.data

    const existing = await byKey(req, idempotencyKey)
    if (existing)
      return existing.digest === digest
        ? json(200, receipt(existing, true))
        : json(409, { error: 'idempotency-conflict' })

    const valid = serviceInputs[service].safeParse({ ...input, site })
    if (!valid.success) return json(400, { error: 'invalid', fields: fieldErrors(valid.error) })
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
    try {
      const doc = await req.payload.create({
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
      })
      return json(201, receipt(doc as Record<string, any>, false))
    } catch (error) {
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
  },
}

const trackBody = z.object({ code: z.string().max(40), contact: z.string().max(254) })

export const trackEndpoint: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req)) return json(403, { error: 'forbidden' })
    const parsed = trackBody.safeParse(await body(req))
    const code = parsed.success ? normalizeTrackingCode(parsed.data.code) : null
    // Unknown code, wrong contact and malformed request: one answer, nothing to tell apart.
    const notFound = () => json(404, { error: 'not-found' })
    if (!parsed.success || !code) return notFound()
    const found = await req.payload.find({
      collection: 'submissions',
      where: { trackingCode: { equals: code } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const doc = found.docs[0] as Record<string, any> | undefined
    const hashes = String(doc?.verifier ?? '')
      .split(' ')
      .filter(Boolean)
    if (!doc || !hashes.some((hash) => verifierMatches(parsed.data.contact, hash, pepper())))
      return notFound()
    const tracked: TrackedSubmission = {
      code: doc.trackingCode,
      service: doc.service,
      site: typeof doc.site === 'object' ? doc.site.slug : String(doc.site),
      status: doc.status,
      receivedAt: doc.createdAt,
      dueAt: doc.dueAt ?? null,
      history: (doc.history ?? []).map((entry: Record<string, any>) => ({
        status: entry.status,
        at: entry.at,
        reply: entry.reply ?? null,
      })),
    }
    return json(200, tracked)
  },
}
