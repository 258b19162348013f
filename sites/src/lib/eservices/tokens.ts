import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Small signed tokens the edge hands to the browser and gets back: no server state, so any
 * sites server instance can check them. Each purpose has its own key derived from
 * FORMS_SECRET, so a token of one kind is never accepted as another.
 */
function keyFor(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`bawaba/forms/${purpose}`).digest()
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url')

export function sign(secret: string, purpose: string, payload: object): string {
  const body = b64(JSON.stringify(payload))
  const mac = createHmac('sha256', keyFor(secret, purpose)).update(body).digest()
  return `${body}.${b64(mac)}`
}

export function verify<T extends object>(
  secret: string,
  purpose: string,
  token: unknown,
): T | null {
  if (typeof token !== 'string' || token.length > 2000) return null
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const expected = createHmac('sha256', keyFor(secret, purpose)).update(body).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? (value as T) : null
  } catch {
    return null
  }
}

/**
 * One per form render: carries the idempotency key, so every retry of that render (a double
 * click, a reload after a timeout, the no-JavaScript resubmission) is the same submission.
 */
export interface FormToken {
  /** Idempotency key. */
  k: string
  /** Site and service the form was rendered for. */
  s: string
  f: string
  /** Issued at (ms). */
  t: number
}

/** A form must be older than this to be taken without proof of work (bots post at once). */
export const minimumFillMs = 2_000
/** And younger than this (a form left open overnight is rendered again, typed text kept). */
export const formTokenLifetimeMs = 24 * 3600_000

export function newFormToken(secret: string, site: string, service: string, now = Date.now()) {
  const payload: FormToken = {
    k: randomBytes(18).toString('base64url'),
    s: site,
    f: service,
    t: now,
  }
  return sign(secret, 'form', payload)
}

export type FormTokenCheck =
  { ok: true; token: FormToken } | { ok: false; reason: 'invalid' | 'expired' | 'too-fast' }

export function checkFormToken(
  secret: string,
  raw: unknown,
  site: string,
  service: string,
  { now = Date.now(), requireFillTime = false } = {},
): FormTokenCheck {
  const token = verify<FormToken>(secret, 'form', raw)
  if (!token || token.s !== site || token.f !== service || typeof token.k !== 'string')
    return { ok: false, reason: 'invalid' }
  if (typeof token.t !== 'number' || now - token.t > formTokenLifetimeMs)
    return { ok: false, reason: 'expired' }
  if (requireFillTime && now - token.t < minimumFillMs) return { ok: false, reason: 'too-fast' }
  return { ok: true, token }
}

/** What the confirmation page shows, signed so that nobody can craft a fake receipt link. */
export interface Receipt {
  code: string
  service: string
  site: string
  dueAt: string | null
  /** Where the acknowledgement went, masked (`n•••@example.ma`), or null. */
  mailedTo: string | null
  at: number
}

export const receiptToken = (secret: string, receipt: Receipt) => sign(secret, 'receipt', receipt)
export const readReceipt = (secret: string, raw: unknown) => verify<Receipt>(secret, 'receipt', raw)

/** An address shown on the receipt without spelling it out in a URL. */
export function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@')
  return `${user.slice(0, 1)}•••@${domain}`
}
