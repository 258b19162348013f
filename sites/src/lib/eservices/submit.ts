import {
  cleanText,
  inspectUpload,
  submissionDigest,
  verifyPayload,
  type UploadRefusal,
} from '@bawaba/eservices'
import type { Locale } from '@bawaba/registry'
import { attachmentRules, maxFileBytes, type EService } from '@bawaba/schemas'
import { maxFilesOf, textFieldsOf } from './fields.ts'
import type { AdmissionTicket } from './admission.ts'
import { bodyLimit, clientIp, limiters, readLimited, sameOrigin } from './guards.ts'
import { acceptSubmission } from './intake.ts'
import { formsSettings, MissingSetting } from './settings.ts'
import { checkFormToken, maskEmail, newFormToken, receiptToken } from './tokens.ts'
import { validateFields } from './validate.ts'

/**
 * One posted form, from the raw request to the CMS's answer. Pure request handling: the page
 * (no JavaScript: a plain POST) and the enhanced form (the same POST by fetch, JSON back)
 * both call `handleSubmission` and only differ in how they show the outcome.
 *
 * Order: no room in this process (see admission.ts), then cheap refusals (origin, rate, size),
 * then the form token and the anti-bot checks, then the fields and files, and only then the
 * intake write. Success is claimed only once the intake has it on disk; anything else keeps
 * what the citizen typed.
 */
export interface SubmissionContext {
  request: Request
  site: string
  locale: Locale
  service: EService
  clientAddress?: string
  /** The sites server's admission of this post; none (admitted) outside it. */
  admission?: AdmissionTicket
}

/** Field name → rule id (`forms.error.<rule>`); `_form` for the whole form. */
export type Errors = Record<string, string>

export type Outcome =
  | { kind: 'stored'; code: string; dueAt: string | null; receipt: string; duplicate: boolean }
  /** Show the form again with these errors, the typed values and a token to post with. */
  | {
      kind: 'invalid'
      status: number
      errors: Errors
      values: Record<string, string>
      token: string
    }
  /** Refused before reading the form (origin, size, rate): no form to give back. */
  | { kind: 'refused'; status: number; rule: string; retryAfter?: number }
  /**
   * No room now (503): without JavaScript the form comes back filled (`values`, same token),
   * with it the script posts the same form again after `retryAfter` seconds.
   */
  | {
      kind: 'busy'
      status: 503
      retryAfter: number
      values: Record<string, string>
      token: string | null
    }

const fileRules: Record<UploadRefusal, string> = {
  'too-large': 'file-too-large',
  empty: 'file-corrupt',
  type: 'file-type',
  corrupt: 'file-corrupt',
  'too-many-pixels': 'too-many-pixels',
  'pdf-active-content': 'pdf-active-content',
}

/** The values to echo back: only the form's own text fields, cleaned and bounded. */
function textValues(service: EService, form: FormData | null): Record<string, string> {
  const values: Record<string, string> = {}
  if (!form) return values
  for (const field of textFieldsOf(service)) {
    const raw = form.get(field.name)
    if (typeof raw !== 'string') continue
    values[field.name] = cleanText(raw, {
      maxLength: field.max ?? 100,
      multiline: field.kind === 'textarea',
    })
  }
  const consent = form.get('consent')
  if (consent === 'yes') values.consent = 'yes'
  const pageUrl = form.get('pageUrl')
  if (service === 'feedback' && typeof pageUrl === 'string')
    values.pageUrl = cleanText(pageUrl, { maxLength: 500 })
  return values
}

export async function handleSubmission(context: SubmissionContext): Promise<Outcome> {
  const { request, site, locale, service } = context
  let settings
  try {
    settings = formsSettings()
  } catch (error) {
    if (!(error instanceof MissingSetting)) throw error
    console.error(`[e-services] ${error.message}`)
    return { kind: 'refused', status: 503, rule: 'unavailable' }
  }

  if (context.admission && !context.admission.admitted)
    return busy(context, context.admission.retryAfter)
  if (!sameOrigin(request, site)) return { kind: 'refused', status: 403, rule: 'cross-origin' }
  const ip = clientIp(request, context.clientAddress, settings.trustProxy)
  // Every post spends from the address's budget before its body is read.
  const rate = limiters.submit.take(ip)
  if (!rate.ok)
    return {
      kind: 'refused',
      status: 429,
      rule: 'rate-limited',
      retryAfter: rate.retryAfterSeconds,
    }
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type))
    return { kind: 'refused', status: 415, rule: 'refused' }
  const body = await readLimited(request, bodyLimit(maxFilesOf(service), maxFileBytes))
  if (!body) return { kind: 'refused', status: 413, rule: 'too-large' }
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': type },
    }).formData()
  } catch {
    return { kind: 'refused', status: 400, rule: 'refused' }
  }

  const values = textValues(service, form)
  const fresh = () => newFormToken(settings.secret, site, service)
  const again = (status: number, errors: Errors, token = fresh()): Outcome => ({
    kind: 'invalid',
    status,
    errors,
    values,
    token,
  })

  // The proof of work when the browser ran it; a form that never ran JavaScript must at
  // least have been open a moment, and has a smaller budget.
  const altcha = form.get('altcha')
  const withProof = typeof altcha === 'string' && altcha.length > 0
  // Without it, a smaller share of that budget.
  const plain = withProof ? null : limiters.submitPlain.take(ip)
  if (plain && !plain.ok)
    return {
      kind: 'refused',
      status: 429,
      rule: 'rate-limited',
      retryAfter: plain.retryAfterSeconds,
    }

  const check = checkFormToken(settings.secret, form.get('token'), site, service, {
    requireFillTime: !withProof,
  })
  if (!check.ok) return again(check.reason === 'too-fast' ? 429 : 400, { _form: 'expired' })
  const token = form.get('token') as string
  // A bot fills every field it sees; people never see this one.
  const trap = form.get('website')
  if (typeof trap === 'string' && trap.trim() !== '') return again(400, { _form: 'refused' }, token)

  let altchaKey: string | undefined
  if (withProof) {
    const verdict = await verifyPayload(altcha, settings.secret)
    if (!verdict.ok) return again(400, { altcha: 'altcha' }, token)
    altchaKey = verdict.replayKey
  }

  // Fields: only strings where text is expected (a file posted as `description` is wrong).
  const multiple = new Set(
    textFieldsOf(service)
      .map((field) => field.name)
      .filter((name) => {
        const raw = form.getAll(name)
        return raw.length > 1 || raw.some((value) => typeof value !== 'string')
      }),
  )
  const checkedFields = validateFields(service, site, values, multiple)
  const { errors, target } = checkedFields

  // Files: counted, then each decided by its content and re-encoded (EXIF and GPS gone).
  const uploads = form.getAll('files').filter((value): value is File => typeof value !== 'string')
  const posted = uploads.filter((file) => file.size > 0 || file.name !== '')
  const files: Array<{ name: string; data: Buffer; sha256: string }> = []
  if (posted.length > maxFilesOf(service)) errors.files = 'too-many-files'
  else {
    const kinds = new Set<string>(attachmentRules[service].kinds)
    for (const file of posted) {
      const checked = await inspectUpload(Buffer.from(await file.arrayBuffer()), file.name, {
        maxBytes: maxFileBytes,
      })
      if (!checked.ok) {
        errors.files = fileRules[checked.reason]
        break
      }
      if (!kinds.has(checked.kind)) {
        errors.files = 'file-type'
        break
      }
      files.push({ name: checked.fileName, data: checked.data, sha256: checked.sha256 })
    }
  }
  if (Object.keys(errors).length > 0 || !checkedFields.fields) return again(400, errors, token)

  const fields = checkedFields.fields
  let answer
  try {
    answer = await acceptSubmission(settings.intakeUri, {
      service,
      site: target,
      locale,
      idempotencyKey: check.token.k,
      digest: submissionDigest(fields, files),
      altchaKey,
      fields,
      files: files.map((file) => ({ name: file.name, data: file.data })),
    })
  } catch (error) {
    console.error(`[e-services] intake unavailable for ${service} on ${site}:`, error)
    // Same token: the retry is the same submission, stored at most once.
    return again(503, { _form: 'unavailable' }, token)
  }
  if (answer.kind === 'conflict')
    // The same render sent twice with different content: a new render for the new content.
    return answer.reason === 'altcha'
      ? again(409, { altcha: 'altcha' }, token)
      : again(409, { _form: 'idempotency-conflict' })
  return {
    kind: 'stored',
    code: answer.code,
    dueAt: answer.dueAt,
    duplicate: answer.duplicate,
    receipt: receiptToken(settings.secret, {
      code: answer.code,
      service,
      site: target,
      dueAt: answer.dueAt,
      mailedTo: typeof fields.email === 'string' ? maskEmail(fields.email) : null,
      at: Date.now(),
    }),
  }
}

/**
 * The answer to a post this process has no room for. The JSON path answers before reading
 * the body (the script still has the form); the plain path reads it only to give the form
 * back as it was, with its own token, so that posting again is the same submission.
 */
async function busy(context: SubmissionContext, retryAfter: number): Promise<Outcome> {
  const { request, service } = context
  const answer = { kind: 'busy' as const, status: 503 as const, retryAfter }
  if ((request.headers.get('accept') ?? '').includes('application/json'))
    return { ...answer, values: {}, token: null }
  const type = request.headers.get('content-type') ?? ''
  const body = /^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)
    ? await readLimited(request, bodyLimit(maxFilesOf(service), maxFileBytes))
    : null
  let form: FormData | null = null
  if (body)
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } })
      .formData()
      .catch(() => null)
  const token = form?.get('token')
  return {
    ...answer,
    values: textValues(service, form),
    token: typeof token === 'string' && token.length <= 1000 ? token : null,
  }
}
