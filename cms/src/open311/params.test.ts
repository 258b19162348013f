import { serviceInputs } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import {
  complaintInputOf,
  formFields,
  hasLocation,
  idempotencyKeyOf,
  localeOf,
  parseDate,
  requestQuery,
  validationErrors,
} from './params.ts'

const DAY = 86_400_000
const now = new Date('2026-06-15T12:00:00.000Z')
const query = (search: string, locale: 'fr' | 'ar' = 'fr') =>
  requestQuery(new URLSearchParams(search), locale, now)

describe('the caller’s language', () => {
  it('follows Accept-Language by weight among ar, fr, zgh and en, French by default', () => {
    expect(localeOf(null)).toBe('fr')
    expect(localeOf('de-DE, es;q=0.9')).toBe('fr')
    expect(localeOf('ar-MA,fr;q=0.8')).toBe('ar')
    expect(localeOf('fr;q=0.5, en-GB;q=0.9')).toBe('en')
    expect(localeOf('zgh, ar;q=0.9')).toBe('zgh')
    expect(localeOf('ar;q=0, en')).toBe('en')
  })
})

describe('dates', () => {
  it('reads ISO 8601 instants with their time zone', () => {
    expect(parseDate('2026-03-01T08:30:00+01:00', 'start')?.toISOString()).toBe(
      '2026-03-01T07:30:00.000Z',
    )
    expect(parseDate('2026-03-01T08:30:00.25Z', 'start')?.toISOString()).toBe(
      '2026-03-01T08:30:00.250Z',
    )
    expect(parseDate('2026-03-01T08:30-0230', 'start')?.toISOString()).toBe(
      '2026-03-01T11:00:00.000Z',
    )
  })

  it('takes back a "+" that an unencoded query string turned into a space', () => {
    expect(parseDate('2026-03-01T08:30:00 01:00', 'start')?.toISOString()).toBe(
      '2026-03-01T07:30:00.000Z',
    )
  })

  it('reads a bare day as the whole UTC day', () => {
    expect(parseDate('2026-03-01', 'start')?.toISOString()).toBe('2026-03-01T00:00:00.000Z')
    expect(parseDate('2026-03-01', 'end')?.toISOString()).toBe('2026-03-01T23:59:59.999Z')
  })

  it('refuses impossible dates and instants without a time zone', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-03-01T24:00:00Z',
      '2026-03-01T08:30:00',
      'yesterday',
      '1772409600000',
      '',
    ])
      expect(parseDate(bad, 'start'), bad).toBeNull()
    expect(parseDate('2028-02-29', 'start')).not.toBeNull()
  })
})

describe('GET requests filters', () => {
  it('defaults to the last 90 days', () => {
    const result = query('')
    expect(result).toEqual({ query: { from: new Date(now.getTime() - 90 * DAY), to: now } })
  })

  it('spans 90 days from a start or up to an end given alone', () => {
    expect(query('start_date=2026-01-01T00:00:00Z')).toMatchObject({
      query: { to: new Date(Date.parse('2026-01-01T00:00:00Z') + 90 * DAY) },
    })
    expect(query('end_date=2026-04-01T00:00:00Z')).toMatchObject({
      query: { from: new Date(Date.parse('2026-04-01T00:00:00Z') - 90 * DAY) },
    })
  })

  it('refuses a range wider than 90 days, reversed, or unreadable', () => {
    const wide = query('start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z')
    expect(wide).toEqual({ errors: [{ code: 400, description: expect.stringContaining('90') }] })
    expect(query('start_date=2026-03-02&end_date=2026-03-01')).toHaveProperty('errors')
    const unreadable = query('end_date=hier', 'ar')
    expect(unreadable).toEqual({
      errors: [{ code: 400, description: expect.stringContaining('end_date') }],
    })
  })

  it('maps open and closed onto the platform’s statuses', () => {
    const closed = query('status=closed')
    expect(
      'query' in closed && 'statuses' in closed.query && closed.query.statuses?.sort(),
    ).toEqual(['rejected', 'resolved'])
    const both = query('status=open,closed')
    expect('query' in both && 'statuses' in both.query && both.query.statuses).toHaveLength(7)
    expect(query('status=pending')).toEqual({
      errors: [{ code: 400, description: expect.stringContaining('pending') }],
    })
  })

  it('accepts known service codes only, as a list or repeated', () => {
    const codes = query('service_code=lighting,roads&service_code=lighting')
    expect('query' in codes && 'serviceCodes' in codes.query && codes.query.serviceCodes).toEqual([
      'lighting',
      'roads',
    ])
    const unknown = query('service_code=potholes')
    expect(unknown).toEqual({
      errors: [{ code: 400, description: expect.stringContaining('potholes') }],
    })
  })

  it('lets service_request_id override every other filter; malformed ids match nothing', () => {
    expect(query('service_request_id=anf-7k3p-9qxm, XX&status=nope&start_date=bad')).toEqual({
      query: { ids: ['ANF-7K3P-9QXM'] },
    })
    const many = Array.from({ length: 1001 }, () => 'ANF-7K3P-9QXM').join(',')
    expect(query(`service_request_id=${many}`)).toHaveProperty('errors')
  })
})

describe('POST fields', () => {
  const fields = {
    service_code: 'lighting',
    description: 'Lampadaire éteint devant l’école depuis dix jours.',
    lat: '33.5891',
    long: '-7.6324',
    first_name: ' Salma ',
    last_name: 'Bennani',
    email: 'salma@example.ma',
  }

  it('become the complaint form’s input, which its own schema accepts', () => {
    const input = complaintInputOf(fields)
    expect(input).toMatchObject({
      category: 'lighting',
      lat: '33.5891',
      lng: '-7.6324',
      name: 'Salma Bennani',
    })
    expect(serviceInputs.complaint.safeParse({ ...input, site: 'anfa' }).success).toBe(true)
  })

  it('are read from any encoding: first value wins, numbers become text, objects are ignored', () => {
    expect(
      formFields([
        ['lat', 33.5],
        ['lat', '1'],
        ['description', { text: 'x' }],
        ['email', 'a@b.ma'],
      ]),
    ).toEqual({ lat: '33.5', email: 'a@b.ma' })
  })

  it('need a location: a point or an address', () => {
    expect(hasLocation({ address_string: 'Bd Anfa' })).toBe(true)
    expect(hasLocation({ lat: '33.5', long: '-7.6' })).toBe(true)
    expect(hasLocation({ address_string: '  ', description: 'x' })).toBe(false)
  })

  it('are refused field by field, in GeoReport’s names and the caller’s language', () => {
    const input = complaintInputOf({
      ...fields,
      service_code: 'potholes',
      long: '2.35',
      description: 'x'.repeat(4001),
      email: '',
    })
    const parsed = serviceInputs.complaint.safeParse({ ...input, site: 'anfa' })
    expect(parsed.success).toBe(false)
    const fr = validationErrors(parsed.error!, 'fr').map((e) => e.description)
    expect(fr).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^service_code: Veuillez choisir/),
        expect.stringMatching(/^description: .*4000/),
        expect.stringMatching(/^long: /),
        expect.stringMatching(/^email, phone: /),
      ]),
    )
    const ar = validationErrors(parsed.error!, 'ar')
    expect(ar.every((e) => e.code === 400)).toBe(true)
    expect(ar.find((e) => e.description.startsWith('description'))!.description).toMatch(/4000/)
    expect(ar.find((e) => e.description.startsWith('description'))!.description).toMatch(
      /[\u0600-\u06FF]/,
    )
  })
})

describe('idempotency keys', () => {
  const storeFormat = /^[A-Za-z0-9_-]{16,100}$/

  it('are stable per account and header, apart across accounts, in the store’s format', () => {
    const key = idempotencyKeyOf('order 42/+=', 'account-a')
    expect(key).toMatch(storeFormat)
    expect(idempotencyKeyOf('order 42/+=', 'account-a')).toBe(key)
    expect(idempotencyKeyOf('order 42/+=', 'account-b')).not.toBe(key)
  })

  it('are new on every call without a header, and refused when the header is unusable', () => {
    const a = idempotencyKeyOf(null, 'account-a')
    expect(a).toMatch(storeFormat)
    expect(idempotencyKeyOf(null, 'account-a')).not.toBe(a)
    expect(idempotencyKeyOf('x'.repeat(256), 'account-a')).toBeNull()
    expect(idempotencyKeyOf('clé', 'account-a')).toBeNull()
  })
})
