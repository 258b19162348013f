import { beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  complaint,
  count as countOf,
  digest,
  jwt,
  key,
  mails,
  mailWith,
  service,
  signIn,
  submit,
} from '../../test/stack.ts'

/**
 * The submissions store seen from outside, over HTTP against the test stack's CMS: only the
 * forms service (by API key) submits; a key submitted twice gives the same tracking code and
 * a reused key with another body is refused; tracking answers the same for an unknown code
 * and a wrong contact and never shows personal data; staff see and handle their own site's
 * submissions only, and what the citizen wrote cannot be rewritten.
 */

const count = () => countOf('submissions')

beforeAll(signIn)

describe('submitting', () => {
  it('stores a complaint and answers with a tracking code of the site and its due date', async () => {
    const before = await count()
    const { status, json } = await submit()
    expect(status).toBe(201)
    expect(json.code).toMatch(/^ANF-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/)
    const days = (Date.parse(json.dueAt) - Date.now()) / 86_400_000
    // Sixty days, to the end of the last day on Casablanca's clock.
    expect(days).toBeGreaterThan(60)
    expect(days).toBeLessThan(61)
    expect(await count()).toBe(before + 1)
  })

  it('gives the same code for the same key and body, refuses the key with another body', async () => {
    const idempotencyKey = key()
    const body = digest()
    const first = await submit({ idempotencyKey, digest: body })
    const again = await submit({ idempotencyKey, digest: body })
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ code: first.json.code, duplicate: true })
    const before = await count()
    const other = await submit({ idempotencyKey, digest: digest() })
    expect(other.status).toBe(409)
    expect(other.json.error).toBe('idempotency-conflict')
    expect(await count()).toBe(before)
  })

  it('answers invalid input field by field and stores nothing', async () => {
    const before = await count()
    const { status, json } = await submit({
      input: { ...complaint, category: 'bribes', description: '<b>x</b>', phone: '', email: '' },
    })
    expect(status).toBe(400)
    expect(json.fields).toMatchObject({
      category: 'choice',
      description: 'too-short',
      email: 'contact',
    })
    const unknownSite = await submit({ site: 'atlantis' })
    expect(unknownSite.json.fields).toEqual({ site: 'choice' })
    const malformed = await call('POST', '/api/submissions/submit', service, { service: 'x' })
    expect(malformed.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('refuses anyone but the forms service, and a replayed proof-of-work', async () => {
    const before = await count()
    // '' sends no authorization header at all.
    for (const auth of ['', jwt('district-publisher', 'anfa'), 'users API-Key forged'])
      expect((await submit({}, auth)).status, auth).toBe(403)
    const altchaKey = `sig-${key()}`
    expect((await submit({ altchaKey })).status).toBe(201)
    const replay = await submit({ altchaKey })
    expect(replay.status).toBe(409)
    expect(replay.json.error).toBe('altcha')
    expect(await count()).toBe(before + 1)
  })
})

describe('mail to the citizen', () => {
  it('acknowledges receipt by email, in the citizen’s language, through SMTP', async () => {
    const { json } = await submit({ locale: 'fr' })
    const mail = await mailWith(json.code, 'Nous avons bien reçu')
    expect(mail, 'an acknowledgement reached the SMTP server').toBeTruthy()
    expect(mail).toMatch(/^To: Citoyen\.Test@Example\.ma/im)
    expect(mail).toContain('Nous avons bien reçu votre demande (')
  })

  it('sends nothing when no email was given', async () => {
    const before = mails().length
    const { json } = await submit({ input: { ...complaint, email: '' } })
    expect(json.code).toBeTruthy()
    await new Promise((ok) => setTimeout(ok, 500))
    expect(mails().length).toBe(before)
  })
})

describe('tracking', () => {
  it('shows status and history for the code and the email or phone given, no personal data', async () => {
    const { json: receipt } = await submit()
    const messy = receipt.code.toLowerCase().replace(/-/g, ' ')
    for (const contact of ['citoyen.test@example.ma', '+212 6 12 34 56 78']) {
      const { status, json } = await call('POST', '/api/submissions/track', service, {
        code: messy,
        contact,
      })
      expect(status, contact).toBe(200)
      expect(json).toMatchObject({ code: receipt.code, status: 'received', service: 'complaint' })
      expect(json.history).toHaveLength(1)
      const text = JSON.stringify(json)
      for (const secret of ['example.ma', '612345678', 'Lampadaire'])
        expect(text).not.toContain(secret)
    }
  })

  it('answers an unknown code and a wrong contact the same way', async () => {
    const { json: receipt } = await submit()
    const wrong = await call('POST', '/api/submissions/track', service, {
      code: receipt.code,
      contact: 'someone@else.ma',
    })
    const unknown = await call('POST', '/api/submissions/track', service, {
      code: 'ANF-2222-2222',
      contact: 'citoyen.test@example.ma',
    })
    // Same status and body (the headers differ only by their Date).
    expect({ status: wrong.status, text: wrong.text }).toEqual({
      status: unknown.status,
      text: unknown.text,
    })
    expect(wrong.status).toBe(404)
    // Only the forms service may ask (it rate-limits citizens); the CMS is not a public oracle.
    const direct = await call('POST', '/api/submissions/track', undefined, {
      code: receipt.code,
      contact: 'citoyen.test@example.ma',
    })
    expect(direct.status).toBe(403)
  })
})

describe('handling by staff', () => {
  it('the site’s staff see it with the contact; another district, the central editor and the service do not', async () => {
    const { json: receipt } = await submit()
    const where = `?where[trackingCode][equals]=${receipt.code}&depth=0`
    const own = await call('GET', `/api/submissions${where}`, jwt('district-editor', 'anfa'))
    expect(own.json.docs).toHaveLength(1)
    expect(own.json.docs[0].contact.email).toBe('Citoyen.Test@Example.ma')
    expect(own.json.docs[0].verifier).toBeUndefined()
    expect(own.json.docs[0].idempotencyKey).toBeUndefined()
    const id = own.json.docs[0].id
    for (const auth of [
      jwt('district-publisher', 'maarif'),
      jwt('central-editor'),
      service,
      undefined,
    ]) {
      const listed = await call('GET', `/api/submissions${where}`, auth)
      expect(listed.json.docs ?? [], String(auth)).toEqual([])
      const byId = await call('GET', `/api/submissions/${id}`, auth)
      expect([401, 403, 404], String(auth)).toContain(byId.status)
      const changed = await call('PATCH', `/api/submissions/${id}`, auth, { status: 'rejected' })
      expect([401, 403, 404], String(auth)).toContain(changed.status)
    }
    const graph = await call('POST', '/api/graphql', jwt('district-publisher', 'maarif'), {
      query: `{ Submissions(where: { trackingCode: { equals: "${receipt.code}" } }) { docs { id } } }`,
    })
    expect(graph.json.data?.Submissions?.docs ?? []).toEqual([])
  })

  it('records each status change and reply with who and when; the submitted text stays', async () => {
    const { json: receipt } = await submit()
    const editor = jwt('district-editor', 'anfa')
    const { json: list } = await call(
      'GET',
      `/api/submissions?where[trackingCode][equals]=${receipt.code}&depth=0`,
      editor,
    )
    const id = list.docs[0].id
    const patched = await call('PATCH', `/api/submissions/${id}?depth=0`, editor, {
      status: 'in-progress',
      reply: 'Une équipe passera cette semaine.',
      note: 'Voir avec le prestataire éclairage.',
      trackingCode: 'ANF-HACK-HACK',
      complaint: { description: 'Rewritten by staff' },
      contact: { email: 'other@example.ma' },
    })
    expect(patched.status).toBe(200)
    const doc = patched.json.doc
    expect(doc.trackingCode).toBe(receipt.code)
    expect(doc.complaint.description).toBe(complaint.description)
    expect(doc.contact.email).toBe('Citoyen.Test@Example.ma')
    expect(doc.reply ?? null).toBeNull()
    expect(doc.history).toHaveLength(2)
    expect(doc.history[1]).toMatchObject({
      status: 'in-progress',
      reply: 'Une équipe passera cette semaine.',
      note: 'Voir avec le prestataire éclairage.',
    })
    expect(doc.history[1].by).toBeTruthy()
    const tracked = await call('POST', '/api/submissions/track', service, {
      code: receipt.code,
      contact: '0612345678',
    })
    expect(tracked.json.status).toBe('in-progress')
    // The status change was mailed to the citizen, in French as they wrote.
    expect(await mailWith(receipt.code, 'Nouvel état : En cours de traitement')).toBeTruthy()
    expect(tracked.json.history[1].reply).toBe('Une équipe passera cette semaine.')
    expect(JSON.stringify(tracked.json)).not.toContain('prestataire')
    // Deleting is the platform admin's (retention), not the district's.
    expect([401, 403]).toContain((await call('DELETE', `/api/submissions/${id}`, editor)).status)
  })
})
