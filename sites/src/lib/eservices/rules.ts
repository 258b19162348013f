/**
 * The e-service forms' checks, as the citizen's browser runs them before sending: exactly the
 * rules the edge and the CMS apply with the zod schemas of @bawaba/schemas (a unit test runs
 * both over the same inputs and wants the same errors). Pure and browser-safe: it reads the
 * field specs (fields.ts, handed to the page's script as JSON), cleans each value as the edge
 * does (`cleanText`), and words nothing itself: it answers rule ids per field, as the server.
 */
import { cleanText } from '@bawaba/eservices/text'
import { emailPattern, isMoroccanPhone } from '@bawaba/schemas/rules'
import type { FieldSpec } from './fields.ts'

/** Field name → rule id (`forms.error.<rule>`), as the server answers them. */
export type Errors = Record<string, string>

export interface CheckContext {
  /** The arrondissements a submission may go to (the `site` select's values). */
  sites: readonly string[]
  /** Whether the form asks for consent (every form that takes personal data). */
  consent: boolean
}

/** The places the complaint schema accepts for a position: Casablanca and its surroundings. */
export const casablancaBounds = { lat: [33.3, 33.8], lng: [-7.9, -7.3] } as const

/** A typed value as the edge reads it: cleaned and bounded (`textValues` in submit.ts). */
export function cleanValue(field: Pick<FieldSpec, 'kind' | 'max'>, raw: string): string {
  return cleanText(raw, { maxLength: field.max ?? 100, multiline: field.kind === 'textarea' })
}

/** The rule one field breaks on its own (no other field considered), or null. */
export function checkField(
  field: FieldSpec,
  value: string,
  context: Pick<CheckContext, 'sites'>,
): string | null {
  if (field.kind === 'files') return null
  if (field.kind === 'select') {
    if (!value) return 'required'
    const allowed = field.sites ? context.sites : (field.choices?.values ?? [])
    return allowed.includes(value) ? null : 'choice'
  }
  if (!value) return field.required ? 'required' : null
  if (field.kind === 'coordinate') {
    const number = Number(value)
    const [min, max] = casablancaBounds[field.name as 'lat' | 'lng'] ?? [-Infinity, Infinity]
    return Number.isFinite(number) && number >= min && number <= max ? null : 'coordinates'
  }
  if (field.min !== undefined && value.length < field.min) return 'too-short'
  if (field.max !== undefined && value.length > field.max) return 'too-long'
  if (field.kind === 'email' && !emailPattern.test(value)) return 'email'
  if (field.kind === 'tel' && !isMoroccanPhone(value)) return 'phone'
  return null
}

/**
 * Every error of a filled form, as the server would answer it: each field's own rule, then the
 * rules across fields, shown together so the citizen sees every problem at once.
 */
export function checkForm(
  fields: readonly FieldSpec[],
  raw: Record<string, string | undefined>,
  context: CheckContext,
): Errors {
  const errors: Errors = {}
  const values: Record<string, string> = {}
  for (const field of fields) {
    if (field.kind === 'files') continue
    values[field.name] = cleanValue(field, raw[field.name] ?? '')
    const rule = checkField(field, values[field.name]!, context)
    if (rule) errors[field.name] = rule
  }
  const has = (name: string) => fields.some((field) => field.name === name)
  // A way to reply and to prove it is you when tracking: an email or a phone.
  if (has('email') && has('phone') && !values.email && !values.phone) errors.email ??= 'contact'
  // A position is both coordinates or none.
  if (has('lat') && has('lng') && Boolean(values.lat) !== Boolean(values.lng))
    errors.lat ??= 'coordinates'
  // A plot is found by its land title or, failing that, its reference.
  if (has('landTitle') && has('parcelRef') && !values.landTitle && !values.parcelRef)
    errors.landTitle ??= 'required'
  if (context.consent && raw.consent !== 'yes') errors.consent = 'required'
  return errors
}

/** The `forms.error.*` key that words a field's rule: its own message, else the rule's. */
export function errorKeyOf(
  label: string | undefined,
  rule: string,
  known: (key: string) => boolean,
) {
  const specific = `forms.error.${label}.${rule}`
  return label && known(specific) ? specific : `forms.error.${rule}`
}
