import { dueDate, newTrackingCode } from '@bawaba/eservices'
import { intake, type Accepted } from '@bawaba/eservices/intake'
import { getSite, type Locale } from '@bawaba/registry'
import type { EService } from '@bawaba/schemas'

/**
 * The edge's one write: a validated submission into the intake (packages/eservices/src/intake),
 * durable when this resolves. The tracking code (the site's three letters and eight random
 * characters) and the legal due date are fixed now, when it is received; the CMS turns the
 * entry into a submission behind the citizen's back (cms/src/intake).
 */
export interface Validated {
  service: EService
  /** The site it is addressed to. */
  site: string
  locale: Locale
  idempotencyKey: string
  digest: string
  altchaKey?: string
  fields: Record<string, unknown>
  files: Array<{ name: string; data: Buffer }>
}

export async function acceptSubmission(
  intakeUri: string,
  submission: Validated,
): Promise<Accepted> {
  const store = await intake(intakeUri)
  const receivedAt = new Date()
  const siteCode = getSite(submission.site).code
  return store.accept(
    {
      idempotencyKey: submission.idempotencyKey,
      digest: submission.digest,
      altchaKey: submission.altchaKey ?? null,
      service: submission.service,
      site: submission.site,
      locale: submission.locale,
      receivedAt: receivedAt.toISOString(),
      dueAt:
        submission.service === 'feedback'
          ? null
          : (dueDate(submission.service, receivedAt)?.toISOString() ?? null),
      input: submission.fields,
    },
    submission.files,
    () => newTrackingCode(siteCode),
  )
}
