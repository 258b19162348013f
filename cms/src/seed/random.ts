/** Seeded randomness for the seed's pictures and the bench's city: the same on every run. */
export type Rand = () => number

/** mulberry32: small, fast and the same on every platform. */
export function prng(seed: number): Rand {
  let a = seed >>> 0 || 0x9e3779b9
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!
