import { describe, expect, it } from 'vitest'
import { isBusy, sendWhileBusy } from './eservices-retry.ts'

const busy = (retryAfter: number) => ({ ok: false, errors: { _form: 'busy' }, retryAfter })
const stored = { ok: true, errors: undefined, retryAfter: null }

describe('posting again while the edge is busy', () => {
  it('waits what the server asked, then sends the same form again until it is taken', async () => {
    const answers = [busy(3), busy(2), stored]
    const waits: number[] = []
    const said: number[] = []
    let sent = 0
    const answer = await sendWhileBusy(
      async () => (sent++, answers.shift()!),
      (_, seconds) => said.push(seconds),
      10,
      async (ms) => void waits.push(ms),
    )
    expect(answer).toBe(stored)
    expect(sent).toBe(3)
    expect(said).toEqual([3, 2])
    expect(waits).toEqual([3000, 2000])
  })

  it('gives the last busy answer back after the most tries, and leaves other errors alone', async () => {
    let sent = 0
    const answer = await sendWhileBusy(
      async () => (sent++, busy(1)),
      () => {},
      4,
      async () => {},
    )
    expect(sent).toBe(4)
    expect(isBusy(answer)).toBe(true)
    const invalid = { ok: false, errors: { description: 'required' }, retryAfter: null }
    expect(
      await sendWhileBusy(
        async () => invalid,
        () => {},
        4,
        async () => {},
      ),
    ).toBe(invalid)
    expect(isBusy({ ok: false, errors: { _form: 'busy' }, retryAfter: null })).toBe(false)
  })
})
