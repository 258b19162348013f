import { createHash } from 'node:crypto'

const digest = (key: string) => createHash('sha256').update(key).digest()

/**
 * A version-4 UUID derived from a key, in the form the SQLite adapter gives documents
 * (`idType: 'uuid'`): the same key gives the same id, so a generated city is the same on every
 * run, ids included.
 */
export function uuidFrom(key: string): string {
  const bytes = digest(`uuid:${key}`).subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** 24 hex digits, the form Payload gives block and array rows (an ObjectId). */
export const objectIdFrom = (key: string): string =>
  digest(`object-id:${key}`).subarray(0, 12).toString('hex')

/** A stable number from a string, to seed one PRNG per site and collection. */
export const seedOf = (text: string): number => digest(text).readUInt32LE(0)
