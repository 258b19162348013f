import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteIntake } from './sqlite.ts'
import type { IntakeStore } from './store.ts'
import { openSqliteIntakeOffThread } from './thread.ts'

/**
 * The CMS's intake, worked in a thread of its own: the same answers as the SQLite store it
 * runs (files included), and the caller's thread free while the file is locked by another.
 */
let dir: string
let file: string
let store: IntakeStore
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bawaba-intake-thread-'))
  file = path.join(dir, 'intake.db')
  store = openSqliteIntakeOffThread(file)
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

let n = 0
const record = () => ({
  idempotencyKey: `thread-key-${String(++n).padStart(12, '0')}`,
  digest: 'e'.repeat(64),
  altchaKey: null,
  service: 'correspondence' as const,
  site: 'anfa',
  locale: 'ar' as const,
  receivedAt: '2026-12-06T10:00:00.000Z',
  dueAt: null,
  input: { subject: 'طلب', message: 'رسالة إلى مكتب الضبط.' },
})

describe('the intake in a thread of its own', () => {
  it('answers as the store it runs: accepts, clashes, files, drains and leases', async () => {
    const edge = openSqliteIntake(file)
    try {
      await edge.accept(record(), [], () => 'ANF-2222-2222')
      const codes = ['ANF-2222-2222', 'ANF-3333-3333']
      let i = 0
      const first = record()
      const answer = await store.accept(
        first,
        [{ name: 'lettre.pdf', data: Buffer.from('%PDF-1.7 …') }],
        () => codes[i++]!,
      )
      // The code taken by the edge is drawn again, in the thread, from the codes drawn here.
      expect(answer).toEqual({
        kind: 'accepted',
        code: 'ANF-3333-3333',
        dueAt: null,
        duplicate: false,
      })
      expect(await store.accept(first, [], () => 'ANF-4444-4444')).toMatchObject({
        code: 'ANF-3333-3333',
        duplicate: true,
      })
      expect(
        await store.accept({ ...first, digest: 'f'.repeat(64) }, [], () => 'ANF-5555-5555'),
      ).toEqual({ kind: 'conflict', reason: 'idempotency' })
      const entry = await store.byCode('ANF-3333-3333')
      expect(Buffer.isBuffer(entry!.files[0]!.data)).toBe(true)
      expect(entry!.files[0]!.data.toString()).toBe('%PDF-1.7 …')
      expect((await store.pending(10)).map((e) => e.code)).toEqual([
        'ANF-2222-2222',
        'ANF-3333-3333',
      ])
      const mark = await store.watermark()
      await edge.accept(record(), [], () => 'ANF-6666-6666')
      expect(await store.watermark()).not.toBe(mark)
      await store.markDrained(['ANF-2222-2222', 'ANF-3333-3333'])
      expect(await store.backlog()).toMatchObject({ pending: 1 })
      expect(await edge.byCode('ANF-3333-3333')).toMatchObject({ input: {}, files: [] })
      expect(await store.takeLease('drain', 'cms-1', 60_000)).toBe(true)
      expect(await edge.takeLease('drain', 'cms-2', 60_000)).toBe(false)
      await store.releaseLease('drain', 'cms-1')
      expect(await edge.takeLease('drain', 'cms-2', 60_000)).toBe(true)
    } finally {
      await edge.close()
    }
  })

  it('leaves the caller’s thread free while another process holds the file', async () => {
    await store.watermark()
    const other = new DatabaseSync(file)
    other.exec('BEGIN IMMEDIATE')
    let taken: boolean | null = null
    const lease = store.takeLease('drain', 'cms-1', 60_000).then((value) => (taken = value))
    let ticks = 0
    const ticker = setInterval(() => ticks++, 1)
    await new Promise((done) => setTimeout(done, 100))
    clearInterval(ticker)
    expect(ticks).toBeGreaterThan(3)
    expect(await store.backlog()).toMatchObject({ pending: 0 })
    expect(taken).toBeNull()
    other.exec('COMMIT')
    other.close()
    await lease
    expect(taken).toBe(true)
  })

  it('refuses calls once closed', async () => {
    await store.backlog()
    await store.close()
    await expect(store.backlog()).rejects.toThrow(/closed/)
  })
})
