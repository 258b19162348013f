import type { Locale } from '@bawaba/registry'
import type { PayloadRequest } from 'payload'
import type { Open311Error } from './format.ts'
import { localeOf } from './params.ts'

/** JSON in UTF-8, as GeoReport requires; the wording follows Accept-Language, so caches vary on it. */
export function open311Json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Language',
      ...headers,
    },
  })
}

/** GeoReport errors: always a list, even of one. */
export const open311Errors = (status: number, errors: Open311Error[]) =>
  open311Json(status, errors, { 'cache-control': 'no-store' })

export const localeOfRequest = (req: PayloadRequest): Locale =>
  localeOf(req.headers.get('accept-language'))

/** Query parameters of the call (Payload's request always carries its URL's). */
export const paramsOf = (req: PayloadRequest): URLSearchParams =>
  req.searchParams ?? new URL(req.url ?? 'http://localhost/').searchParams
