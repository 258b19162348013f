import { describe, expect, it } from 'vitest'
import { createBound } from './bounded.ts'

describe('a bound on work in flight', () => {
  it('runs up to its bound at once, answers the next at once without running it', async () => {
    const bound = createBound(2)
    let release!: () => void
    const gate = new Promise<void>((ok) => (release = ok))
    let ran = 0
    const work = async () => {
      ran++
      await gate
      return 'done'
    }
    const a = bound.run(work, () => 'busy')
    const b = bound.run(work, () => 'busy')
    expect(await bound.run(work, () => 'busy')).toBe('busy')
    expect([ran, bound.inFlight]).toEqual([2, 2])
    release()
    expect(await Promise.all([a, b])).toEqual(['done', 'done'])
    expect(bound.inFlight).toBe(0)
    expect(
      await bound.run(
        async () => 'again',
        () => 'busy',
      ),
    ).toBe('again')
  })

  it('frees its place when the work fails', async () => {
    const bound = createBound(1)
    await expect(
      bound.run(
        () => Promise.reject(new Error('boom')),
        () => 'busy',
      ),
    ).rejects.toThrow('boom')
    expect(bound.inFlight).toBe(0)
    expect(() => createBound(0)).toThrow(/≥ 1/)
  })
})
