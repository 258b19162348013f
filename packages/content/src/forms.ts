import type { Locale } from '@bawaba/registry'
import type { EService, TrackedSubmission } from '@bawaba/schemas'
import { cmsUrlFromEnv } from './client.ts'

/**
 * The e-services' door into the CMS: what the forms service account may do there (store a
 * submission, look one up for its citizen, reopen one). Unlike the read-only content client,
 * nothing here retries on its own: a submission must be acknowledged only once the CMS has
 * answered that it is stored, and the caller decides what a failure means for the citizen.
 */
export interface FormsClientOptions {
  baseUrl?: string
  apiKey: string
  timeoutMs?: number
  fetch?: typeof fetch
}

export interface SubmitEnvelope {
  service: EService
  site: string
  locale: Locale
  idempotencyKey: string
  digest: string
  altchaKey?: string
  input: Record<string, unknown>
  files?: Array<{ name: string; data: string }>
}

export type SubmitAnswer =
  | { kind: 'stored'; code: string; dueAt: string | null; duplicate: boolean }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'conflict'; reason: 'idempotency-conflict' | 'altcha' }
  /** The CMS is down, slow or broken: nothing is known to be stored; the citizen retries. */
  | { kind: 'unavailable'; detail: string }

export type TrackAnswer =
  | { kind: 'found'; submission: TrackedSubmission }
  | { kind: 'not-found' }
  | { kind: 'not-reopenable' }
  | { kind: 'unavailable'; detail: string }

export type FormsClient = ReturnType<typeof createFormsClient>

export function createFormsClient(options: FormsClientOptions) {
  const baseUrl = (options.baseUrl ?? cmsUrlFromEnv()).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const doFetch = options.fetch ?? fetch

  async function post(
    path: string,
    body: unknown,
  ): Promise<{ status: number; json: Record<string, any> } | { error: string }> {
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: `users API-Key ${options.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const cause = error as Error & { cause?: { code?: string } }
      return {
        error: cause.name === 'TimeoutError' ? 'timeout' : (cause.cause?.code ?? cause.message),
      }
    }
    const text = await response.text().catch(() => '')
    let json: Record<string, any> = {}
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      return { error: `HTTP ${response.status}, not JSON` }
    }
    return { status: response.status, json }
  }

  async function submit(envelope: SubmitEnvelope): Promise<SubmitAnswer> {
    const answer = await post('/api/submissions/submit', envelope)
    if ('error' in answer) return { kind: 'unavailable', detail: answer.error }
    const { status, json } = answer
    if ((status === 200 || status === 201) && typeof json.code === 'string')
      return {
        kind: 'stored',
        code: json.code,
        dueAt: json.dueAt ?? null,
        duplicate: json.duplicate === true,
      }
    if (status === 400 && json.error === 'invalid' && json.fields)
      return { kind: 'invalid', fields: json.fields }
    if (status === 409 && (json.error === 'idempotency-conflict' || json.error === 'altcha'))
      return { kind: 'conflict', reason: json.error }
    // 401/403 (a wrong key), a 400 envelope error or a 5xx: our side is broken, not the
    // citizen's input; say "try again" and keep what they typed.
    return { kind: 'unavailable', detail: `HTTP ${status} ${JSON.stringify(json).slice(0, 200)}` }
  }

  async function lookup(path: string, code: string, contact: string): Promise<TrackAnswer> {
    const answer = await post(path, { code, contact })
    if ('error' in answer) return { kind: 'unavailable', detail: answer.error }
    const { status, json } = answer
    if (status === 200) return { kind: 'found', submission: json as TrackedSubmission }
    if (status === 404) return { kind: 'not-found' }
    if (status === 409 && json.error === 'not-reopenable') return { kind: 'not-reopenable' }
    return { kind: 'unavailable', detail: `HTTP ${status}` }
  }

  return {
    submit,
    track: (code: string, contact: string) => lookup('/api/submissions/track', code, contact),
    reopen: (code: string, contact: string) => lookup('/api/submissions/reopen', code, contact),
  }
}
