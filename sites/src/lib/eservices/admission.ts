/**
 * The edge's bound on work in flight: at most `maxInFlight` form posts are handled at once in
 * this process (parsing, checks, the intake write); one more is refused at once with 503 and
 * `Retry-After`, before any of that work, instead of queueing behind the others until the
 * citizen gives up. The sites server (scripts/serve-sites.ts) admits each post and hands the
 * ticket to the page through `locals`; the page answers a refused post in the citizen's
 * language with the form as it was sent (docs/e-services.md, "Under a surge").
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
