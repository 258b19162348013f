import { createHmac, timingSafeEqual } from 'node:crypto'
import { domainToASCII } from 'node:url'
import { normalizeMoroccanPhone } from '@bawaba/schemas/rules'

/**
 * Contact details as the tracking page compares them. A request keeps an HMAC of the
 * normalized email or phone (`verifierHash`) so that "code + contact" can be checked without
 * a lookup on the contact in clear. The pepper is a server secret kept outside the database:
 * phone numbers have about 30 bits of entropy, so an unkeyed hash would be brute-forced.
 */

const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const domainLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Lowercased address with an ASCII (punycode) domain, or null when it is not an address. */
export function normalizeEmail(input: string): string | null {
  if (typeof input !== 'string' || input.length > 320) return null
  const value = input.trim().normalize('NFC').toLowerCase()
  const at = value.lastIndexOf('@')
  if (at <= 0 || at !== value.indexOf('@')) return null
  const local = value.slice(0, at)
  const domain = domainToASCII(value.slice(at + 1))
  if (local.length > 64 || !localPart.test(local)) return null
  if (!domain || domain.length > 253) return null
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((l) => domainLabel.test(l))) return null
  if (/^\d+$/.test(labels.at(-1)!)) return null
  const email = `${local}@${domain}`
  return email.length <= 254 ? email : null
}

/** A Moroccan number in E.164, or null: the very rule the forms check (@bawaba/schemas/rules). */
export const normalizePhone = normalizeMoroccanPhone

/** The normalized form used for matching: an email if it has an `@`, a phone otherwise. */
export function normalizeContact(input: string): string | null {
  if (typeof input !== 'string') return null
  return input.includes('@') ? normalizeEmail(input) : normalizePhone(input)
}

function hmacHex(value: string, pepper: string): string {
  if (typeof pepper !== 'string' || pepper.length < 16) {
    throw new Error('the contact pepper must be a secret of at least 16 characters')
  }
  return createHmac('sha256', pepper).update(value, 'utf8').digest('hex')
}

/** HMAC-SHA256 (hex) of the normalized email or phone. Throws for an invalid contact. */
export function verifierHash(contact: string, pepper: string): string {
  const normalized = normalizeContact(contact)
  if (normalized === null) throw new Error('not a valid email address or Moroccan phone number')
  return hmacHex(normalized, pepper)
}

/** Whether `input` is the contact `hash` was made from, compared in constant time. */
export function verifierMatches(input: string, hash: string, pepper: string): boolean {
  const normalized = normalizeContact(input)
  const actual = hmacHex(normalized ?? '', pepper)
  if (normalized === null || typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) {
    return false
  }
  return timingSafeEqual(Buffer.from(actual, 'hex'), Buffer.from(hash, 'hex'))
}
