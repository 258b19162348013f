import { z } from 'zod'
import { eServices } from './submissions.ts'

/**
 * A submission as the intake holds it between the citizen's acknowledgement and the CMS's
 * record: validated by the edge with `serviceInputs`, durable before the tracking code is
 * shown, turned into a Payload submission by the CMS's drain (cms/src/intake). The tracking
 * code and the due date are fixed here, when it was received, not when it is drained.
 */
export const intakeRecord = z.object({
  /** The tracking code the citizen was given (`newTrackingCode`), unique in the intake. */
  code: z.string().regex(/^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
  /** One per form render: the same key is the same submission, stored once. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  /** `submissionDigest` of the validated fields and files: a retry must carry the same. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /** Proof of work spent, unique: an ALTCHA payload is good for one submission. */
  altchaKey: z.string().min(1).max(200).nullable().default(null),
  service: z.enum(eServices),
  /** The slug of the site the submission is addressed to. */
  site: z.string().min(1).max(40),
  /** The language the citizen wrote in (their mails come in it). */
  locale: z.enum(['ar', 'fr', 'zgh', 'en']),
  /** When it was received (ISO): the start of its legal deadline. */
  receivedAt: z.iso.datetime(),
  /** Its legal deadline (ISO), or null for services without one. */
  dueAt: z.iso.datetime().nullable(),
  /** The fields, as validated by `serviceInputs[service]`. */
  input: z.record(z.string(), z.unknown()),
})
export type IntakeRecord = z.output<typeof intakeRecord>

/** One attachment in the intake, already checked and re-encoded by the edge. */
export interface IntakeFile {
  /** The citizen's file name, made safe (`safeFileName`). */
  name: string
  data: Buffer
}

/** An intake record with its files and where the drain stands with it. */
export interface IntakeEntry extends IntakeRecord {
  files: IntakeFile[]
  /** When the CMS recorded it as a submission, or null while it waits in the intake. */
  drainedAt: string | null
}
