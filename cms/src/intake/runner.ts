import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { IntakeStore } from '@bawaba/eservices/intake'
import { drainOnce, parked } from './drain.ts'
import { receiptsDue, sendDueReceipts } from './receipts.ts'
import { intakeStore } from './store.ts'

/**
 * Behind the e-services: every CMS instance runs this loop; the one holding the intake's lease
 * drains the intake into submissions and sends the due receipts. Safety does not rest on the
 * lease (see drain.ts): it only keeps two instances from doing the same work.
 *
 * Idle, it costs next to nothing: every `INTAKE_POLL_MS` (250) it reads the intake's watermark
 * (SQLite's `data_version`: no lock, no write, in the intake's thread), and looks further only
 * when it moved: a count of what waits, and only then the lease and the drain. So a new entry is
 * being drained within a poll of its commit. Every `INTAKE_SWEEP_MS` (30 s) it also counts the
 * receipts due (an indexed count) and what waits, for the work no watermark announces: a receipt
 * whose retry time came, an instance that died holding the lease. The lease is taken only when
 * there is work, renewed every pass (10 s), and given back as soon as the work is done, so an
 * idle instance writes nothing at all, and another instance can take over at once.
 */
const leaseName = 'drain'
const leaseMs = 10_000

export interface IntakeRunner {
  /** Looks at once (say, a receipt was just queued here) instead of at the next poll or sweep. */
  nudge(): void
  /**
   * Stops: the transaction or mail in hand is finished and recorded, nothing new is started,
   * the lease is given back (another instance takes over at once). Resolves when it has.
   */
  stop(): Promise<void>
}

export interface IntakeRunnerOptions {
  pollMs?: number
  sweepMs?: number
  /** Defaults to the CMS's intake (store.ts). */
  store?: IntakeStore
}

export function startIntakeRunner(
  payload: Payload,
  options: IntakeRunnerOptions = {},
): IntakeRunner {
  const pollMs = options.pollMs ?? Number(process.env.INTAKE_POLL_MS ?? 250)
  const sweepMs = options.sweepMs ?? Number(process.env.INTAKE_SWEEP_MS ?? 30_000)
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const stopping = new AbortController()
  const { signal } = stopping
  // The first look is a full one.
  let nudged = true
  let wake: (() => void) | null = null
  const sleep = (ms: number) =>
    new Promise<void>((done) => {
      if (signal.aborted || nudged) return done()
      const timer = setTimeout(finish, ms)
      wake = finish
      function finish() {
        clearTimeout(timer)
        wake = null
        done()
      }
    })

  let seen: string | null = null
  let nextSweep = 0
  /** Work was seen but another instance held the lease: keep asking until it is done. */
  let contended = false

  async function waiting(store: IntakeStore): Promise<boolean> {
    const { pending } = await store.backlog()
    return pending > parked().count
  }

  /** Whether there is anything to do; cheap when there is not (see above). */
  async function hasWork(store: IntakeStore): Promise<boolean> {
    const now = Date.now()
    if (nudged || now >= nextSweep) {
      nudged = false
      nextSweep = now + sweepMs
      seen = await store.watermark()
      return (await waiting(store)) || (await receiptsDue(payload))
    }
    const { nextAt } = parked(now)
    if (nextAt !== null && nextAt <= now) return true
    const mark = await store.watermark()
    const moved = mark !== seen
    seen = mark
    if (!moved && !contended) return false
    contended = await waiting(store)
    return contended
  }

  /** Holds the lease while there is work: drain, receipts (at most every second meanwhile). */
  async function work(store: IntakeStore) {
    if (!(await store.takeLease(leaseName, holder, leaseMs))) {
      contended = true
      return
    }
    contended = false
    try {
      let receiptsAt = 0
      while (!signal.aborted) {
        const { drained } = await drainOnce(payload, store, undefined, signal)
        let sent = 0
        if (!signal.aborted && (drained === 0 || Date.now() - receiptsAt > 1000)) {
          receiptsAt = Date.now()
          sent = await sendDueReceipts(payload, 20, new Date(), signal)
        }
        if (drained === 0 && sent === 0) break
        // Renewed for the next pass; lost (this process stalled past it): the other goes on.
        if (!(await store.takeLease(leaseName, holder, leaseMs))) return
      }
    } finally {
      await store.releaseLease(leaseName, holder).catch((error: unknown) => {
        payload.logger.warn({ err: error }, 'intake runner: lease not given back; it runs out')
      })
    }
  }

  const loop = (async () => {
    const store = options.store ?? (await intakeStore())
    while (!signal.aborted) {
      try {
        if (await hasWork(store)) await work(store)
      } catch (error) {
        payload.logger.error({ err: error }, 'intake runner: pass failed, trying again')
        await sleep(pollMs * 8)
      }
      await sleep(pollMs)
    }
  })()

  return {
    nudge() {
      nudged = true
      wake?.()
    },
    async stop() {
      stopping.abort()
      wake?.()
      await loop
    },
  }
}

/**
 * Started once per CMS server process (payload.config.ts's onInit): in `cms/server.ts` (which
 * sets INTAKE_RUNNER=on), `next start`/`next dev`,
 * not in scripts, seeds, tests on their own database or the build (`INTAKE_RUNNER=off`
 * forces it off, `on` on).
 */
export function shouldRunIntake(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.INTAKE_RUNNER === 'off') return false
  if (env.INTAKE_RUNNER === 'on') return true
  return env.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build'
}

const runnerKey = Symbol.for('bawaba.intakeRunner')
const runnerOf = () => (globalThis as Record<symbol, IntakeRunner | undefined>)[runnerKey]

/** payload.config.ts's onInit: one runner per process, where `shouldRunIntake` says so. */
export async function startIntakeOnce(payload: Payload): Promise<void> {
  if (!shouldRunIntake() || runnerOf()) return
  ;(globalThis as Record<symbol, IntakeRunner>)[runnerKey] = startIntakeRunner(payload)
}

/** Makes this process's runner look now (no-op where none runs). */
export function nudgeIntakeRunner(): void {
  runnerOf()?.nudge()
}

/**
 * Graceful shutdown (SIGTERM): stops this process's runner as `IntakeRunner.stop` says; resolves
 * at once where none runs. Call it before the database is closed.
 */
export async function stopIntakeOnce(): Promise<void> {
  const runner = runnerOf()
  if (!runner) return
  await runner.stop()
  delete (globalThis as Record<symbol, unknown>)[runnerKey]
}
