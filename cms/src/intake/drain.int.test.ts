import { readdirSync } from 'node:fs'
import path from 'node:path'
import { newTrackingCode } from '@bawaba/eservices'
import type { IntakeStore } from '@bawaba/eservices/intake'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailSink } from '../../../scripts/lib/mail-sink.ts'
import { freePort } from '../../../scripts/lib/processes.ts'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The drain and the receipt queue on a real Payload and a real SQLite intake: an intake entry
 * becomes exactly one submission, with the code and the time it was received, whatever runs
 * it twice at once or dies between recording and marking; a receipt that cannot be sent is
 * visible on the submission and sent once the mail server is back.
 */
let payload: Payload
let world: TestWorld
let store: IntakeStore
let drainOnce: typeof import('./drain.ts').drainOnce
let sendDueReceipts: typeof import('./receipts.ts').sendDueReceipts
let smtpPort = 0

beforeAll(async () => {
  // Mail goes to a server that is not there yet: the first receipts fail for real.
  smtpPort = await freePort(2600, 2699)
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
  process.env.INTAKE_RUNNER = 'off'
  payload = await startTestPayload()
  world = await buildWorld(payload)
  ;({ drainOnce } = await import('./drain.ts'))
  ;({ sendDueReceipts } = await import('./receipts.ts'))
  store = await (await import('./store.ts')).intakeStore()
}, 120_000)

afterAll(async () => {
  delete process.env.SMTP_URL
  await payload?.destroy()
})

let n = 0
async function accept(over: Record<string, unknown> = {}, receivedAt = '2026-11-02T09:30:00.000Z') {
  const answer = await store.accept(
    {
      idempotencyKey: `drain-test-key-${String(++n).padStart(8, '0')}`,
      digest: 'c'.repeat(64),
      altchaKey: null,
      service: 'complaint',
      site: 'anfa',
      locale: 'fr',
      receivedAt,
      dueAt: '2027-01-01T23:59:59.999Z',
      input: {
        category: 'lighting',
        description: `Lampadaire éteint rue ${n}, depuis plusieurs soirs.`,
        phone: '0612345678',
        ...over,
      },
    },
    [],
    () => newTrackingCode('ANF'),
  )
  if (answer.kind !== 'accepted') throw new Error(answer.reason)
  return answer.code
}

async function recordsOf(code: string) {
  const found = await payload.find({
    collection: 'submissions',
    where: { trackingCode: { equals: code } },
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs as Array<Record<string, any>>
}

describe('draining the intake', () => {
  it('records an entry once, with its code, its site and the time it was received', async () => {
    const code = await accept()
    const result = await drainOnce(payload, store)
    expect(result.failed).toEqual([])
    const [doc, ...more] = await recordsOf(code)
    expect(more).toEqual([])
    expect(doc).toMatchObject({
      trackingCode: code,
      service: 'complaint',
      site: world.sites.anfa,
      status: 'received',
      receipt: { status: 'none' },
    })
    expect(doc!.createdAt).toBe('2026-11-02T09:30:00.000Z')
    // Sixty days from when it was received, not from when it was drained.
    expect(doc!.dueAt.slice(0, 10)).toBe('2027-01-01')
    expect(doc!.history[0]).toMatchObject({ event: 'received', at: '2026-11-02T09:30:00.000Z' })
    const entry = await store.byCode(code)
    expect(entry).toMatchObject({ input: {}, files: [] })
    expect(entry!.drainedAt).not.toBeNull()
  })

  it('makes one record of each entry when two drains run at once', async () => {
    const codes = [await accept(), await accept(), await accept()]
    const results = await Promise.all([drainOnce(payload, store), drainOnce(payload, store)])
    expect(results.flatMap((r) => r.failed)).toEqual([])
    for (const code of codes) expect(await recordsOf(code)).toHaveLength(1)
    expect((await store.backlog()).pending).toBe(0)
  })

  it('finishes what a drain that died between recording and marking left', async () => {
    const code = await accept()
    // A drain whose process dies after the commit and before marking the intake.
    const dying: IntakeStore = {
      ...store,
      markDrained: async () => {
        throw new Error('killed')
      },
    }
    await expect(drainOnce(payload, dying)).rejects.toThrow('killed')
    expect(await recordsOf(code)).toHaveLength(1)
    expect((await store.byCode(code))!.drainedAt).toBeNull()
    expect(await drainOnce(payload, store)).toMatchObject({ drained: 1, failed: [] })
    expect(await recordsOf(code)).toHaveLength(1)
    expect((await store.byCode(code))!.drainedAt).not.toBeNull()
  })

  it('leaves an entry it cannot record in the intake, and records the others', async () => {
    const bad = await accept({ category: 'no-such-category' })
    const good = await accept()
    const result = await drainOnce(payload, store)
    expect(result.failed).toEqual([bad])
    expect(await recordsOf(good)).toHaveLength(1)
    expect(await recordsOf(bad)).toHaveLength(0)
    expect((await store.byCode(bad))!.drainedAt).toBeNull()
    // Not for the next tests.
    await store.markDrained([bad])
  })
})

describe('the receipt queue', () => {
  it('shows a receipt that could not be sent, retries it, and sends it once the mail is back', async () => {
    const code = await accept({ email: 'citoyen@example.ma' }, new Date().toISOString())
    await drainOnce(payload, store)
    expect((await recordsOf(code))[0]!.receipt).toMatchObject({ status: 'pending', attempts: 0 })

    const recorded = (await recordsOf(code))[0]!
    expect(await sendDueReceipts(payload)).toBe(0)
    const failed = (await recordsOf(code))[0]!.receipt
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i)
    const wait = Date.parse(failed.nextAttemptAt) - Date.now()
    expect(wait).toBeGreaterThan(20_000)
    expect(wait).toBeLessThanOrEqual(30_000)
    // Not before its time.
    expect(await sendDueReceipts(payload)).toBe(0)
    expect((await recordsOf(code))[0]!.receipt.attempts).toBe(1)
    // Staff find it among the failed ones.
    const listed = await payload.find({
      collection: 'submissions',
      where: { 'receipt.status': { equals: 'failed' } },
      user: { ...world.users.anfaPublisher, collection: 'users' },
      overrideAccess: false,
      depth: 0,
    })
    expect(listed.docs.map((doc) => doc.trackingCode)).toContain(code)

    const folder = path.join(process.env.BAWABA_DATA_DIR!, 'smtp')
    const sink = await startMailSink(folder, smtpPort)
    try {
      expect(await sendDueReceipts(payload, 20, new Date(Date.now() + 31_000))).toBe(1)
    } finally {
      await sink.close()
    }
    const after = (await recordsOf(code))[0]!
    expect(after.receipt).toMatchObject({ status: 'sent', attempts: 2, error: null })
    // The mail is not a change of the request: its history and last update stay.
    expect(after.updatedAt).toBe(recorded.updatedAt)
    expect(after.history).toEqual(recorded.history)
    expect(readdirSync(folder)).toHaveLength(1)
    // Sent is sent: nothing more goes out.
    expect(await sendDueReceipts(payload, 20, new Date(Date.now() + 3_600_000))).toBe(0)
  })
})
