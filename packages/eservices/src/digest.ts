import { createHash } from 'node:crypto'

/**
 * A stable fingerprint of a submission, stored with its idempotency key: a retry with the
 * same key and the same body is the same submission; the same key with another body is
 * refused. Field order does not matter; file order does (it is the order shown to staff).
 */
export function submissionDigest(
  fields: Record<string, unknown>,
  files: Array<{ sha256: string }>,
): string {
  const body = { v: 1, fields, files: files.map((f) => String(f.sha256).toLowerCase()) }
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex')
}

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth and `undefined` members
 * dropped (in arrays they become null, as in JSON.stringify). Dates use toJSON. Refuses what
 * JSON cannot carry faithfully: bigints, functions, symbols, non-finite numbers and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set())
}

function write(value: unknown, seen: Set<object>): string {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const toJSON = (value as { toJSON: unknown }).toJSON
    if (typeof toJSON === 'function') return write(toJSON.call(value), seen)
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot digest ${value}`)
      return JSON.stringify(value)
    case 'object':
      break
    default:
      throw new TypeError(`cannot digest a ${typeof value}`)
  }
  if (value === null) return 'null'
  if (seen.has(value)) throw new TypeError('cannot digest a cyclic structure')
  seen.add(value)
  let out: string
  if (Array.isArray(value)) {
    out = `[${value.map((item) => (item === undefined ? 'null' : write(item, seen))).join(',')}]`
  } else {
    const members: string[] = []
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key]
      if (item !== undefined) members.push(`${JSON.stringify(key)}:${write(item, seen)}`)
    }
    out = `{${members.join(',')}}`
  }
  seen.delete(value)
  return out
}
