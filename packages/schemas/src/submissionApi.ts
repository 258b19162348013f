import { z } from 'zod'
import { attachmentRules, eServices, maxFileBytes } from './submissions.ts'

/**
 * What the e-services endpoints send the CMS (`/api/submissions/submit`, `/track`, `/reopen`)
 * and what they get back. The e-services edge builds these bodies; the CMS parses them with
 * the same schemas.
 */

/** Most files any service accepts (see `attachmentRules`). */
export const maxFilesPerSubmission = Math.max(
  ...Object.values(attachmentRules).map((rule) => rule.max),
)

/** Length of the base64 text of `bytes` bytes. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4

/**
 * Largest submit body the CMS reads: the most files, each as large as allowed and base64
 * encoded, plus 1 MiB for the fields and the JSON around them (about 71 MB). Larger bodies
 * are refused with 413 before being read whole.
 */
export const maxSubmitBodyBytes = maxFilesPerSubmission * base64Length(maxFileBytes) + 1024 * 1024

/**
 * One attachment, already checked and re-encoded (EXIF stripped) by the e-services edge. The
 * CMS checks count, size and kind again and answers with a `FileRule` (not an envelope error)
 * when one breaks the rules.
 */
export const submitFile = z.object({
  /** The citizen's file name, made safe by the edge (`safeFileName`); shown to staff. */
  name: z.string().trim().min(1).max(200),
  /** The bytes, base64 (standard alphabet, padded). */
  data: z.string(),
})
export type SubmitFile = z.input<typeof submitFile>

/** Why the CMS refused the files (`fields.files`); `forms.error.<rule>` words each one. */
export type FileRule = 'too-many-files' | 'file-too-large' | 'file-type' | 'file-corrupt'

export const submitEnvelope = z.object({
  service: z.enum(eServices),
  /** The site's slug. */
  site: z.string().min(1).max(40),
  locale: z.enum(['ar', 'fr', 'zgh', 'en']),
  /** One per form render: the same key returns the same tracking code. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  /**
   * `submissionDigest(validated input fields, files.map((f) => ({ sha256: sha256(bytes) })))`
   * from @bawaba/eservices: a retry with the same key must carry the same digest.
   */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /** Proof-of-work already spent: stored with a unique index so it cannot be replayed. */
  altchaKey: z.string().min(1).max(200).optional(),
  /** The form's fields, validated by the CMS with `serviceInputs[service]`. */
  input: z.record(z.string(), z.unknown()),
  /** Attachments in the order the citizen gave them; how many and which kinds per service. */
  files: z.array(submitFile).default([]),
})
export type SubmitEnvelope = z.input<typeof submitEnvelope>

/** 201 (stored) or 200 (`duplicate: true`, the same key and digest were stored before). */
export interface SubmitReceipt {
  code: string
  dueAt: string | null
  duplicate: boolean
}

/** Tracking and reopening: the code and the email or phone given with the submission. */
export const trackRequest = z.object({ code: z.string().max(40), contact: z.string().max(254) })
export type TrackRequest = z.input<typeof trackRequest>

export const reopenRequest = trackRequest.extend({
  /** Why the problem is not solved, in the citizen's words (optional; shown to staff). */
  reason: z.string().trim().max(2000).optional(),
})
export type ReopenRequest = z.input<typeof reopenRequest>
