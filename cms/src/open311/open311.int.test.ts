import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { complaintCategories } from '@bawaba/schemas'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Open311 GeoReport v2 seen from outside, over HTTP against the test stack's CMS: the services
 * are the complaint categories; only the forms service's key creates a request, which is
 * stored as a complaint through the e-services' own path; bad input is refused in the spec's
 * error format and stores nothing; reads filter as the spec says and never show personal data.
 */

const cms = process.env.CMS_URL
const dataDir = process.env.BAWABA_DATA_DIR
if (!cms || !dataDir)
  throw new Error('CMS_URL and BAWABA_DATA_DIR must point at the test stack (run `npm test int`)')

type Json = any
const secrets = Object.fromEntries(
  readFileSync(path.join(dataDir, 'secrets.env'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]),
)
const accounts = JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
  string,
  { password: string; role: string; sites: string[] }
>
const formsKey = secrets.FORMS_API_KEY!
const tokens: Record<string, string> = {}
const jwt = (role: string, site?: string) => {
  const email = Object.entries(accounts).find(
    ([, a]) => a.role === role && (!site || a.sites.includes(site)),
  )![0]
  return `JWT ${tokens[email]}`
}

/** Every Open311 answer, for the closing check that none carries personal data. */
const answers: string[] = []

async function call(
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  const response = await fetch(`${cms}${url}`, { method, headers: init.headers, body: init.body })
  const text = await response.text()
  if (url.startsWith('/api/open311/')) answers.push(text)
  let json: Json = null
  try {
    json = JSON.parse(text)
  } catch {
    json = { text }
  }
  return { status: response.status, json, headers: response.headers }
}

const open311 = (resource: string, params: Record<string, string> = {}, headers = {}) => {
  const search = new URLSearchParams(params).toString()
  return call('GET', `/api/open311/v2/${resource}${search ? `?${search}` : ''}`, { headers })
}

/** A POST as GeoReport sends it: form-encoded fields, the key among them. */
const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  call('POST', '/api/open311/v2/requests.json', {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })

/** Distinctive personal data: none of it may come back from a public read. */
const person = {
  first_name: 'Zineb',
  last_name: 'Tazi-Ouazzani',
  email: 'zineb.open311@example.ma',
  phone: '06 98 76 54 32',
}
const description = 'Nid-de-poule profond devant la pharmacie Al Amal, dangereux la nuit.'
const address = '17 rue Ibnou Koutaiba, quartier Racine'
const complaint = {
  service_code: 'lighting',
  description,
  address_string: address,
  lat: '33.589123',
  long: '-7.632456',
  jurisdiction_id: 'anfa',
  ...person,
}

const admin = () => ({ authorization: jwt('admin') })
const count = async () =>
  (await call('GET', '/api/submissions/count', { headers: admin() })).json.totalDocs as number
const stored = async (code: string) =>
  (
    await call('GET', `/api/submissions?where[trackingCode][equals]=${code}&depth=0`, {
      headers: admin(),
    })
  ).json.docs[0]
const idsOf = (list: Json[]) => list.map((request: Json) => request.service_request_id)

function mails(): string[] {
  const folder = path.join(dataDir!, 'mail')
  if (!existsSync(folder)) return []
  return readdirSync(folder).map((file) =>
    readFileSync(path.join(folder, file), 'latin1').replace(/=\r?\n/g, ''),
  )
}
async function mailWith(text: string): Promise<string | undefined> {
  for (let i = 0; i < 50; i++) {
    const found = mails().find((mail) => mail.includes(text))
    if (found) return found
    await new Promise((ok) => setTimeout(ok, 100))
  }
  return undefined
}

beforeAll(async () => {
  for (const [email, account] of Object.entries(accounts)) {
    const { json } = await call('POST', '/api/users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: account.password }),
    })
    tokens[email] = json.token
  }
})

describe('services', () => {
  it('lists one realtime service per complaint category, in French by default', async () => {
    const { status, json, headers } = await open311('services.json')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/)
    expect(json.map((s: Json) => s.service_code)).toEqual([...complaintCategories])
    expect(json[0]).toMatchObject({
      service_code: 'lighting',
      service_name: 'Éclairage public',
      metadata: false,
      type: 'realtime',
      group: 'Réclamation',
    })
    expect(json[0].keywords).toContain('الإنارة العمومية')
  })

  it('names them in the language the caller accepts, for any known jurisdiction', async () => {
    const { json } = await open311(
      'services.json',
      { jurisdiction_id: 'anfa' },
      {
        'accept-language': 'ar-MA,ar;q=0.9,fr;q=0.5',
      },
    )
    expect(json[0].service_name).toBe('الإنارة العمومية')
  })

  it('refuses an unknown jurisdiction with the spec’s error list', async () => {
    const { status, json } = await open311('services.json', { jurisdiction_id: 'atlantis' })
    expect(status).toBe(404)
    expect(json).toEqual([{ code: 404, description: expect.stringContaining('atlantis') }])
  })

  it('defines a service (no extra attributes) and refuses an unknown one', async () => {
    const lighting = await open311('services/lighting.json')
    expect(lighting.status).toBe(200)
    expect(lighting.json).toEqual({ service_code: 'lighting', attributes: [] })
    const unknown = await open311('services/potholes.json')
    expect(unknown.status).toBe(404)
    expect(unknown.json).toEqual([{ code: 404, description: expect.stringContaining('potholes') }])
  })
})

describe('creating a request', () => {
  it('refuses callers without the forms service’s key, and stores nothing', async () => {
    const before = await count()
    const attempts: Array<[string, Record<string, string>, Record<string, string>]> = [
      ['no key', complaint, {}],
      ['staff JWT', complaint, { authorization: jwt('district-publisher', 'anfa') }],
      ['wrong api_key', { ...complaint, api_key: 'forged-key-0000' }, {}],
      ['wrong header', complaint, { authorization: 'users API-Key forged-key-0000' }],
      // A wrong api_key is not rescued by a right header: the field is what GeoReport sends.
      [
        'wrong field, right header',
        { ...complaint, api_key: 'nope' },
        {
          authorization: `users API-Key ${formsKey}`,
        },
      ],
    ]
    for (const [what, fields, headers] of attempts) {
      const { status, json } = await post(fields, headers)
      expect(status, what).toBe(403)
      expect(json, what).toEqual([{ code: 403, description: expect.stringContaining('api_key') }])
    }
    expect(await count()).toBe(before)
  })

  it('stores a complaint with the forms key through the e-services path, trackable by its code', async () => {
    const before = await count()
    const { status, json } = await post({ ...complaint, api_key: formsKey })
    expect(status).toBe(201)
    expect(json).toHaveLength(1)
    const [receipt] = json
    expect(receipt.service_request_id).toMatch(/^ANF-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/)
    expect(receipt.service_notice).toMatch(/\d{4}/)
    expect(receipt.account_id).toBeNull()
    expect(await count()).toBe(before + 1)

    // Stored as the submit endpoint stores a form: contact kept, due date, first history entry.
    const doc = await stored(receipt.service_request_id)
    expect(doc).toMatchObject({ service: 'complaint', status: 'received' })
    expect(doc.contact).toMatchObject({ name: 'Zineb Tazi-Ouazzani', email: person.email })
    expect(doc.complaint).toMatchObject({ category: 'lighting', description, address })
    expect(doc.history).toHaveLength(1)
    expect((Date.parse(doc.dueAt) - Date.now()) / 86_400_000).toBeGreaterThan(60)
    expect(await mailWith(receipt.service_request_id), 'acknowledgement mailed').toBeTruthy()

    const one = await open311(`requests/${receipt.service_request_id}.json`)
    expect(one.status).toBe(200)
    expect(one.json).toEqual([
      {
        service_request_id: receipt.service_request_id,
        status: 'open',
        status_notes: null,
        service_name: 'Éclairage public',
        service_code: 'lighting',
        agency_responsible: expect.stringContaining('Anfa'),
        requested_datetime: doc.createdAt,
        updated_datetime: doc.updatedAt,
        expected_datetime: doc.dueAt,
        lat: 33.589,
        long: -7.632,
      },
    ])
  })

  it('takes the key in the Authorization header and a JSON body; no jurisdiction means the commune', async () => {
    const { jurisdiction_id: _, ...fields } = complaint
    const { status, json } = await call('POST', '/api/open311/v2/requests.json', {
      headers: {
        authorization: `users API-Key ${formsKey}`,
        'content-type': 'application/json',
        'accept-language': 'ar',
      },
      body: JSON.stringify({ ...fields, lat: 33.5731, long: -7.5898 }),
    })
    expect(status).toBe(201)
    expect(json[0].service_request_id).toMatch(/^CAS-/)
    expect(json[0].service_notice).toMatch(/[\u0600-\u06FF]/)
  })

  it('gives the same code for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const idempotency = { 'idempotency-key': `retry-${randomBytes(8).toString('hex')}` }
    const first = await post({ ...complaint, api_key: formsKey }, idempotency)
    const before = await count()
    const again = await post({ ...complaint, api_key: formsKey }, idempotency)
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.json[0].service_request_id).toBe(first.json[0].service_request_id)
    const other = await post(
      { ...complaint, service_code: 'roads', api_key: formsKey },
      idempotency,
    )
    expect(other.status).toBe(409)
    expect(other.json).toEqual([{ code: 409, description: expect.any(String) }])
    expect(await count()).toBe(before)
  })

  it('refuses invalid input in the spec’s format, field by field, and stores nothing', async () => {
    const before = await count()
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['unknown service', { service_code: 'potholes' }, /^service_code: /],
      ['missing service', { service_code: '' }, /^service_code: /],
      ['outside Casablanca', { lat: '48.8566', long: '2.3522' }, /^(lat|long): /],
      ['description too long', { description: 'x'.repeat(4001) }, /^description: .*4000/],
      ['no location', { lat: '', long: '', address_string: '' }, /lat.*long.*address_string/],
      ['no contact', { email: '', phone: '' }, /^email, phone: /],
    ]
    for (const [what, change, message] of cases) {
      const { status, json } = await post({ ...complaint, ...change, api_key: formsKey })
      expect(status, what).toBe(400)
      expect(Array.isArray(json), what).toBe(true)
      expect(json.every((e: Json) => e.code === 400 && typeof e.description === 'string')).toBe(
        true,
      )
      expect(
        json.map((e: Json) => e.description),
        what,
      ).toContainEqual(expect.stringMatching(message))
    }
    const arabic = await post(
      { ...complaint, service_code: 'potholes', api_key: formsKey },
      { 'accept-language': 'ar' },
    )
    expect(arabic.json[0].description).toMatch(/[\u0600-\u06FF]/)
    const unknownPlace = await post({
      ...complaint,
      jurisdiction_id: 'atlantis',
      api_key: formsKey,
    })
    expect(unknownPlace.status).toBe(404)
    const garbage = await call('POST', '/api/open311/v2/requests.json', {
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${formsKey}` },
      body: '{"service_code": ',
    })
    expect(garbage.status).toBe(400)
    expect(garbage.json).toEqual([{ code: 400, description: expect.any(String) }])
    expect(await count()).toBe(before)
  })
})

describe('reading requests', () => {
  const codes: Record<'anfaOpen' | 'anfaResolved' | 'maarif' | 'letter', string> = {
    anfaOpen: '',
    anfaResolved: '',
    maarif: '',
    letter: '',
  }
  const reply = 'Lampadaire réparé le 3 mars par la société délégataire.'

  beforeAll(async () => {
    codes.anfaOpen = (await post({ ...complaint, api_key: formsKey })).json[0].service_request_id
    codes.anfaResolved = (
      await post({ ...complaint, api_key: formsKey })
    ).json[0].service_request_id
    // Multipart, as clients that attach media send it (media are not taken; fields are).
    const form = new FormData()
    for (const [name, value] of Object.entries({
      ...complaint,
      service_code: 'roads',
      jurisdiction_id: 'maarif',
      api_key: formsKey,
    }))
      form.append(name, value)
    const maarif = await call('POST', '/api/open311/v2/requests.json', { body: form })
    expect(maarif.status).toBe(201)
    codes.maarif = maarif.json[0].service_request_id

    const doc = await stored(codes.anfaResolved)
    const patched = await call('PATCH', `/api/submissions/${doc.id}`, {
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'resolved', reply, note: 'Facture n° 2026-118 à viser.' }),
    })
    expect(patched.status).toBe(200)

    // Not a complaint: never an Open311 request.
    const letter = await call('POST', '/api/submissions/submit', {
      headers: { authorization: `users API-Key ${formsKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        service: 'correspondence',
        site: 'anfa',
        locale: 'fr',
        idempotencyKey: randomBytes(16).toString('hex'),
        digest: randomBytes(32).toString('hex'),
        input: {
          name: 'Zineb Tazi',
          email: person.email,
          department: 'works',
          subject: 'Éclairage',
          message: 'Demande de rendez-vous au sujet de l’éclairage.',
        },
      }),
    })
    expect(letter.status).toBe(201)
    codes.letter = letter.json.code
  })

  const list = async (params: Record<string, string> = {}) => {
    const { status, json } = await open311('requests.json', params)
    expect(status, JSON.stringify(params)).toBe(200)
    return idsOf(json)
  }

  it('lists recent complaints, newest first, and never other e-services', async () => {
    const ids = await list()
    expect(ids).toEqual(expect.arrayContaining([codes.anfaOpen, codes.anfaResolved, codes.maarif]))
    expect(ids).not.toContain(codes.letter)
    expect(ids.indexOf(codes.maarif)).toBeLessThan(ids.indexOf(codes.anfaOpen))
    expect((await open311(`requests/${codes.letter}.json`)).status).toBe(404)
  })

  it('folds statuses into open and closed, with the latest public reply as notes', async () => {
    const closed = await list({ status: 'closed' })
    expect(closed).toContain(codes.anfaResolved)
    expect(closed).not.toContain(codes.anfaOpen)
    const open = await list({ status: 'open' })
    expect(open).toEqual(expect.arrayContaining([codes.anfaOpen, codes.maarif]))
    expect(open).not.toContain(codes.anfaResolved)
    const { json } = await open311(`requests/${codes.anfaResolved}.json`)
    expect(json[0]).toMatchObject({ status: 'closed', status_notes: reply })
    expect(JSON.stringify(json)).not.toContain('Facture')
  })

  it('filters by service code and jurisdiction', async () => {
    const roads = await list({ service_code: 'roads' })
    expect(roads).toContain(codes.maarif)
    expect(roads).not.toContain(codes.anfaOpen)
    const maarif = await list({ jurisdiction_id: 'maarif' })
    expect(maarif).toContain(codes.maarif)
    expect(maarif).not.toContain(codes.anfaOpen)
    const anfa = await list({ jurisdiction_id: 'anfa', service_code: 'lighting,roads' })
    expect(anfa).toEqual(expect.arrayContaining([codes.anfaOpen, codes.anfaResolved]))
    expect(anfa).not.toContain(codes.maarif)
    // A request is found by its id only in its own jurisdiction.
    expect(
      (await open311(`requests/${codes.maarif}.json`, { jurisdiction_id: 'anfa' })).status,
    ).toBe(404)
    expect((await open311('requests.json', { jurisdiction_id: 'atlantis' })).status).toBe(404)
  })

  it('filters by dates, within 90 days', async () => {
    const hour = 3_600_000
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
    expect(await list({ start_date: iso(-hour) })).toContain(codes.maarif)
    expect(await list({ start_date: iso(-hour), end_date: iso(hour) })).toContain(codes.maarif)
    expect(await list({ start_date: iso(24 * hour) })).not.toContain(codes.maarif)
    expect(await list({ end_date: iso(-24 * hour) })).not.toContain(codes.maarif)
    const wide = await open311('requests.json', {
      start_date: '2026-01-01T00:00:00Z',
      end_date: '2026-06-01T00:00:00Z',
    })
    expect(wide.status).toBe(400)
    expect(wide.json).toEqual([{ code: 400, description: expect.stringContaining('90') }])
    const bad = await open311('requests.json', { start_date: 'last week', status: 'pending' })
    expect(bad.status).toBe(400)
    expect(bad.json).toHaveLength(2)
  })

  it('returns exactly the requests asked by id, whatever the other filters', async () => {
    const ids = await list({
      service_request_id: `${codes.anfaOpen},${codes.maarif.toLowerCase()},${codes.letter}`,
      status: 'closed',
    })
    expect(ids.sort()).toEqual([codes.anfaOpen, codes.maarif].sort())
    expect((await open311('requests/ANF-2222-2222.json')).status).toBe(404)
  })
})

describe('privacy', () => {
  it('no Open311 answer carries the citizen’s name, email, phone, words, address or exact point', () => {
    expect(answers.length).toBeGreaterThan(20)
    // The check sees real answers: the codes it was given are in them.
    expect(answers.join('\n')).toMatch(/ANF-[2-9A-Z]{4}-[2-9A-Z]{4}/)
    const secrets = [
      person.first_name,
      person.last_name,
      person.email,
      '98 76 54 32',
      '987654',
      description.slice(0, 20),
      address.slice(0, 12),
      '33.589123',
      '7.632456',
    ]
    for (const text of answers) for (const secret of secrets) expect(text).not.toContain(secret)
  })
})
