import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPayload } from '../test/payload.ts'
import { acquireLease, leaseKey, releaseLease, takeLease } from './lease.ts'

/**
 * The build worker's lease (one worker per database) on a real database through the Local API.
 * Two workers in two processes are the production test's (production.build.test.ts).
 */
let payload: Payload

beforeAll(async () => {
  payload = await startTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

beforeEach(async () => {
  await payload.db.deleteMany({ collection: 'payload-kv', where: { key: { equals: leaseKey } } })
})

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

describe('the build worker’s lease', () => {
  it('is held by one worker at a time, even when two ask at once', async () => {
    const answers = await Promise.all([
      takeLease(payload, 'a', 60_000),
      takeLease(payload, 'b', 60_000),
    ])
    expect(answers.filter((a) => a === null)).toHaveLength(1)
    const winner = answers[0] === null ? 'a' : 'b'
    const loser = winner === 'a' ? 'b' : 'a'
    expect(answers.find((a) => a !== null)?.holder).toBe(winner)
    // The holder renews; the other is still refused.
    expect(await takeLease(payload, winner, 60_000)).toBeNull()
    expect((await takeLease(payload, loser, 60_000))?.holder).toBe(winner)
  })

  it('goes to another worker once it expires, and the old holder learns it lost it', async () => {
    expect(await takeLease(payload, 'crashed', 1)).toBeNull()
    await sleep(20)
    expect(await takeLease(payload, 'next', 60_000)).toBeNull()
    expect((await takeLease(payload, 'crashed', 60_000))?.holder).toBe('next')
  })

  it('is let go only by its holder', async () => {
    expect(await takeLease(payload, 'a', 60_000)).toBeNull()
    await releaseLease(payload, 'b')
    expect((await takeLease(payload, 'b', 60_000))?.holder).toBe('a')
    await releaseLease(payload, 'a')
    expect(await takeLease(payload, 'b', 60_000)).toBeNull()
  })

  it('makes a second worker wait until the first lets go, then renews it for the second', async () => {
    const lines: string[] = []
    // Terms long enough that a loaded machine never misses a renewal (every third of a term).
    const ttlMs = 3_000
    const first = await acquireLease(payload, { ttlMs, log: () => {} })
    let second: Awaited<ReturnType<typeof acquireLease>> = null
    const waiting = acquireLease(payload, { ttlMs, log: (l) => lines.push(l) }).then(
      (lease) => (second = lease),
    )
    // Past the first's term: it renewed, and the second keeps waiting.
    await sleep(ttlMs + 1_000)
    expect(second).toBeNull()
    expect(first!.lost.aborted).toBe(false)
    expect(lines.join('\n')).toContain(`another worker (${first!.holder})`)
    await first!.release()
    await waiting
    expect(second).not.toBeNull()
    // Renewed past its first term.
    await sleep(ttlMs + 1_000)
    expect(await takeLease(payload, 'third', ttlMs)).toMatchObject({ holder: second!.holder })
    expect(second!.lost.aborted).toBe(false)
    await second!.release()
  })

  it('stops waiting when the worker is stopped before it ever ran', async () => {
    expect(await takeLease(payload, 'busy', 60_000)).toBeNull()
    const stop = new AbortController()
    const waiting = acquireLease(payload, { ttlMs: 150, log: () => {}, signal: stop.signal })
    stop.abort()
    expect(await waiting).toBeNull()
  })
})
