import { randomInt } from 'node:crypto'

/**
 * Tracking codes such as `ANF-7K3P-9QXM`: the site's three-letter code, then eight characters
 * drawn from an alphabet without the look-alikes 0/O, 1/I/L and U (30 symbols, ≈ 39 bits).
 * A code alone opens nothing: the tracking page also asks for the email or phone given
 * (see `verifierMatches`).
 */
export const trackingAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

const sitePattern = /^[A-Z]{3}$/
const randomPart = new RegExp(`^[${trackingAlphabet}]{8}$`)

/** Uniform integer in [0, max): `crypto.randomInt` rejects biased draws itself. */
export type RandomInt = (max: number) => number

export function newTrackingCode(siteCode: string, random: RandomInt = randomInt): string {
  if (!sitePattern.test(siteCode)) throw new Error(`site code must be 3 letters A–Z: '${siteCode}'`)
  let body = ''
  for (let i = 0; i < 8; i++) {
    const n = random(trackingAlphabet.length)
    if (!Number.isInteger(n) || n < 0 || n >= trackingAlphabet.length) {
      throw new Error(`random source returned ${n}`)
    }
    body += trackingAlphabet[n]
  }
  return `${siteCode}-${body.slice(0, 4)}-${body.slice(4)}`
}

/**
 * The canonical `XXX-XXXX-XXXX` form of what a citizen typed, or null. Case, spaces and
 * dashes are forgiven (`anf 7k3p9qxm`); anything else is refused, including characters
 * outside the alphabet (O, I, L, U, 0, 1) and any non-ASCII character.
 */
export function normalizeTrackingCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null
  // Only ASCII is trimmed and accepted; checked before uppercasing, which maps some
  // non-ASCII letters to ASCII ones (ı → I, ﬀ → FF).
  const trimmed = input.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')
  if (!/^[\x20-\x7e]*$/.test(trimmed)) return null
  const compact = trimmed.toUpperCase().replace(/[ -]+/g, '')
  if (compact.length !== 11) return null
  const site = compact.slice(0, 3)
  const body = compact.slice(3)
  if (!sitePattern.test(site) || !randomPart.test(body)) return null
  return `${site}-${body.slice(0, 4)}-${body.slice(4)}`
}
