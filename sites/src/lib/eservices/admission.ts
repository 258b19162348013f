import type { IncomingMessage, ServerResponse } from 'node:http'
import { isLocale } from '@bawaba/registry'
import { eServices } from '@bawaba/schemas'
import { securityHeaders } from '../securityHeaders.ts'
import { busyAnswer } from './busy.ts'

/**
 * The edge's bound on work in flight: at most `maxInFlight` form posts are handled at once in
 * this process (parsing, checks, the intake write); one more is refused at once with 503 and
 * `Retry-After`, before any of that work, instead of queueing behind the others until the
 * citizen gives up. The sites server (scripts/serve-sites.ts) admits each post and hands the
 * ticket to the page through `locals`. A refused post costs almost nothing: the enhanced form's
 * (JSON) is answered by the sites server itself, before the site's server bundle runs
 * (`answerRefusal`); only the plain form's goes on to its page, which gives the form back as it
 * was sent, in the citizen's language (docs/e-services.md, "Under a surge").
 */
export interface AdmissionTicket {
  /** False when the process was full: answer 503 without doing the work. */
  admitted: boolean
  /** Seconds to wait before posting again (jittered, so retries do not come back together). */
  retryAfter: number
  /** Frees the place (idempotent); call it when the answer is sent or the client left. */
  leave(): void
}

export interface Admission {
  enter(): AdmissionTicket
  /** Posts being handled now. */
  readonly inFlight: number
  /** Posts refused since the process started. */
  readonly refused: number
}

export interface AdmissionOptions {
  maxInFlight: number
  /** Shortest wait asked of a refused citizen, in seconds; up to twice as long with jitter. */
  retryAfterSeconds?: number
  random?: () => number
}

export function createAdmission(options: AdmissionOptions): Admission {
  const { maxInFlight } = options
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1)
    throw new Error(`admission: maxInFlight must be a positive integer, not ${maxInFlight}`)
  const base = options.retryAfterSeconds ?? 2
  const random = options.random ?? Math.random
  let inFlight = 0
  let refused = 0
  const retryAfter = () => base + Math.floor(random() * (base + 1))
  return {
    enter() {
      if (inFlight >= maxInFlight) {
        refused++
        return { admitted: false, retryAfter: retryAfter(), leave: () => {} }
      }
      inFlight++
      let left = false
      return {
        admitted: true,
        retryAfter: retryAfter(),
        leave() {
          if (left) return
          left = true
          inFlight--
        },
      }
    },
    get inFlight() {
      return inFlight
    },
    get refused() {
      return refused
    },
  }
}

/** From `EDGE_MAX_IN_FLIGHT` (default 32, measured: docs/measurements.md). */
export function admissionFromEnv(env: Record<string, string | undefined> = process.env) {
  const raw = env.EDGE_MAX_IN_FLIGHT
  const maxInFlight = raw === undefined || raw === '' ? 32 : Number(raw)
  return createAdmission({ maxInFlight })
}

/** An e-service form's own page (where its form is posted): `/<locale>/e-services/<service>/`. */
const formPage = new RegExp(`^/([a-z]{2,3})/e-services/(?:${eServices.join('|')})/?$`)

/**
 * Answers a refused form post at the door when no page is needed: a post of the enhanced form
 * (`Accept: application/json`) gets 503, `Retry-After` and the JSON it retries from, in the
 * page's language, without its body being read or the site's bundle loaded. Answers whether it
 * did; a plain post (its page gives the form back filled) and anything else go on.
 */
export function answerRefusal(
  req: IncomingMessage,
  res: ServerResponse,
  ticket: AdmissionTicket,
  pathname: string,
): boolean {
  if (ticket.admitted || !String(req.headers.accept ?? '').includes('application/json'))
    return false
  const locale = formPage.exec(pathname)?.[1]
  if (!isLocale(locale)) return false
  const body = JSON.stringify(busyAnswer(locale, ticket.retryAfter))
  res.writeHead(503, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'retry-after': String(ticket.retryAfter),
    // What the bundle's middleware gives its answers (src/middleware.ts).
    ...securityHeaders({ html: false }),
  })
  // The body that may still be coming is read and dropped by Node (the connection stays usable).
  res.end(body)
  return true
}
