import { createHash, randomUUID } from 'node:crypto'
import { normalizeTrackingCode } from '@bawaba/eservices'
import { hasMessage, t, type MessageKey } from '@bawaba/i18n'
import { isLocale, type Locale } from '@bawaba/registry'
import type { SubmissionStatus } from '@bawaba/schemas'
import type { z } from 'zod'
import {
  isServiceCode,
  open311Error,
  statusesOf,
  type Open311Error,
  type ServiceCode,
} from './format.ts'
import { say } from './messages.ts'

/**
 * What Open311 callers send, read into what the CMS understands: the language they want, the
 * filters of GET requests.json, and the fields of POST requests.json as the complaint form's
 * input. Pure; errors come back in GeoReport's format, worded in the caller's language.
 */

const DAY = 86_400_000
/** GeoReport: a search may not span more than 90 days, and the default is the last 90. */
export const maxRangeDays = 90
/** GeoReport's usual cap on one answer, also the cap on ids asked at once. */
export const maxResults = 1000

/** GeoReport has no language parameter: the caller's Accept-Language decides, French by default. */
export function localeOf(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';')
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find(Boolean)
      return { language: tag.split('-')[0]!.toLowerCase(), q: q ? Number(q) : 1, index }
    })
    .filter((each) => each.q > 0 && isLocale(each.language))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return (ranked[0]?.language as Locale | undefined) ?? 'fr'
}

const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}))?$/

/**
 * An ISO 8601 instant (`2026-03-01T08:30:00+01:00`, `…Z`), or a whole day (`2026-03-01`, read
 * in UTC: its first millisecond as a start, its last as an end). Impossible dates (30 February,
 * 24:00) are refused rather than rolled over as `Date.parse` does.
 */
export function parseDate(raw: string, edge: 'start' | 'end'): Date | null {
  // An unencoded '+' in a query string arrives as a space.
  const value = raw.trim().replace(/ (\d{2}:?\d{2})$/, '+$1')
  const m = isoDate.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  const millis = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3))
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  let offset = 0
  const zone = m[8]
  if (zone && zone !== 'Z') {
    const [hh, mm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))]
    if (hh > 14 || mm > 59) return null
    offset = (zone[0] === '-' ? -1 : 1) * (hh * 60 + mm)
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000
  return new Date(m[4] === undefined && edge === 'end' ? utc + DAY - 1 : utc)
}

/** Comma-separated lists, also given as repeated parameters. */
function list(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
}

export type RequestQuery =
  | { ids: string[] }
  | { serviceCodes?: ServiceCode[]; statuses?: SubmissionStatus[]; from: Date; to: Date }

/**
 * The filters of GET requests.json. `service_request_id` overrides every other filter (as the
 * spec says); ids that cannot be tracking codes simply match nothing. Without dates, the last
 * 90 days; with one end only, 90 days from or up to it.
 */
export function requestQuery(
  params: URLSearchParams,
  locale: Locale,
  now = new Date(),
): { query: RequestQuery } | { errors: Open311Error[] } {
  const ids = list(params, 'service_request_id')
  if (ids.length > maxResults)
    return { errors: [open311Error(400, say(locale, 'too-many-ids', { max: maxResults }))] }
  if (ids.length) {
    const codes = ids.map(normalizeTrackingCode).filter((code): code is string => code !== null)
    return { query: { ids: [...new Set(codes)] } }
  }

  const errors: Open311Error[] = []
  const serviceCodes = list(params, 'service_code')
  for (const code of serviceCodes)
    if (!isServiceCode(code))
      errors.push(open311Error(400, say(locale, 'service-unknown', { code })))
  const states = list(params, 'status')
  for (const value of states)
    if (value !== 'open' && value !== 'closed')
      errors.push(open311Error(400, say(locale, 'status-unknown', { value })))

  const dates: Partial<Record<'start_date' | 'end_date', Date>> = {}
  for (const field of ['start_date', 'end_date'] as const) {
    const raw = params.get(field)
    if (raw === null || raw.trim() === '') continue
    const date = parseDate(raw, field === 'start_date' ? 'start' : 'end')
    if (date) dates[field] = date
    else errors.push(open311Error(400, say(locale, 'date-format', { field })))
  }
  const span = maxRangeDays * DAY
  const to =
    dates.end_date ?? (dates.start_date ? new Date(dates.start_date.getTime() + span) : now)
  const from = dates.start_date ?? new Date(to.getTime() - span)
  if (!errors.length && (from > to || to.getTime() - from.getTime() > span))
    errors.push(open311Error(400, say(locale, 'date-range', { days: maxRangeDays })))
  if (errors.length) return { errors }

  return {
    query: {
      ...(serviceCodes.length ? { serviceCodes: [...new Set(serviceCodes)] as ServiceCode[] } : {}),
      ...(states.length
        ? { statuses: [...new Set(states as ('open' | 'closed')[])].flatMap(statusesOf) }
        : {}),
      from,
      to,
    },
  }
}

/**
 * The fields of a POST, whatever the encoding: strings as given, numbers and booleans of a
 * JSON body as text, anything else (objects, files) ignored. A repeated field keeps its first
 * value.
 */
export function formFields(entries: Iterable<[string, unknown]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of entries) {
    if (name in out) continue
    if (typeof value === 'string') out[name] = value
    else if (typeof value === 'number' || typeof value === 'boolean') out[name] = String(value)
  }
  return out
}

/** GeoReport's POST fields as the complaint form's input (@bawaba/schemas complaintInput). */
export function complaintInputOf(fields: Record<string, string>): Record<string, unknown> {
  const name = [fields.first_name, fields.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ')
  return {
    category: fields.service_code,
    description: fields.description,
    address: fields.address_string,
    lat: fields.lat,
    lng: fields.long,
    name: name || undefined,
    email: fields.email,
    phone: fields.phone,
  }
}

/** GeoReport requires a location: a point, or an address (address_id is not offered). */
export function hasLocation(fields: Record<string, string>): boolean {
  return [fields.lat, fields.long, fields.address_string].some((value) => Boolean(value?.trim()))
}

/** Complaint input fields as GeoReport names them, for error messages. */
const open311Names: Record<string, string> = {
  category: 'service_code',
  description: 'description',
  address: 'address_string',
  lat: 'lat',
  lng: 'long',
  name: 'first_name, last_name',
  email: 'email',
  phone: 'phone',
  site: 'jurisdiction_id',
}

/** One field's error, worded as the complaint form words it and named as GeoReport names it. */
export function fieldError(field: string, rule: string, max: string, locale: Locale): Open311Error {
  const key = `forms.error.${rule}`
  const text = hasMessage(key) ? t(locale, key as MessageKey, { max }) : rule
  const name = rule === 'contact' ? 'email, phone' : (open311Names[field] ?? field)
  return open311Error(400, name ? `${name}: ${text}` : text)
}

/** One error per field: the first rule it breaks (as the form shows one beside each field). */
export function validationErrors(error: z.ZodError, locale: Locale): Open311Error[] {
  const seen = new Set<string>()
  const out: Open311Error[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '')
    if (seen.has(field)) continue
    seen.add(field)
    const max = issue.code === 'too_big' ? String(issue.maximum) : ''
    out.push(fieldError(field, issue.message, max, locale))
  }
  return out
}

export const maxIdempotencyKey = 255

/**
 * The submit endpoint's idempotency key for an Open311 POST. GeoReport has none: a caller may
 * send an `Idempotency-Key` header, which is hashed with the account's id (so two accounts'
 * keys never meet, and any printable key fits the store's format); without one, every POST is
 * new. `null` when the header is not a usable key.
 */
export function idempotencyKeyOf(header: string | null, accountId: string): string | null {
  if (header === null || header === '') return `open311-${randomUUID()}`
  if (header.length > maxIdempotencyKey || !/^[\x20-\x7e]+$/.test(header)) return null
  const hash = createHash('sha256').update(`${accountId}\n${header}`, 'utf8').digest('hex')
  return `open311-${hash.slice(0, 48)}`
}
