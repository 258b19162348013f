import { isIPv6 } from 'node:net'

/**
 * Token buckets, one per key (a client IP), in bounded memory: beyond `maxKeys` the least
 * recently used key is forgotten, and comes back with a full bucket. Size `maxKeys` above
 * the number of clients active within one refill period. One process only: each server
 * process has its own buckets.
 */
export interface RateLimiterOptions {
  /** Most tokens a bucket holds: the burst allowed. */
  capacity: number
  /** Tokens added back per second. */
  refillPerSecond: number
  /** Most keys remembered at once. */
  maxKeys: number
  /** Clock in milliseconds; `Date.now` by default. */
  now?: () => number
}

export interface RateLimitResult {
  ok: boolean
  /** Whole seconds to wait before the same request can pass; 0 when `ok`. */
  retryAfterSeconds: number
}

export interface RateLimiter {
  take(key: string, cost?: number): RateLimitResult
  /** Gives back what a request took, once it turned out to be one that should not count. */
  give(key: string, amount?: number): void
  /** Keys currently remembered. */
  readonly size: number
}

interface Bucket {
  tokens: number
  at: number
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { capacity, refillPerSecond, maxKeys, now = Date.now } = options
  positive('capacity', capacity)
  positive('refillPerSecond', refillPerSecond)
  if (!Number.isInteger(maxKeys) || maxKeys < 1) {
    throw new RangeError(`maxKeys must be a positive integer, not ${maxKeys}`)
  }
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  const buckets = new Map<string, Bucket>()

  function take(key: string, cost = 1): RateLimitResult {
    if (!(cost > 0 && cost <= capacity)) {
      throw new RangeError(`cost must be in (0, ${capacity}], not ${cost}`)
    }
    const t = now()
    const bucket = buckets.get(key) ?? { tokens: capacity, at: t }
    buckets.delete(key)
    // A clock that goes back adds nothing.
    const elapsed = Math.max(0, t - bucket.at) / 1000
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * refillPerSecond)
    bucket.at = Math.max(bucket.at, t)
    buckets.set(key, bucket)
    while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!)

    if (bucket.tokens >= cost) {
      bucket.tokens -= cost
      return { ok: true, retryAfterSeconds: 0 }
    }
    const wait = (cost - bucket.tokens) / refillPerSecond
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) }
  }

  function give(key: string, amount = 1) {
    const bucket = buckets.get(key)
    if (bucket) bucket.tokens = Math.min(capacity, bucket.tokens + amount)
  }

  return {
    take,
    give,
    get size() {
      return buckets.size
    },
  }
}

function positive(name: string, value: number) {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${name} must be a positive number, not ${value}`)
  }
}

/**
 * The key a client's address is counted under. One subscriber gets a whole IPv6 /64 (and can
 * use any address in it), so IPv6 addresses are counted by their first 64 bits; an IPv4 address,
 * written plainly or mapped into IPv6 (`::ffff:192.0.2.1`), counts as itself. Anything that is
 * not an address is kept as is, cut to 64 characters.
 */
export function rateLimitKey(address: string): string {
  const value = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)
  if (mapped) return mapped[1]!
  if (!isIPv6(value)) return address.trim().slice(0, 64)
  const [head = '', tail = ''] = value.split('::')
  const left = head ? head.split(':') : []
  const right = value.includes('::') ? (tail ? tail.split(':') : []) : []
  // An embedded IPv4 tail counts as two groups.
  const groups = (list: string[]) => list.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0)
  const missing = 8 - groups(left) - groups(right)
  const all = value.includes('::') ? [...left, ...Array(missing).fill('0'), ...right] : left
  return `${all
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
