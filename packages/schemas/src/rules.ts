/**
 * Rules the citizen's browser checks exactly as the server and the CMS do, kept free of zod's
 * schema machinery so a form's script can import them (`@bawaba/schemas/rules`, a few hundred
 * bytes): the submission schemas (submissions.ts) and the tracking page's contact matching
 * (@bawaba/eservices) use these very functions.
 */
import { regexes } from 'zod/v4/core'

/** The email addresses the schemas accept: zod's own pattern, shared with the browser. */
export const emailPattern: RegExp = regexes.email

const arabicDigits = /[\u0660-\u0669\u06f0-\u06f9]/g

/**
 * A Moroccan number in E.164 (`+212612345678`), or null. Accepts `+212 6 12 34 56 78`,
 * `00212612345678`, `0612345678`, `+212 (0)6…`, with spaces, dots, dashes or brackets, and
 * Arabic-Indic digits. The national number is 9 digits starting with 5, 6, 7 or 8.
 */
export function normalizeMoroccanPhone(input: string): string | null {
  if (typeof input !== 'string' || input.length > 40) return null
  const ascii = input.replace(arabicDigits, (d) => String(d.charCodeAt(0) & 0xf))
  const compact = ascii
    .trim()
    .replace(/\(0\)/, '')
    .replace(/[\s.\-()/]/g, '')
  const match = /^(?:\+212|00212|0)([5-8]\d{8})$/.exec(compact)
  return match ? `+212${match[1]}` : null
}

export const isMoroccanPhone = (input: string) => normalizeMoroccanPhone(input) !== null
