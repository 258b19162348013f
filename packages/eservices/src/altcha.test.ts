import { solveChallenge } from 'altcha-lib'
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2'
import { deriveKey as sha } from 'altcha-lib/algorithms/sha'
import { describe, expect, it } from 'vitest'
import { createChallenge, verifyPayload, type AltchaChallenge } from './altcha.ts'

const key = 'altcha-test-key-0123456789'
const fast = { maxNumber: 50, expiresInSeconds: 300, algorithm: 'SHA-256' } as const

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')

async function solved(challenge: AltchaChallenge) {
  const deriveKey = challenge.parameters.algorithm === 'SHA-256' ? sha : pbkdf2
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 10_000 })
  if (!solution) throw new Error('not solved')
  return { challenge, solution }
}

describe('createChallenge', () => {
  it('is a signed, expiring PBKDF2 challenge by default', async () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const challenge = await createChallenge(key, {
      maxNumber: 1000,
      expiresInSeconds: 600,
      now: () => now,
    })
    expect(challenge.parameters).toMatchObject({
      algorithm: 'PBKDF2/SHA-256',
      cost: 5000,
      expiresAt: Date.parse('2026-06-01T12:10:00Z') / 1000,
    })
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(JSON.stringify(challenge))).toEqual(challenge)
  })

  it('asks for a counter between maxNumber / 2 and maxNumber', async () => {
    for (let i = 0; i < 5; i++) {
      const { solution } = await solved(await createChallenge(key, fast))
      expect(solution.counter).toBeGreaterThanOrEqual(25)
      expect(solution.counter).toBeLessThanOrEqual(50)
    }
  })

  it('refuses bad settings and a short key', async () => {
    await expect(createChallenge(key, { ...fast, maxNumber: 0 })).rejects.toThrow(RangeError)
    await expect(createChallenge(key, { ...fast, maxNumber: 1.5 })).rejects.toThrow(RangeError)
    await expect(createChallenge(key, { ...fast, expiresInSeconds: 0 })).rejects.toThrow(RangeError)
    await expect(createChallenge('short', fast)).rejects.toThrow(/HMAC key/)
    for (const algorithm of ['MD5', 'toString'] as never[]) {
      await expect(createChallenge(key, { ...fast, algorithm })).rejects.toThrow(/unsupported/)
    }
  })
})

describe('verifyPayload', () => {
  it('accepts a solved challenge and names it for replay protection', async () => {
    const payload = encode(await solved(await createChallenge(key, fast)))
    const result = await verifyPayload(payload, key)
    expect(result.ok).toBe(true)
    expect(result.replayKey).toMatch(/^[0-9a-f]{64}$/)
    // Stable: the same payload gives the same key, which the caller's UNIQUE index refuses.
    expect((await verifyPayload(payload, key)).replayKey).toBe(result.replayKey)
    const other = await verifyPayload(encode(await solved(await createChallenge(key, fast))), key)
    expect(other.replayKey).not.toBe(result.replayKey)
  })

  it('accepts a solved PBKDF2 challenge', async () => {
    const challenge = await createChallenge(key, { maxNumber: 4, expiresInSeconds: 60, cost: 10 })
    expect(await verifyPayload(encode(await solved(challenge)), key)).toMatchObject({ ok: true })
  })

  it('refuses a payload signed with another key', async () => {
    const payload = encode(await solved(await createChallenge(key, fast)))
    expect(await verifyPayload(payload, 'another-key-0123456789')).toEqual({
      ok: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses tampered parameters, signature or solution', async () => {
    const good = await solved(await createChallenge(key, fast))
    const tamper = async (change: (p: any) => void) => {
      const copy = structuredClone(good) as any
      change(copy)
      return (await verifyPayload(encode(copy), key)).reason
    }
    expect(await tamper((p) => (p.challenge.parameters.expiresAt += 3600))).toBe(
      'invalid-signature',
    )
    expect(await tamper((p) => (p.challenge.parameters.cost = 2))).toBe('invalid-signature')
    expect(await tamper((p) => (p.challenge.parameters.keyPrefix = '00'))).toBe('invalid-signature')
    expect(await tamper((p) => delete p.challenge.parameters.keySignature)).toBe(
      'invalid-signature',
    )
    expect(await tamper((p) => (p.challenge.parameters.extra = 1))).toBe('invalid-signature')
    expect(await tamper((p) => (p.challenge.signature = '0'.repeat(64)))).toBe('invalid-signature')
    // The derived key is the proof (checked against the signed keySignature); the counter
    // that produced it is informative only.
    expect(await tamper((p) => (p.solution.counter += 1))).toBeUndefined()
    expect(await tamper((p) => (p.solution.derivedKey = '00'.repeat(32)))).toBe('invalid-solution')
    expect(await tamper((p) => (p.challenge.parameters.algorithm = 'MD5'))).toBe(
      'unsupported-algorithm',
    )
  })

  it('refuses an expired challenge, by the real or the injected clock', async () => {
    const past = () => new Date(Date.now() - 3_600_000)
    const expired = encode(await solved(await createChallenge(key, { ...fast, now: past })))
    expect(await verifyPayload(expired, key)).toEqual({ ok: false, reason: 'expired' })

    const fresh = encode(
      await solved(await createChallenge(key, { ...fast, expiresInSeconds: 60 })),
    )
    const later = () => new Date(Date.now() + 61_000)
    expect(await verifyPayload(fresh, key, { now: later })).toEqual({
      ok: false,
      reason: 'expired',
    })
    expect((await verifyPayload(fresh, key)).ok).toBe(true)
  })

  it('refuses malformed and oversized payloads without throwing', async () => {
    const good = await solved(await createChallenge(key, fast))
    const cases: Array<[unknown, string]> = [
      ['', 'malformed'],
      ['not base64 at all!', 'malformed'],
      ['abc', 'malformed'],
      [Buffer.from('not json').toString('base64'), 'malformed'],
      [encode(null), 'malformed'],
      [encode([]), 'malformed'],
      [encode({ challenge: good.challenge }), 'malformed'],
      [encode({ ...good, solution: { counter: -1, derivedKey: 'ab' } }), 'malformed'],
      [encode({ ...good, solution: { counter: '1', derivedKey: 'ab' } }), 'malformed'],
      [
        encode({
          ...good,
          challenge: {
            ...good.challenge,
            parameters: { ...good.challenge.parameters, expiresAt: undefined },
          },
        }),
        'malformed',
      ],
      [Buffer.from(JSON.stringify(good).replace(/}$/, '')).toString('base64'), 'malformed'],
      ['A'.repeat(5000), 'too-large'],
      ['A'.repeat(10_000_000), 'too-large'],
      [undefined, 'malformed'],
      [{ challenge: good.challenge }, 'malformed'],
    ]
    for (const [payload, reason] of cases) {
      expect(await verifyPayload(payload as string, key), String(payload).slice(0, 40)).toEqual({
        ok: false,
        reason,
      })
    }
  })

  it('reports a misconfigured key as an error rather than throwing', async () => {
    const payload = encode(await solved(await createChallenge(key, fast)))
    expect(await verifyPayload(payload, '')).toEqual({ ok: false, reason: 'error' })
  })
})
