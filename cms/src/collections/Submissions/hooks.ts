import { dueDate, newTrackingCode, verifierHash } from '@bawaba/eservices'
import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../lib/ids.ts'

/** Fields fixed when the citizen submits: staff and requests can never change them. */
const fixedFields = [
  'trackingCode',
  'service',
  'dueAt',
  'site',
  'contact',
  'complaint',
  'correspondence',
  'urbanismInfo',
  'accessToInfo',
  'feedback',
  'verifier',
  'idempotencyKey',
  'digest',
  'altchaKey',
] as const

export function pepper(): string {
  const value = process.env.SUBMISSION_PEPPER
  if (!value) throw new Error('SUBMISSION_PEPPER is not set (see .env.example)')
  return value
}

/** One hash per way the citizen may prove the submission is theirs (email, phone). */
export function verifiersOf(contact: { email?: string | null; phone?: string | null }): string {
  return [contact.email, contact.phone]
    .filter((value): value is string => Boolean(value))
    .map((value) => verifierHash(value, pepper()))
    .join(' ')
}

/**
 * On creation the CMS, not the caller, decides what a new submission is: its tracking code
 * (with the site's code in it), its legal due date, its first status and history entry, and
 * the hashes that unlock the tracking page.
 */
export const stampNewSubmission: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const siteId = idOf(data.site)
  if (!siteId) throw new Error('a submission needs a site')
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, req })
  const now = new Date()
  const contact = (data.contact ?? {}) as { email?: string; phone?: string }
  return {
    ...data,
    trackingCode: newTrackingCode(String((site as { code?: string }).code ?? 'CAS')),
    dueAt: data.service === 'feedback' ? null : (dueDate(data.service, now)?.toISOString() ?? null),
    status: 'received',
    assignedTo: null,
    reply: null,
    note: null,
    resolvedAt: null,
    verifier: verifiersOf(contact),
    history: [{ status: 'received', at: now.toISOString() }],
  }
}

/**
 * On every update: what was submitted stays as submitted, and a change of status, a public
 * reply or an internal note becomes a history entry with who and when (the reply and note
 * fields are only the way staff write one).
 */
export const recordHistory: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const out: Record<string, unknown> = { ...data }
  for (const field of fixedFields) out[field] = originalDoc[field]
  const history = Array.isArray(originalDoc.history) ? [...originalDoc.history] : []
  const status = (data.status ?? originalDoc.status) as string
  const reply = typeof data.reply === 'string' ? data.reply.trim() : ''
  const note = typeof data.note === 'string' ? data.note.trim() : ''
  if (status !== originalDoc.status || reply || note) {
    history.push({
      status,
      at: new Date().toISOString(),
      by: req.user && req.user.collection === 'users' ? req.user.id : null,
      reply: reply || null,
      note: note || null,
    })
  }
  out.history = history
  out.reply = null
  out.note = null
  if (status === 'resolved' && originalDoc.status !== 'resolved')
    out.resolvedAt = new Date().toISOString()
  else out.resolvedAt = originalDoc.resolvedAt ?? null
  return out
}
