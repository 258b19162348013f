import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { newTrackingCode } from '@bawaba/eservices'
import { openSqliteIntake, type IntakeStore } from '@bawaba/eservices/intake'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, startTestPayload } from '../test/payload.ts'
import { startIntakeRunner, type IntakeRunner } from './runner.ts'

/**
 * The intake runner on a real Payload and a real SQLite intake, as one CMS instance runs it:
 * idle, it only reads the intake's watermark (no lease, no write: the file's `data_version`,
 * seen from another connection, stays put); an entry the edge adds is drained without being
 * asked; stopped in the middle of a backlog (SIGTERM), it finishes and marks the transaction in
 * hand, starts no other, and gives the lease back.
 */
let payload: Payload
let cms: IntakeStore
/** The edge's connection: its commits are what the runner's watermark sees move. */
let edge: IntakeStore
let file: string
const calls: Record<string, number> = {}

beforeAll(async () => {
  process.env.INTAKE_RUNNER = 'off'
  payload = await startTestPayload()
  await buildWorld(payload)
  file = path.join(process.env.BAWABA_DATA_DIR!, 'intake.db')
  const real = await (await import('./store.ts')).intakeStore()
  // The CMS's own store (its thread), counting what the runner asks of it.
  cms = Object.fromEntries(
    Object.entries(real).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1
        return (method as (...a: unknown[]) => unknown)(...args)
      },
    ]),
  ) as unknown as IntakeStore
  edge = openSqliteIntake(file)
}, 120_000)

afterAll(async () => {
  await edge?.close()
  await payload?.destroy()
})

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
let n = 0
const accept = async () => {
  const answer = await edge.accept(
    {
      idempotencyKey: `runner-test-key-${String(++n).padStart(8, '0')}`,
      digest: 'a'.repeat(64),
      altchaKey: null,
      service: 'complaint',
      site: 'anfa',
      locale: 'ar',
      receivedAt: new Date().toISOString(),
      dueAt: null,
      input: { category: 'lighting', description: `مصباح الشارع ${n} مطفأ منذ ثلاث ليال.` },
    },
    [],
    () => newTrackingCode('ANF'),
  )
  if (answer.kind !== 'accepted') throw new Error(answer.reason)
  return answer.code
}

/** What another process sees of the file: its change counter, and the lease if anyone holds it. */
function outside() {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return {
      version: (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version,
      lease: db.prepare('SELECT holder FROM intake_leases').all().length,
    }
  } finally {
    db.close()
  }
}

/** The submissions recorded for these codes, by code. */
async function recorded(codes: string[]): Promise<Map<string, number>> {
  const found = await payload.find({
    collection: 'submissions',
    where: { trackingCode: { in: codes } },
    limit: codes.length + 10,
    depth: 0,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const { trackingCode } of found.docs)
    counts.set(String(trackingCode), (counts.get(String(trackingCode)) ?? 0) + 1)
  return counts
}

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return
    await sleep(100)
  }
  throw new Error(`not seen in 60 s: ${what}`)
}

describe('the intake runner', () => {
  let runner: IntakeRunner | undefined
  afterAll(async () => {
    await runner?.stop()
  })

  it('idle, reads a watermark and writes nothing; an entry that arrives is drained unasked', async () => {
    runner = startIntakeRunner(payload, { store: cms, pollMs: 20, sweepMs: 200 })
    // Its first, full look finds nothing to do.
    await until(async () => (calls.watermark ?? 0) > 2, 'the runner polling')
    const before = { ...calls }
    const seen = outside()
    // About 50 polls and 5 sweeps.
    await sleep(1_000)
    expect((calls.watermark ?? 0) - (before.watermark ?? 0)).toBeGreaterThan(10)
    expect(calls.takeLease ?? 0).toBe(before.takeLease ?? 0)
    expect(calls.pending ?? 0).toBe(before.pending ?? 0)
    expect(outside()).toEqual({ ...seen, lease: 0 })

    const code = await accept()
    await until(async () => (await recorded([code])).get(code) === 1, 'the new entry recorded')
    await until(async () => (await edge.backlog()).pending === 0, 'the entry marked drained')
    // The work done, the lease is given back at once.
    await until(async () => outside().lease === 0, 'the lease given back')
  })

  it('stopped mid-backlog, finishes the transaction in hand, starts no other, gives the lease back', async () => {
    const codes = await Promise.all(Array.from({ length: 160 }, accept))
    await until(async () => (await edge.backlog()).pending < codes.length, 'the drain under way')
    await runner!.stop()
    runner = undefined
    const stopped = { pending: (await edge.backlog()).pending, calls: { ...calls } }
    expect(outside().lease).toBe(0)
    // Stopped early: entries are left for the next holder.
    expect(stopped.pending).toBeGreaterThan(0)
    // Every entry is either recorded once and marked, or neither: nothing half done.
    const counts = await recorded(codes)
    for (const code of codes) {
      const entry = await edge.byCode(code)
      expect(counts.get(code) ?? 0, code).toBe(entry!.drainedAt ? 1 : 0)
    }
    // And it does nothing more.
    await sleep(500)
    expect((await edge.backlog()).pending).toBe(stopped.pending)
    expect(calls).toEqual(stopped.calls)

    // Another instance takes over at once and finishes.
    const next = startIntakeRunner(payload, { store: cms, pollMs: 20, sweepMs: 200 })
    try {
      await until(
        async () => (await edge.backlog()).pending === 0,
        'the backlog drained by the next',
      )
    } finally {
      await next.stop()
    }
    const all = await recorded(codes)
    expect(codes.filter((code) => all.get(code) !== 1)).toEqual([])
  })
})
