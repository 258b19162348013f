import { createRateLimiter, rateLimitKey, type RateLimiter } from '@bawaba/eservices'
import { centralSite, originMode, siteOrigin } from '@bawaba/registry'

/**
 * The edge's first checks, before any work: the request comes from one of our pages, the
 * caller has not sent too much, and the body is not larger than the form can be.
 */

/** Origins whose pages may post to this site: its own (and, locally, the bare host). */
export function allowedOrigins(slug: string): string[] {
  const origins = [siteOrigin(slug)]
  if (slug === centralSite.slug && originMode() === 'local') {
    const port = new URL(origins[0]!).port
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return origins
}

/**
 * Browsers send `Origin` with every POST; a request without it, or from another site, is
 * not one of our forms (a cross-site form, a script elsewhere). `Sec-Fetch-Site` backs it up.
 */
export function sameOrigin(request: Request, slug: string): boolean {
  const origin = request.headers.get('origin')
  if (!origin || !allowedOrigins(slug).includes(origin)) return false
  const fetchSite = request.headers.get('sec-fetch-site')
  return !fetchSite || fetchSite === 'same-origin'
}

/**
 * The caller's key for rate limits: its address (the proxy's view only when it is trusted),
 * an IPv6 one counted by its /64 (`rateLimitKey`).
 */
export function clientIp(request: Request, socketAddress: string | undefined, trustProxy: boolean) {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return rateLimitKey(forwarded.slice(0, 64))
  }
  return socketAddress ? rateLimitKey(socketAddress) : 'unknown'
}

/**
 * Per-IP budgets, per server process. A citizen files a handful of requests a day; a
 * family or an office behind one address a few more. Every post spends from `submit`
 * (before its body is read); one without JavaScript (no proof of work) from `submitPlain` too.
 */
const hour = 3600
export const limiters: Record<'submit' | 'submitPlain' | 'track' | 'challenge', RateLimiter> = {
  submit: createRateLimiter({ capacity: 20, refillPerSecond: 20 / hour, maxKeys: 100_000 }),
  submitPlain: createRateLimiter({ capacity: 8, refillPerSecond: 8 / hour, maxKeys: 100_000 }),
  track: createRateLimiter({ capacity: 30, refillPerSecond: 30 / (10 * 60), maxKeys: 100_000 }),
  challenge: createRateLimiter({ capacity: 60, refillPerSecond: 1, maxKeys: 100_000 }),
}

/** Largest body a form may send: its files, plus room for the text fields and multipart. */
export function bodyLimit(maxFiles: number, maxFileBytes: number): number {
  return maxFiles * maxFileBytes + 512 * 1024
}

/**
 * Reads the body up to `limit` bytes; `null` when it is larger. A declared length is
 * checked first, so a giant upload is refused before a byte of it is read.
 */
export async function readLimited(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength))
  }
  return Buffer.concat(chunks, size)
}
