import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteIntake, type SqliteIntakeOptions } from './sqlite.ts'
import type { IntakeStore } from './store.ts'

let dir: string
let file: string
let store: IntakeStore
const opened: IntakeStore[] = []
const open = (options?: SqliteIntakeOptions) => {
  const s = openSqliteIntake(file, options)
  opened.push(s)
  return s
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bawaba-intake-'))
  file = path.join(dir, 'intake.db')
  store = open()
})
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close()
  rmSync(dir, { recursive: true, force: true })
})

let n = 0
const record = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: `key-${String(++n).padStart(16, '0')}`,
  digest: 'a'.repeat(64),
  altchaKey: null,
  service: 'complaint' as const,
  site: 'anfa',
  locale: 'fr' as const,
  receivedAt: '2026-12-06T10:00:00.000Z',
  dueAt: '2027-02-05T23:59:59.999Z',
  input: { category: 'lighting', description: 'Lampadaire éteint depuis trois soirs.' },
  ...over,
})
let c = 0
const codes = () => `ANF-AAAA-${String(++c).padStart(4, '2').replace(/[01]/g, '2')}`
const sequence = (...list: string[]) => {
  let i = 0
  return () => list[Math.min(i++, list.length - 1)]!
}

describe('the SQLite intake', () => {
  it('keeps what it acknowledged: another connection reads it back, files included', async () => {
    const answer = await store.accept(
      record(),
      [{ name: 'photo.jpg', data: Buffer.from([1, 2, 3]) }],
      sequence('ANF-7K3P-9QXM'),
    )
    expect(answer).toEqual({
      kind: 'accepted',
      code: 'ANF-7K3P-9QXM',
      dueAt: '2027-02-05T23:59:59.999Z',
      duplicate: false,
    })
    const reader = open()
    const entry = await reader.byCode('ANF-7K3P-9QXM')
    expect(entry).toMatchObject({ service: 'complaint', site: 'anfa', drainedAt: null })
    expect(entry!.input.description).toBe('Lampadaire éteint depuis trois soirs.')
    expect(entry!.files).toEqual([{ name: 'photo.jpg', data: Buffer.from([1, 2, 3]) }])
  })

  it('answers a key twice with the first code, and refuses it with another content', async () => {
    const first = record()
    const a = await store.accept(first, [], sequence('ANF-2222-2222'))
    const b = await store.accept(first, [], sequence('ANF-3333-3333'))
    expect(b).toEqual({ ...a, duplicate: true })
    const other = await store.accept({ ...first, digest: 'b'.repeat(64) }, [], codes)
    expect(other).toEqual({ kind: 'conflict', reason: 'idempotency' })
    expect((await store.backlog()).pending).toBe(1)
  })

  it('stores one entry for the same key posted many times at once (one commit, one row)', async () => {
    const same = record()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => store.accept(same, [], codes)),
    )
    expect(new Set(answers.map((a) => (a.kind === 'accepted' ? a.code : a.kind))).size).toBe(1)
    expect(answers.filter((a) => a.kind === 'accepted' && !a.duplicate)).toHaveLength(1)
    expect((await store.backlog()).pending).toBe(1)
  })

  it('draws a new code when one is already taken, from this process or another', async () => {
    await store.accept(record(), [], sequence('ANF-2222-2222'))
    const other = open()
    const answer = await other.accept(record(), [], sequence('ANF-2222-2222', 'ANF-4444-4444'))
    expect(answer).toMatchObject({ kind: 'accepted', code: 'ANF-4444-4444' })
  })

  it('refuses a proof of work already spent', async () => {
    await store.accept(record({ altchaKey: 'spent' }), [], codes)
    expect(await store.accept(record({ altchaKey: 'spent' }), [], codes)).toEqual({
      kind: 'conflict',
      reason: 'altcha',
    })
  })

  it('lists pending entries oldest first, and forgets their content once drained', async () => {
    const a = await store.accept(record(), [{ name: 'a.pdf', data: Buffer.from('x') }], codes)
    const b = await store.accept(record(), [], codes)
    const pending = await store.pending(10)
    expect(pending.map((e) => e.code)).toEqual([a, b].map((x) => (x as { code: string }).code))
    await store.markDrained([(a as { code: string }).code])
    expect((await store.pending(10)).map((e) => e.code)).toEqual([(b as { code: string }).code])
    const drained = await store.byCode((a as { code: string }).code)
    expect(drained).toMatchObject({ input: {}, files: [] })
    expect(drained!.drainedAt).not.toBeNull()
    // Its key still answers: the same form posted again is still the same submission.
    expect(await store.accept(pending[0]!, [], codes)).toMatchObject({ duplicate: true })
  })

  it('discards an entry not yet drained, files and all, and never a drained one', async () => {
    const a = await store.accept(record(), [{ name: 'a.pdf', data: Buffer.from('x') }], codes)
    const b = await store.accept(record(), [], codes)
    const [codeA, codeB] = [a, b].map((x) => (x as { code: string }).code)
    await store.discard(codeA!)
    expect(await store.byCode(codeA!)).toBeNull()
    await store.markDrained([codeB!])
    await store.discard(codeB!)
    expect(await store.byCode(codeB!)).not.toBeNull()
  })

  it('gives the lease to one holder at a time, and to another once it runs out', async () => {
    const other = open()
    expect(await store.takeLease('drain', 'one', 60_000)).toBe(true)
    expect(await other.takeLease('drain', 'two', 60_000)).toBe(false)
    expect(await store.takeLease('drain', 'one', 60_000)).toBe(true)
    expect(await store.takeLease('drain', 'one', -1)).toBe(true)
    expect(await other.takeLease('drain', 'two', 60_000)).toBe(true)
    await other.releaseLease('drain', 'two')
    expect(await store.takeLease('drain', 'one', 60_000)).toBe(true)
  })

  it('fails every waiting accept of a failed commit, and acknowledges none of them', async () => {
    const broken = record({ input: { self: 1n } })
    const results = await Promise.allSettled([
      store.accept(record(), [], codes),
      store.accept(broken as never, [], codes),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect((await store.backlog()).pending).toBe(0)
  })

  it('waits for another writer on timers: the thread turns, reads answer, the writes land after', async () => {
    const patient = open({ busyTimeoutMs: 1 })
    const first = await patient.accept(record(), [], codes)
    if (first.kind !== 'accepted') throw new Error(first.kind)
    // Another process holds the write lock (the edge in the middle of a commit, say).
    const other = new DatabaseSync(file)
    other.exec('BEGIN IMMEDIATE')
    let settled = 0
    const marked = patient.markDrained([first.code]).then(() => settled++)
    const accepted = patient.accept(record(), [], codes).finally(() => settled++)
    const lease = patient.takeLease('drain', 'one', 60_000).finally(() => settled++)
    // Were the thread held by SQLite's wait, neither this timer nor this read could run.
    let ticks = 0
    const ticker = setInterval(() => ticks++, 1)
    await new Promise((done) => setTimeout(done, 100))
    clearInterval(ticker)
    expect(ticks).toBeGreaterThan(3)
    expect(await patient.byCode(first.code)).toMatchObject({ drainedAt: null })
    expect(settled).toBe(0)
    other.exec('COMMIT')
    other.close()
    await marked
    expect(await accepted).toMatchObject({ kind: 'accepted', duplicate: false })
    expect(await lease).toBe(true)
    expect((await patient.byCode(first.code))!.drainedAt).not.toBeNull()
  })

  it('fails what still finds the file locked after retryForMs, and works again after', async () => {
    const patient = open({ busyTimeoutMs: 1, retryForMs: 50 })
    const other = new DatabaseSync(file)
    other.exec('BEGIN IMMEDIATE')
    await expect(patient.takeLease('drain', 'one', 60_000)).rejects.toThrow(/locked/)
    await expect(patient.accept(record(), [], codes)).rejects.toThrow(/locked/)
    other.exec('ROLLBACK')
    other.close()
    expect(await patient.accept(record(), [], codes)).toMatchObject({ kind: 'accepted' })
    expect((await patient.backlog()).pending).toBe(1)
  })

  it('moves its watermark when another connection adds an entry, not for its own writes', async () => {
    const drainer = open()
    const before = await drainer.watermark()
    await drainer.takeLease('drain', 'one', 60_000)
    await drainer.releaseLease('drain', 'one')
    expect(await drainer.watermark()).toBe(before)
    await store.accept(record(), [], codes)
    expect(await drainer.watermark()).not.toBe(before)
  })
})
