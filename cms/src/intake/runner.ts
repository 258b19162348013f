import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { drainOnce } from './drain.ts'
import { sendDueReceipts } from './receipts.ts'
import { intakeStore } from './store.ts'

/**
 * Behind the e-services: every CMS instance runs this loop, and the one holding the intake's
 * lease drains the intake into submissions and sends the due receipts; the others wait to
 * take over when its lease runs out (a crashed instance is replaced within `leaseMs`). Safety
 * does not rest on the lease (see drain.ts): it only keeps two instances from doing the same
 * work. Idle, it looks every `INTAKE_POLL_MS` (250); with a backlog it goes on at once.
 */
const leaseName = 'drain'
const leaseMs = 10_000

export interface IntakeRunner {
  stop(): Promise<void>
}

export function startIntakeRunner(payload: Payload): IntakeRunner {
  const pollMs = Number(process.env.INTAKE_POLL_MS ?? 250)
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  let stopped = false
  let wake: (() => void) | null = null
  const sleep = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms)
      timer.unref()
      wake = () => {
        clearTimeout(timer)
        done()
      }
    })
  let lastReceipts = 0
  const loop = (async () => {
    const store = await intakeStore()
    while (!stopped) {
      let busy = false
      try {
        if (await store.takeLease(leaseName, holder, leaseMs)) {
          const { drained, failed } = await drainOnce(payload, store)
          busy = drained > 0 && failed.length === 0
          // Receipts after the backlog, at most every second while draining.
          if (!busy || Date.now() - lastReceipts > 1000) {
            lastReceipts = Date.now()
            busy = (await sendDueReceipts(payload)) > 0 || busy
          }
        }
      } catch (error) {
        payload.logger.error({ err: error }, 'intake runner: pass failed, trying again')
        await sleep(pollMs * 8)
      }
      if (!busy && !stopped) await sleep(pollMs)
    }
    await store.releaseLease(leaseName, holder).catch(() => {})
  })()
  return {
    async stop() {
      stopped = true
      wake?.()
      await loop
    },
  }
}

/**
 * Started once per CMS server process (payload.config.ts's onInit): in `next start`/`next dev`,
 * not in scripts, seeds, tests on their own database or the build (`INTAKE_RUNNER=off`
 * forces it off, `on` on).
 */
export function shouldRunIntake(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.INTAKE_RUNNER === 'off') return false
  if (env.INTAKE_RUNNER === 'on') return true
  return env.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build'
}

/** payload.config.ts's onInit: one runner per process, where `shouldRunIntake` says so. */
export async function startIntakeOnce(payload: Payload): Promise<void> {
  const key = Symbol.for('bawaba.intakeRunner')
  const global = globalThis as Record<symbol, unknown>
  if (!shouldRunIntake() || global[key]) return
  global[key] = startIntakeRunner(payload)
}
