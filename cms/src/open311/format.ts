import { formatDate, t, type MessageKey } from '@bawaba/i18n'
import { localeCodes, type Locale } from '@bawaba/registry'
import { complaintCategories, type SubmissionStatus } from '@bawaba/schemas'
import { serviceLabels } from '../collections/Submissions/labels.ts'

/**
 * What the Open311 GeoReport v2 API answers, built from what the CMS stores: one service per
 * complaint category, and complaints as service requests stripped of anything personal.
 * Pure: the endpoints read, this shapes.
 */

export type ServiceCode = (typeof complaintCategories)[number]

export function isServiceCode(value: unknown): value is ServiceCode {
  return typeof value === 'string' && (complaintCategories as readonly string[]).includes(value)
}

/** GeoReport knows two states; every status of ours is one or the other. */
export const open311Status: Record<SubmissionStatus, 'open' | 'closed'> = {
  received: 'open',
  'under-review': 'open',
  'in-progress': 'open',
  transferred: 'open',
  reopened: 'open',
  resolved: 'closed',
  rejected: 'closed',
}

export function statusesOf(state: 'open' | 'closed'): SubmissionStatus[] {
  return (Object.keys(open311Status) as SubmissionStatus[]).filter(
    (status) => open311Status[status] === state,
  )
}

const nameKey = (code: ServiceCode) => `forms.complaint.category.${code}` as MessageKey

export function serviceName(code: ServiceCode, locale: Locale): string {
  return t(locale, nameKey(code))
}

export interface Service {
  service_code: ServiceCode
  service_name: string
  description: string
  /** No service takes attributes beyond GeoReport's own fields (see serviceDefinition). */
  metadata: false
  type: 'realtime'
  keywords: string
  group: string
}

/**
 * The category lists of the complaint form, one service each. Keywords are the category's
 * name in every locale, so a client can match what a citizen types in any of them.
 */
export function services(locale: Locale): Service[] {
  const group = serviceLabels.complaint[locale === 'zgh' ? 'ar' : locale]
  return complaintCategories.map((code) => {
    const names = [...new Set(localeCodes.map((each) => serviceName(code, each)))]
    return {
      service_code: code,
      service_name: serviceName(code, locale),
      description: serviceName(code, locale),
      metadata: false,
      type: 'realtime',
      // GeoReport separates keywords with commas: a comma inside a name would split it.
      keywords: names.map((name) => name.replace(/,/g, ' ')).join(','),
      group,
    }
  })
}

/**
 * GeoReport's service definition lists the questions a service asks beyond its standard
 * fields (description, address, lat/long, contact). A complaint asks none: empty attributes.
 */
export function serviceDefinition(code: ServiceCode) {
  return { service_code: code, attributes: [] as never[] }
}

/** What is read of a stored complaint: nothing else is ever selected (see requests.ts). */
export interface StoredComplaint {
  trackingCode: string
  status: SubmissionStatus
  site: string | { id: string }
  complaint?: { category?: string | null; lat?: number | null; lng?: number | null } | null
  history?: Array<{ reply?: string | null }> | null
  createdAt: string
  updatedAt: string
  dueAt?: string | null
}

export interface ServiceRequest {
  service_request_id: string
  status: 'open' | 'closed'
  /** The latest public reply to the citizen (the tracking page shows the same). */
  status_notes: string | null
  service_name: string | null
  service_code: string | null
  agency_responsible: string
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  lat?: number
  long?: number
}

/** Three decimals: about 110 m north–south and 90 m east–west in Casablanca. */
export function roundCoordinate(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  return Math.round(value * 1000) / 1000
}

/**
 * A complaint as a public service request: status, dates, the category, the site that handles
 * it and a blurred location — never the citizen's contact, words or exact address.
 */
export function serviceRequest(
  doc: StoredComplaint,
  locale: Locale,
  agencyOf: (siteId: string) => string,
): ServiceRequest {
  const category = doc.complaint?.category
  const code = isServiceCode(category) ? category : null
  const replies = (doc.history ?? [])
    .map((entry) => entry.reply?.trim())
    .filter((reply): reply is string => Boolean(reply))
  const lat = roundCoordinate(doc.complaint?.lat)
  const long = roundCoordinate(doc.complaint?.lng)
  return {
    service_request_id: doc.trackingCode,
    status: open311Status[doc.status] ?? 'open',
    status_notes: replies.at(-1) ?? null,
    service_name: code ? serviceName(code, locale) : null,
    service_code: code,
    agency_responsible: agencyOf(typeof doc.site === 'object' ? doc.site.id : doc.site),
    requested_datetime: doc.createdAt,
    updated_datetime: doc.updatedAt,
    expected_datetime: doc.dueAt ?? null,
    ...(lat !== undefined && long !== undefined ? { lat, long } : {}),
  }
}

/** The answer to a created request: its tracking code, and the legal answer date. */
export function postedRequest(code: string, dueAt: string | null | undefined, locale: Locale) {
  return {
    service_request_id: code,
    service_notice: dueAt
      ? t(locale, 'forms.confirm.dueDate', { date: formatDate(locale, dueAt) })
      : null,
    account_id: null,
  }
}

/** GeoReport's error format: a list of `{code, description}`, code being the HTTP status. */
export interface Open311Error {
  code: number
  description: string
}

export const open311Error = (code: number, description: string): Open311Error => ({
  code,
  description,
})
