/**
 * A bound on how many requests of one kind this process works on at once: one more is refused
 * at once (the caller answers 503 with `Retry-After`) instead of queueing. The forms service's
 * calls (submit, track, reopen) go through one, so that a surge of citizens can never take
 * every turn of the CMS's event loop from the staff working in the admin.
 */
export interface Bound {
  /** Runs `work` if there is room, else answers `full()` without running it. */
  run<T>(work: () => Promise<T>, full: () => T): Promise<T>
  readonly inFlight: number
}

export function createBound(max: number): Bound {
  if (!Number.isInteger(max) || max < 1) throw new Error(`bound: max must be ≥ 1, not ${max}`)
  let inFlight = 0
  return {
    async run(work, full) {
      if (inFlight >= max) return full()
      inFlight++
      try {
        return await work()
      } finally {
        inFlight--
      }
    },
    get inFlight() {
      return inFlight
    },
  }
}
