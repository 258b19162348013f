import { dueDate, newTrackingCode, verifierHash } from '@bawaba/eservices'
import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionAfterDeleteHook,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { isStaffUser, siteIdsOf } from '../../access/roles.ts'
import { inLanguage, type AdminLabel } from '../../fields/labels.ts'
import { idOf } from '../../lib/ids.ts'
import { workflowErrors } from './labels.ts'

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
    partner: null,
    transferTo: { site: null, partner: null },
    verifier: verifiersOf(contact),
    history: [{ event: 'received', status: 'received', at: now.toISOString() }],
  }
}

/** What the submission's own endpoints tell the hooks through `req.context`. */
export interface SubmissionContext extends RequestContext {
  /** Set by `/reopen`: the citizen, not staff, reopened it (with their reason, if given). */
  reopenedByCitizen?: { message?: string }
  /** Set by the submit endpoint: the receipt is mailed once the files are stored too. */
  holdReceipt?: boolean
  /**
   * Set by the submit endpoint only: the one door through which a submission is created
   * (idempotency, validation, files, tracking code). A raw REST or GraphQL create has no way
   * to set it and is refused.
   */
  throughSubmit?: boolean
  /** Submission id → site id it is being transferred to (recordHistory → moveTransferred). */
  siteTransfers?: Record<string, string>
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Staff (not the admin, not the forms service) working on the given site. */
async function isStaffOfSite(req: PayloadRequest, userId: string, siteId: string) {
  const user = await req.payload
    .findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return Boolean(user) && isStaffUser(user as never) && siteIdsOf(user as never).includes(siteId)
}

async function exists(req: PayloadRequest, collection: 'sites' | 'partners', id: string) {
  const found = await req.payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0
}

/**
 * On every update, the handling workflow:
 * - what was submitted stays as submitted (and the site changes only by a transfer);
 * - a transfer goes to another site or to a partner operator, never both, and makes the
 *   submission `transferred`; to another site, it moves there (see `moveTransferred`) and
 *   waits to be assigned by its new staff;
 * - a rejection states its reason in the public reply;
 * - only staff of the submission's site can be assigned;
 * - a change of status, a public reply, an internal note, a transfer, an assignment and a
 *   reopening by the citizen each become a history entry with who and when (the reply, note
 *   and transfer fields are only the way staff write one; they are emptied on save).
 */
export const recordHistory: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const ctx = context as SubmissionContext
  const out: Record<string, unknown> = { ...data }
  for (const field of fixedFields) out[field] = originalDoc[field]
  const history = Array.isArray(originalDoc.history) ? [...originalDoc.history] : []
  const at = new Date().toISOString()
  const by = req.user && req.user.collection === 'users' ? req.user.id : null
  const site = idOf(originalDoc.site)!
  const reopened = ctx.reopenedByCitizen

  let status = (data.status ?? originalDoc.status) as string
  const reply = text(data.reply)
  const note = text(data.note)
  const transfer = (data.transferTo ?? {}) as { site?: unknown; partner?: unknown }
  const toSite = idOf(transfer.site) ?? null
  const toPartner = idOf(transfer.partner) ?? null
  const assignedBefore = idOf(originalDoc.assignedTo) ?? null
  let assigned = 'assignedTo' in data ? (idOf(data.assignedTo) ?? null) : assignedBefore

  const errors: Array<{ path: string; message: string }> = []
  const refuse = (path: string, message: AdminLabel) =>
    errors.push({ path, message: inLanguage(message, req.i18n?.language) })
  if (toSite && toPartner) refuse('transferTo.site', workflowErrors.oneTarget)
  else if (toSite === site) refuse('transferTo.site', workflowErrors.sameSite)
  else if (toSite && !(await exists(req, 'sites', toSite)))
    refuse('transferTo.site', workflowErrors.unknownTarget)
  else if (toPartner && !(await exists(req, 'partners', toPartner)))
    refuse('transferTo.partner', workflowErrors.unknownTarget)
  if (toSite || toPartner) status = 'transferred'
  else if (status === 'transferred' && originalDoc.status !== 'transferred')
    refuse('transferTo.site', workflowErrors.transferTarget)
  if (status === 'rejected' && originalDoc.status !== 'rejected' && !reply)
    refuse('reply', workflowErrors.rejectionReason)
  // The new site's staff assign it; nobody of the old one keeps it.
  if (toSite) assigned = null
  else if (assigned && assigned !== assignedBefore && !(await isStaffOfSite(req, assigned, site)))
    refuse('assignedTo', workflowErrors.assignee)
  if (errors.length) throw new ValidationError({ collection: 'submissions', errors, req })

  const statusChanged = status !== originalDoc.status
  if (reopened) {
    history.push({ event: 'reopened', status, at, by: null, message: reopened.message || null })
  } else if (toSite || toPartner) {
    history.push({
      event: 'transferred',
      status,
      at,
      by,
      reply: reply || null,
      note: note || null,
      fromSite: toSite ? site : null,
      toSite,
      partner: toPartner,
    })
  } else if (statusChanged || reply || note) {
    const event = statusChanged ? 'status' : reply ? 'reply' : 'note'
    history.push({ event, status, at, by, reply: reply || null, note: note || null })
  }
  if (assigned !== assignedBefore)
    history.push({ event: 'assigned', status, at, by, assignedTo: assigned })

  // On `req.context` as it is now: each Local API call with `req` replaces the object.
  if (toSite) {
    const transfers = (req.context as SubmissionContext).siteTransfers
    req.context.siteTransfers = { ...transfers, [String(originalDoc.id)]: toSite }
  }
  out.status = status
  out.assignedTo = assigned
  out.partner = toPartner ?? (toSite ? null : (idOf(originalDoc.partner) ?? null))
  out.transferTo = { site: null, partner: null }
  out.history = history
  out.reply = null
  out.note = null
  // When it was resolved, for as long as it stays resolved (a reopening starts over).
  if (status !== 'resolved') out.resolvedAt = null
  else if (originalDoc.status !== 'resolved') out.resolvedAt = at
  else out.resolvedAt = originalDoc.resolvedAt ?? null
  return out
}

/**
 * A submission transferred to another site moves there, files included: the new site's staff
 * see it, the old site's no longer do. Written below field validation, which would refuse a
 * site the transferring user does not work on; `recordHistory` has checked the transfer.
 */
export const moveTransferred: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const transfers = (context as SubmissionContext).siteTransfers
  const to = transfers?.[String(doc.id)]
  if (!to) return doc
  delete transfers![String(doc.id)]
  await req.payload.db.updateOne({
    collection: 'submissions',
    id: doc.id,
    data: { site: to },
    req,
    returning: false,
  })
  await req.payload.update({
    collection: 'submission-files',
    where: { submission: { equals: doc.id } },
    data: { site: to },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { ...doc, site: to }
}

/** Deleting a submission deletes its files: noted before, done once the submission is gone. */
export const noteFilesToDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const files = await req.payload.find({
    collection: 'submission-files',
    where: { submission: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // On `req.context` as it is now: each Local API call with `req` replaces the object.
  req.context[`files:${id}`] = files.docs.map((file) => file.id)
}

export const deleteFiles: CollectionAfterDeleteHook = async ({ id, req, context }) => {
  const ids = (context[`files:${id}`] as string[] | undefined) ?? []
  if (!ids.length) return
  await req.payload.delete({
    collection: 'submission-files',
    where: { id: { in: ids } },
    overrideAccess: true,
    req,
  })
}
