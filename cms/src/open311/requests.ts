import { submissionDigest } from '@bawaba/eservices'
import type { Locale } from '@bawaba/registry'
import { serviceInputs } from '@bawaba/schemas'
import type { PayloadHandler, PayloadRequest, TypedUser, Where } from 'payload'
import { isAdminUser, isFormsService } from '../access/roles.ts'
import { submitEnvelopeOf } from '../collections/Submissions/endpoints.ts'
import { open311Error, postedRequest, serviceRequest, type StoredComplaint } from './format.ts'
import { scopeOf, type Jurisdiction, type Scope } from './jurisdictions.ts'
import { say } from './messages.ts'
import {
  complaintInputOf,
  fieldError,
  formFields,
  hasLocation,
  idempotencyKeyOf,
  maxIdempotencyKey,
  maxResults,
  requestQuery,
  validationErrors,
  type RequestQuery,
} from './params.ts'
import { localeOfRequest, open311Errors, open311Json, paramsOf } from './respond.ts'

/**
 * Service requests: complaints seen through GeoReport v2. Reading is public and shows no
 * personal data; creating goes through the e-services' own submit endpoint, so an Open311
 * complaint is validated, deduplicated, stamped and acknowledged exactly as a form's is.
 */

/**
 * The only fields ever loaded. Reads run with overrideAccess because the public has no read
 * access to submissions at all and this is its one window on them; that is safe because
 * (1) this selection holds nothing personal — no contact, no description, no address, no
 * internal note, none of the machine fields — so nothing else ever leaves the database;
 * (2) `serviceRequest` (format.ts) copies out the GeoReport fields only, coordinates blurred;
 * (3) every query is pinned to complaints, never the other e-services.
 */
const publicFields = {
  trackingCode: true,
  status: true,
  site: true,
  complaint: { category: true, lat: true, lng: true },
  history: { reply: true },
  createdAt: true,
  updatedAt: true,
  dueAt: true,
} as const

const notFound = (locale: Locale, key: 'jurisdiction-unknown' | 'request-unknown', id: string) =>
  open311Errors(404, [open311Error(404, say(locale, key, { id }))])

async function findComplaints(req: PayloadRequest, where: Where[], limit: number) {
  const found = await req.payload.find({
    collection: 'submissions',
    where: { and: [{ service: { equals: 'complaint' } }, ...where] },
    select: publicFields,
    sort: '-createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as StoredComplaint[]
}

function siteFilter(scope: Scope): Where[] {
  return scope.kind === 'one' ? [{ site: { equals: scope.site.id } }] : []
}

function queryFilter(query: RequestQuery): Where[] {
  if ('ids' in query) return [{ trackingCode: { in: query.ids } }]
  return [
    { createdAt: { greater_than_equal: query.from.toISOString() } },
    { createdAt: { less_than_equal: query.to.toISOString() } },
    ...(query.serviceCodes ? [{ 'complaint.category': { in: query.serviceCodes } }] : []),
    ...(query.statuses ? [{ status: { in: query.statuses } }] : []),
  ]
}

const agencies = (sites: Jurisdiction[]) => {
  const names = new Map(sites.map((site) => [site.id, site.name]))
  return (id: string) => names.get(id) ?? ''
}

/** GET requests.json: at most 1000 complaints, newest first. */
export const listRequests: PayloadHandler = async (req) => {
  const locale = localeOfRequest(req)
  const params = paramsOf(req)
  const scope = await scopeOf(req, locale, params.get('jurisdiction_id'))
  if (scope.kind === 'unknown') return notFound(locale, 'jurisdiction-unknown', scope.id)
  const parsed = requestQuery(params, locale)
  if ('errors' in parsed) return open311Errors(400, parsed.errors)
  if ('ids' in parsed.query && parsed.query.ids.length === 0) return open311Json(200, [])
  const docs = await findComplaints(
    req,
    [...siteFilter(scope), ...queryFilter(parsed.query)],
    maxResults,
  )
  const agencyOf = agencies(scope.sites)
  return open311Json(
    200,
    docs.map((doc) => serviceRequest(doc, locale, agencyOf)),
  )
}

/** GET requests/{service_request_id}.json: a list of one, as the spec has it. */
export const getRequest: PayloadHandler = async (req) => {
  const locale = localeOfRequest(req)
  const id = String(req.routeParams?.id ?? '').slice(0, 60)
  const scope = await scopeOf(req, locale, paramsOf(req).get('jurisdiction_id'))
  if (scope.kind === 'unknown') return notFound(locale, 'jurisdiction-unknown', scope.id)
  const parsed = requestQuery(new URLSearchParams({ service_request_id: id }), locale)
  const ids = 'query' in parsed && 'ids' in parsed.query ? parsed.query.ids : []
  const docs = ids.length
    ? await findComplaints(req, [...siteFilter(scope), { trackingCode: { in: ids } }], 1)
    : []
  if (!docs.length) return notFound(locale, 'request-unknown', id)
  return open311Json(200, [serviceRequest(docs[0]!, locale, agencies(scope.sites))])
}

/** A POST body is a few short fields; anything larger is refused before it is read whole. */
const maxBodyBytes = 64 * 1024

async function readBody(req: PayloadRequest): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) return 'too-large'
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = req.body?.getReader()
  if (!reader) return new Uint8Array()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBodyBytes) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0)
  return bytes
}

/** The POST fields: form-encoded (GeoReport's encoding), multipart or a JSON object. */
async function readFields(
  req: PayloadRequest,
  locale: Locale,
): Promise<{ fields: Record<string, string> } | { error: Response }> {
  const refuse = (status: number, description: string) => ({
    error: open311Errors(status, [open311Error(status, description)]),
  })
  try {
    const bytes = await readBody(req)
    if (bytes === 'too-large')
      return refuse(413, say(locale, 'body-too-large', { max: maxBodyBytes / 1024 }))
    const contentType = req.headers.get('content-type') ?? ''
    const type = contentType.toLowerCase()
    if (type.startsWith('multipart/form-data')) {
      // The boundary is case-sensitive: hand the header over as sent.
      const form = await new Response(bytes, {
        headers: { 'content-type': contentType },
      }).formData()
      return { fields: formFields(form.entries()) }
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    if (type.includes('json')) {
      const body: unknown = JSON.parse(text)
      if (!body || typeof body !== 'object' || Array.isArray(body))
        return refuse(400, say(locale, 'body'))
      return { fields: formFields(Object.entries(body)) }
    }
    return { fields: formFields(new URLSearchParams(text)) }
  } catch {
    return refuse(400, say(locale, 'body'))
  }
}

/**
 * Who is posting: the `api_key` field, as GeoReport sends it, checked as the users API key it
 * is; without one, whoever Payload authenticated from the Authorization header (the same API
 * key in `users API-Key …` form, or a JWT).
 */
async function callerOf(req: PayloadRequest, apiKey: string | undefined) {
  if (!apiKey) return req.user ?? null
  if (!/^[\x21-\x7e]{1,200}$/.test(apiKey)) return null
  const { user } = await req.payload.auth({
    headers: new Headers({
      authorization: `${req.payload.config.admin.user} API-Key ${apiKey}`,
    }),
  })
  return user
}

/**
 * The e-services' submit endpoint, handed an envelope instead of the HTTP body and the
 * authenticated caller as its user: the one path by which submissions are stored
 * (idempotency, validation, the site's tracking code, due date, history, acknowledgement).
 * The proxy leaves the incoming request untouched.
 */
async function submitThroughForms(req: PayloadRequest, user: TypedUser, envelope: object) {
  const asSubmit = new Proxy(req, {
    get(target, property) {
      if (property === 'user') return user
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const response = await submitEnvelopeOf(asSubmit, envelope)
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

/** POST requests.json: a complaint, for the forms service (or the platform admin) only. */
export const createRequest: PayloadHandler = async (req) => {
  const locale = localeOfRequest(req)
  const read = await readFields(req, locale)
  if ('error' in read) return read.error
  const { fields } = read

  const user = await callerOf(req, fields.api_key)
  if (!user || !(isFormsService(user) || isAdminUser(user)))
    return open311Errors(403, [open311Error(403, say(locale, 'forbidden'))])

  const scope = await scopeOf(req, locale, fields.jurisdiction_id)
  if (scope.kind === 'unknown') return notFound(locale, 'jurisdiction-unknown', scope.id)
  const site = scope.kind === 'one' ? scope.site : scope.sites.find((each) => each.central)
  if (!site) throw new Error('open311: no central site to receive requests without jurisdiction')

  const input = complaintInputOf(fields)
  const valid = serviceInputs.complaint.safeParse({ ...input, site: site.slug })
  const problems = valid.success ? [] : validationErrors(valid.error, locale)
  if (!hasLocation(fields)) problems.push(open311Error(400, say(locale, 'location-required')))
  if (!valid.success || problems.length) return open311Errors(400, problems)

  const idempotencyKey = idempotencyKeyOf(req.headers.get('idempotency-key'), String(user.id))
  if (!idempotencyKey)
    return open311Errors(400, [
      open311Error(400, say(locale, 'idempotency-key', { max: maxIdempotencyKey })),
    ])

  try {
    const { status, body } = await submitThroughForms(req, user, {
      service: 'complaint',
      site: site.slug,
      locale,
      idempotencyKey,
      digest: submissionDigest({ service: 'complaint', ...valid.data }, []),
      input,
    })
    if (status === 200 || status === 201)
      return open311Json(status, [postedRequest(body.code, body.dueAt, locale)], {
        'cache-control': 'no-store',
      })
    if (status === 409 && body.error === 'idempotency-conflict')
      return open311Errors(409, [open311Error(409, say(locale, 'idempotency-conflict'))])
    if (status === 400 && body.fields)
      return open311Errors(
        400,
        Object.entries(body.fields as Record<string, string>).map(([field, rule]) =>
          fieldError(field, rule, '', locale),
        ),
      )
    if (status === 403) return open311Errors(403, [open311Error(403, say(locale, 'forbidden'))])
    throw new Error(`submit answered ${status} ${JSON.stringify(body)}`)
  } catch (error) {
    req.payload.logger.error({ err: error }, 'open311: request not stored')
    return open311Errors(500, [open311Error(500, say(locale, 'unavailable'))])
  }
}
