import { describe, expect, it } from 'vitest'
import { createRateLimiter, rateLimitKey } from './ratelimit.ts'

function clock(start = 1_000_000) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) }
}

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with the wait in whole seconds', () => {
    const c = clock()
    const limiter = createRateLimiter({
      capacity: 3,
      refillPerSecond: 0.5,
      maxKeys: 10,
      now: c.now,
    })
    for (let i = 0; i < 3; i++)
      expect(limiter.take('1.2.3.4')).toEqual({ ok: true, retryAfterSeconds: 0 })
    expect(limiter.take('1.2.3.4')).toEqual({ ok: false, retryAfterSeconds: 2 })
    c.advance(1_000)
    expect(limiter.take('1.2.3.4')).toEqual({ ok: false, retryAfterSeconds: 1 })
    c.advance(1_000)
    expect(limiter.take('1.2.3.4').ok).toBe(true)
    expect(limiter.take('1.2.3.4').ok).toBe(false)
  })

  it('refills at the given rate up to capacity, not beyond', () => {
    const c = clock()
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, maxKeys: 10, now: c.now })
    for (let i = 0; i < 5; i++) limiter.take('k')
    c.advance(3_000)
    for (let i = 0; i < 3; i++) expect(limiter.take('k').ok).toBe(true)
    expect(limiter.take('k').ok).toBe(false)
    c.advance(3_600_000)
    for (let i = 0; i < 5; i++) expect(limiter.take('k').ok).toBe(true)
    expect(limiter.take('k').ok).toBe(false)
  })

  it('keeps one bucket per key', () => {
    const c = clock()
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 10, now: c.now })
    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('a').ok).toBe(false)
    expect(limiter.take('b').ok).toBe(true)
  })

  it('charges a cost, and refuses a cost it could never grant', () => {
    const c = clock()
    const limiter = createRateLimiter({ capacity: 10, refillPerSecond: 2, maxKeys: 10, now: c.now })
    expect(limiter.take('k', 8).ok).toBe(true)
    expect(limiter.take('k', 5)).toEqual({ ok: false, retryAfterSeconds: 2 })
    expect(limiter.take('k', 2).ok).toBe(true)
    expect(() => limiter.take('k', 11)).toThrow(RangeError)
    expect(() => limiter.take('k', 0)).toThrow(RangeError)
    expect(() => limiter.take('k', NaN)).toThrow(RangeError)
  })

  it('forgets the least recently used keys beyond maxKeys', () => {
    const c = clock()
    const limiter = createRateLimiter({
      capacity: 1,
      refillPerSecond: 0.001,
      maxKeys: 3,
      now: c.now,
    })
    for (const key of ['a', 'b', 'c']) limiter.take(key)
    expect(limiter.take('a').ok).toBe(false) // a is now the most recent
    limiter.take('d') // evicts b, the least recently used
    expect(limiter.size).toBe(3)
    expect(limiter.take('a').ok).toBe(false)
    expect(limiter.take('c').ok).toBe(false)
    expect(limiter.take('b').ok).toBe(true) // forgotten: a full bucket again
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`)
    expect(limiter.size).toBe(3)
  })

  it('ignores a clock that goes backwards', () => {
    const c = clock(10_000)
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 10, now: c.now })
    expect(limiter.take('k').ok).toBe(true)
    c.set(0)
    expect(limiter.take('k').ok).toBe(false)
    c.set(10_500)
    expect(limiter.take('k').ok).toBe(false)
    c.set(11_000)
    expect(limiter.take('k').ok).toBe(true)
  })

  it('refuses invalid settings', () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1, maxKeys: 1 })).toThrow(
      RangeError,
    )
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: -1, maxKeys: 1 })).toThrow(
      RangeError,
    )
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 0 })).toThrow(
      RangeError,
    )
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 1.5 })).toThrow(
      RangeError,
    )
  })

  it('uses the real clock by default', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 1 })
    expect(limiter.take('k').ok).toBe(true)
    expect(limiter.take('k')).toEqual({ ok: false, retryAfterSeconds: 1 })
  })
})

describe('rate limit keys', () => {
  it('count an IPv6 client by its /64: every address a subscriber owns is one key', () => {
    const key = rateLimitKey('2001:db8:1:2::1')
    expect(key).toBe('2001:db8:1:2::/64')
    for (const address of [
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0002:0000:0000:0000:abcd',
      '2001:DB8:1:2:a:b:c:d',
      '[2001:db8:1:2::9]',
      'fe80::1%eth0'.replace('fe80::1', '2001:db8:1:2::7'),
    ])
      expect(rateLimitKey(address), address).toBe(key)
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(key)
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64')
    expect(rateLimitKey('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKey('::ffff:0:1.2.3.4')).toBe('0:0:0:0::/64')
  })

  it('count an IPv4 client as itself, mapped into IPv6 or not', () => {
    expect(rateLimitKey('192.0.2.1')).toBe('192.0.2.1')
    expect(rateLimitKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(rateLimitKey('0:0:0:0:0:ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(rateLimitKey('unknown')).toBe('unknown')
    expect(rateLimitKey('x'.repeat(100))).toHaveLength(64)
  })
})
