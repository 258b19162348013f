import type { Access, FieldAccess, Where } from 'payload'
import { isAdminUser, isFormsService, isStaffUser, siteIdsOf } from '../../access/roles.ts'
import type { SubmissionContext } from './hooks.ts'

type User = Parameters<typeof siteIdsOf>[0]

/**
 * Who sees a submission: the staff of the site it is addressed to (central staff: those
 * addressed to the commune), the platform admin all of them. Never the forms service, never
 * anonymous callers, never another district.
 */
export function submissionScope(user: User): Where | boolean {
  if (isAdminUser(user)) return true
  if (!isStaffUser(user)) return false
  const ids = siteIdsOf(user)
  return ids.length ? { site: { in: ids } } : false
}

export const submissionAccess = {
  read: (({ req }) => submissionScope(req.user)) as Access,
  // Only through the submit endpoint (idempotency, validation, files, tracking), as the forms
  // service (or the admin): never a raw REST or GraphQL create, which would skip all of it.
  create: (({ req }) =>
    (req.context as SubmissionContext).throughSubmit === true &&
    (isFormsService(req.user) || isAdminUser(req.user))) as Access,
  // Staff handle submissions of their sites; the district editor too (no publishing here).
  update: (({ req }) => submissionScope(req.user)) as Access,
  // Deleting a citizen's file is a retention decision: the platform admin's.
  delete: (({ req }) => isAdminUser(req.user)) as Access,
}

/** Field read: personal data only for staff (the forms service writes it, never reads it). */
export const staffOfSubmission: FieldAccess = ({ req }) => isStaffUser(req.user)
