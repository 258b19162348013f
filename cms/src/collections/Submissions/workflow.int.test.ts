import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  accountOf,
  call,
  cms,
  complaint,
  jwt,
  mailWith,
  service,
  signIn,
  submit,
  type Json,
} from '../../test/stack.ts'

/**
 * How staff handle submissions, over HTTP against the test stack, tried as an attacker would:
 * assigning only within the site, transfers that move a submission (and its files) to another
 * district or hand it to a partner, rejections that must say why, the citizen reopening a
 * resolved complaint within 30 days, the export of one submission, and the dashboard figures,
 * each for the staff who may read them and nobody else. Dates the API never lets anyone set
 * (a resolution 31 days ago, a due date past) are made with the Local API on the same database.
 */

let payload: Payload
let photo: Buffer
const siteIds: Record<string, string> = {}
const userIds: Record<string, string> = {}

beforeAll(async () => {
  await signIn()
  const { getBawabaPayload } = await import('../../lib/payload.ts')
  payload = await getBawabaPayload()
  for (const site of (await payload.find({ collection: 'sites', pagination: false })).docs)
    siteIds[site.slug] = site.id
  for (const user of (await payload.find({ collection: 'users', pagination: false })).docs)
    userIds[user.email] = user.id
  photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#16a085' } })
    .jpeg()
    .toBuffer()
})

afterAll(async () => {
  await payload?.destroy()
})

/** A fresh complaint to a site; its id as the admin sees it. */
async function newComplaint(site = 'anfa', overrides: Json = {}) {
  const { status, json } = await submit({ site, ...overrides })
  expect(status).toBe(201)
  const found = await call(
    'GET',
    `/api/submissions?where[trackingCode][equals]=${json.code}&depth=0`,
    jwt('admin'),
  )
  return { code: json.code as string, id: found.json.docs[0].id as string }
}

const patch = (id: string, auth: string, body: Json) =>
  call('PATCH', `/api/submissions/${id}?depth=0`, auth, body)
const read = (id: string, auth = jwt('admin')) =>
  call('GET', `/api/submissions/${id}?depth=0`, auth)
const track = (code: string, contact = 'citoyen.test@example.ma') =>
  call('POST', '/api/submissions/track', service, { code, contact })
const reopen = (
  code: string,
  contact = 'citoyen.test@example.ma',
  auth = service,
  reason?: string,
) => call('POST', '/api/submissions/reopen', auth, { code, contact, ...(reason ? { reason } : {}) })

describe('assigning', () => {
  it('to a colleague of the site, recorded in the history with who and when', async () => {
    const { id } = await newComplaint()
    const colleague = userIds[accountOf('district-publisher', 'anfa')]!
    const { status, json } = await patch(id, jwt('district-editor', 'anfa'), {
      assignedTo: colleague,
    })
    expect(status).toBe(200)
    expect(json.doc.assignedTo).toBe(colleague)
    const entry = json.doc.history.at(-1)
    expect(entry).toMatchObject({ event: 'assigned', assignedTo: colleague })
    expect(entry.by).toBe(userIds[accountOf('district-editor', 'anfa')])
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000)
  })

  it('never to another district’s staff, the admin or the forms service', async () => {
    const { id } = await newComplaint()
    const before = (await read(id)).json
    for (const outsider of [
      accountOf('district-publisher', 'maarif'),
      accountOf('district-editor', 'maarif'),
      accountOf('admin'),
      'forms-service@casablancacity.ma',
    ]) {
      for (const auth of [jwt('district-publisher', 'anfa'), jwt('admin')]) {
        const { status } = await patch(id, auth, { assignedTo: userIds[outsider] })
        expect(status, outsider).toBe(400)
      }
    }
    const after = (await read(id)).json
    expect(after.assignedTo ?? null).toBeNull()
    expect(after.history).toHaveLength(before.history.length)
  })

  it('staff see their site’s colleagues to choose from, not other districts’ staff', async () => {
    const { json } = await call(
      'GET',
      '/api/users?limit=100&depth=0',
      jwt('district-editor', 'anfa'),
    )
    const emails = json.docs.map((u: Json) => u.email).sort()
    expect(emails).toEqual(
      [accountOf('district-editor', 'anfa'), accountOf('district-publisher', 'anfa')].sort(),
    )
    // A colleague's account, not its secrets or sessions.
    const colleague = json.docs.find((u: Json) => u.email !== accountOf('district-editor', 'anfa'))
    expect(colleague.role).toBe('district-publisher')
    expect(colleague.sessions ?? []).toEqual([])
    expect(JSON.stringify(colleague)).not.toMatch(/"(hash|salt|apiKey|resetPasswordToken)"/)
  })
})

describe('transferring', () => {
  it('to another district moves it there, files included: Maarif handles it, Anfa no longer sees it', async () => {
    const { code, id } = await newComplaint('anfa', {
      files: [{ name: 'poteau.jpg', data: photo.toString('base64') }],
    })
    const anfa = jwt('district-publisher', 'anfa')
    await patch(id, anfa, { assignedTo: userIds[accountOf('district-editor', 'anfa')] })
    const file = (
      await call('GET', `/api/submission-files?where[submission][equals]=${id}`, jwt('admin'))
    ).json.docs[0]
    const moved = await patch(id, anfa, {
      transferTo: { site: siteIds.maarif },
      note: 'Adresse située à Maârif.',
      reply: 'Votre réclamation est transmise à l’arrondissement Maârif.',
    })
    expect(moved.status).toBe(200)
    expect(moved.json.doc).toMatchObject({ status: 'transferred', site: siteIds.maarif })
    expect(moved.json.doc.assignedTo ?? null).toBeNull()
    expect(moved.json.doc.history.at(-2)).toMatchObject({
      event: 'transferred',
      status: 'transferred',
      fromSite: siteIds.anfa,
      toSite: siteIds.maarif,
      by: userIds[accountOf('district-publisher', 'anfa')],
      note: 'Adresse située à Maârif.',
    })
    expect(moved.json.doc.history.at(-1)).toMatchObject({ event: 'assigned', assignedTo: null })

    // Anfa's staff have lost it and its file.
    for (const auth of [anfa, jwt('district-editor', 'anfa')]) {
      expect([403, 404]).toContain((await read(id, auth)).status)
      expect((await patch(id, auth, { status: 'resolved' })).status).not.toBe(200)
      const files = await call('GET', `/api/submission-files?where[submission][equals]=${id}`, auth)
      expect(files.json.docs).toEqual([])
      const bytes = await fetch(new URL(file.url, cms), { headers: { authorization: auth } })
      expect([403, 404]).toContain(bytes.status)
    }
    // Maarif's staff have it, its file, and can handle it.
    const maarif = jwt('district-editor', 'maarif')
    expect((await read(id, maarif)).json.contact.email).toBe('Citoyen.Test@Example.ma')
    const bytes = await fetch(new URL(file.url, cms), { headers: { authorization: maarif } })
    expect(bytes.status).toBe(200)
    const handled = await patch(id, maarif, {
      status: 'in-progress',
      assignedTo: userIds[accountOf('district-publisher', 'maarif')],
    })
    expect(handled.status).toBe(200)
    // The citizen follows it; the internal note stays internal.
    const tracked = await track(code)
    expect(tracked.json).toMatchObject({ site: 'maarif', status: 'in-progress' })
    expect(tracked.json.history.map((h: Json) => h.status)).toEqual([
      'received',
      'transferred',
      'in-progress',
    ])
    expect(JSON.stringify(tracked.json)).not.toContain('Adresse située')
    expect(await mailWith(code, 'Nouvel état : Transmise')).toBeTruthy()
  })

  it('to a partner operator keeps it on the site, with the partner named', async () => {
    const { id } = await newComplaint()
    const partner = (await payload.find({ collection: 'partners', limit: 1, depth: 0 })).docs[0]!
    const { status, json } = await patch(id, jwt('district-editor', 'anfa'), {
      transferTo: { partner: partner.id },
    })
    expect(status).toBe(200)
    expect(json.doc).toMatchObject({
      status: 'transferred',
      site: siteIds.anfa,
      partner: partner.id,
    })
    expect(json.doc.history.at(-1)).toMatchObject({ event: 'transferred', partner: partner.id })
    expect(json.doc.transferTo).toMatchObject({ site: null, partner: null })
  })

  it('needs one real destination, other than where it is', async () => {
    const { id } = await newComplaint()
    const anfa = jwt('district-publisher', 'anfa')
    const partner = (await payload.find({ collection: 'partners', limit: 1, depth: 0 })).docs[0]!
    for (const body of [
      { status: 'transferred' },
      { transferTo: { site: siteIds.maarif, partner: partner.id } },
      { transferTo: { site: siteIds.anfa } },
      { transferTo: { site: '00000000-0000-4000-8000-000000000000' } },
    ]) {
      const { status } = await patch(id, anfa, body)
      expect(status, JSON.stringify(body)).toBe(400)
    }
    // And the site is never changed directly, by anyone.
    for (const auth of [anfa, jwt('admin')]) await patch(id, auth, { site: siteIds.maarif })
    const after = (await read(id)).json
    expect(after).toMatchObject({ site: siteIds.anfa, status: 'received' })
  })
})

describe('rejecting', () => {
  it('needs a public reason', async () => {
    const { code, id } = await newComplaint()
    const anfa = jwt('district-publisher', 'anfa')
    for (const reply of [undefined, '', '   ']) {
      const { status, json } = await patch(id, anfa, { status: 'rejected', reply })
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toContain('reply')
    }
    expect((await read(id)).json.status).toBe('received')
    const reason = 'Cette voie relève d’une copropriété privée.'
    const done = await patch(id, anfa, { status: 'rejected', reply: reason })
    expect(done.status).toBe(200)
    expect((await track(code)).json.history.at(-1)).toMatchObject({
      status: 'rejected',
      reply: reason,
    })
    // The citizen's mail says why, not only that it changed.
    const mail = await mailWith(
      code,
      'Nouvel état : Rejetée',
      'Réponse de l’administration',
      reason,
    )
    expect(mail).toBeTruthy()
  })
})

describe('replying', () => {
  it('mails the citizen the reply itself, with or without a change of status, in their language', async () => {
    const { code, id } = await newComplaint('anfa', { locale: 'ar' })
    const anfa = jwt('district-editor', 'anfa')
    const first = 'سيتم إصلاح الإنارة خلال هذا الأسبوع.'
    expect((await patch(id, anfa, { status: 'in-progress', reply: first })).status).toBe(200)
    expect(await mailWith(code, 'الوضعية الجديدة: قيد المعالجة', 'رد الإدارة:', first)).toBeTruthy()
    // A reply alone is news to the citizen too.
    const second = 'تم تحديد موعد التدخل يوم الخميس.'
    expect((await patch(id, anfa, { reply: second })).status).toBe(200)
    const mail = await mailWith(code, 'رد على طلبكم', second)
    expect(mail).toBeTruthy()
    expect(mail).not.toContain(first)
    // An internal note is never mailed.
    const note = 'Voir avec la Lydec avant jeudi.'
    expect((await patch(id, anfa, { note })).status).toBe(200)
    expect(await mailWith(note)).toBeUndefined()
  })
})

describe('reopening by the citizen', () => {
  async function resolvedComplaint(overrides: Json = {}) {
    const made = await newComplaint('anfa', overrides)
    const { status } = await patch(made.id, jwt('district-publisher', 'anfa'), {
      status: 'resolved',
      reply: 'Lampadaire réparé.',
    })
    expect(status).toBe(200)
    return made
  }

  it('brings a resolved complaint back in progress, says so in the history and mails the citizen', async () => {
    const { code, id } = await resolvedComplaint()
    const { status, json } = await reopen(
      code,
      '06 12 34 56 78',
      service,
      'Il est de nouveau éteint.',
    )
    expect(status).toBe(200)
    expect(json).toEqual({ code, status: 'in-progress' })
    const doc = (await read(id)).json
    expect(doc.status).toBe('in-progress')
    expect(doc.resolvedAt ?? null).toBeNull()
    expect(doc.history.at(-1)).toMatchObject({
      event: 'reopened',
      status: 'in-progress',
      by: null,
      message: 'Il est de nouveau éteint.',
    })
    expect(await mailWith(code, 'Nouvel état : En cours de traitement')).toBeTruthy()
    // Not twice: it is no longer resolved.
    expect((await reopen(code)).json).toEqual({ error: 'not-reopenable' })
  })

  it('not once 30 days have passed since the resolution', async () => {
    const { code, id } = await resolvedComplaint()
    await payload.db.updateOne({
      collection: 'submissions',
      id,
      data: { resolvedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() },
      returning: false,
    })
    const late = await reopen(code)
    expect(late.status).toBe(409)
    expect(late.json).toEqual({ error: 'not-reopenable' })
    expect((await read(id)).json.status).toBe('resolved')
    // Just inside the window it still works.
    await payload.db.updateOne({
      collection: 'submissions',
      id,
      data: { resolvedAt: new Date(Date.now() - 29 * 86_400_000).toISOString() },
      returning: false,
    })
    expect((await reopen(code)).status).toBe(200)
  })

  it('only complaints, only resolved ones', async () => {
    const open = await newComplaint()
    expect((await reopen(open.code)).status).toBe(409)
    const rejected = await newComplaint()
    await patch(rejected.id, jwt('admin'), { status: 'rejected', reply: 'Hors compétence.' })
    expect((await reopen(rejected.code)).status).toBe(409)
  })

  it('answers an unknown code and a wrong contact exactly as tracking does, for the forms service only', async () => {
    const { code } = await resolvedComplaint()
    const wrong = await reopen(code, 'someone@else.ma')
    const unknown = await reopen('ANF-2222-2222')
    const tracked = await track('ANF-2222-2222')
    expect(wrong.status).toBe(404)
    expect(wrong.json).toEqual(unknown.json)
    expect(wrong.json).toEqual(tracked.json)
    expect((await reopen(code, 'citoyen.test@example.ma', '')).status).toBe(403)
    expect(
      (await reopen(code, 'citoyen.test@example.ma', jwt('district-publisher', 'anfa'))).status,
    ).toBe(403)
  })
})

describe('export', () => {
  it('gives its site’s staff everything about one submission, as a download', async () => {
    const { code, id } = await newComplaint('anfa', {
      files: [{ name: 'photo.jpg', data: photo.toString('base64') }],
    })
    const editor = jwt('district-editor', 'anfa')
    await patch(id, editor, { status: 'in-progress', note: 'Voir le prestataire.' })
    const response = await fetch(`${cms}/api/submissions/${id}/export`, {
      headers: { authorization: editor },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${code}.json"`)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as Json
    expect(body.submission).toMatchObject({
      trackingCode: code,
      service: 'complaint',
      status: 'in-progress',
      contact: { email: 'Citoyen.Test@Example.ma', phone: '06 12 34 56 78' },
      submitted: { category: 'lighting', description: complaint.description },
    })
    expect(body.submission.site).toMatchObject({ slug: 'anfa' })
    expect(body.submission.history.at(-1)).toMatchObject({
      event: 'status',
      note: 'Voir le prestataire.',
      by: { email: accountOf('district-editor', 'anfa') },
    })
    expect(body.files).toHaveLength(1)
    expect(body.files[0]).toMatchObject({ name: 'photo.jpg', mimeType: 'image/jpeg' })
    const file = await fetch(body.files[0].url, { headers: { authorization: editor } })
    expect(file.status).toBe(200)
    expect(JSON.stringify(body)).not.toMatch(/verifier|idempotencyKey|altchaKey|digest"/)
  })

  it('for nobody else', async () => {
    const { id } = await newComplaint()
    for (const [who, auth, expected] of [
      ['maarif publisher', jwt('district-publisher', 'maarif'), [404]],
      ['central editor', jwt('central-editor'), [404]],
      ['forms service', service, [403]],
      ['anonymous', undefined, [401, 403]],
    ] as const) {
      const response = await call('GET', `/api/submissions/${id}/export`, auth)
      expect(expected, who).toContain(response.status)
      expect(response.text, who).not.toContain('Citoyen.Test')
    }
    expect((await call('GET', `/api/submissions/${id}/export`, jwt('admin'))).status).toBe(200)
  })
})

describe('dashboard figures', () => {
  const stats = (auth?: string) => call('GET', '/api/submissions/stats?locale=fr', auth)

  it('count only what each user may read', async () => {
    const [anfaBefore, maarifBefore, adminBefore] = await Promise.all([
      stats(jwt('district-editor', 'anfa')),
      stats(jwt('district-editor', 'maarif')),
      stats(jwt('admin')),
    ])
    await newComplaint('maarif')
    const [anfa, maarif, admin] = await Promise.all([
      stats(jwt('district-editor', 'anfa')),
      stats(jwt('district-editor', 'maarif')),
      stats(jwt('admin')),
    ])
    expect(anfa.json.total).toBe(anfaBefore.json.total)
    expect(maarif.json.total).toBe(maarifBefore.json.total + 1)
    expect(admin.json.total).toBe(adminBefore.json.total + 1)
    expect(maarif.json.byStatus.received).toBe(maarifBefore.json.byStatus.received + 1)
    expect(anfa.json.bySite.map((s: Json) => s.site)).toEqual([siteIds.anfa])
    expect(Object.values(anfa.json.sites)).toEqual([{ slug: 'anfa', name: expect.any(String) }])
    expect(maarif.json.bySite.map((s: Json) => s.site)).toEqual([siteIds.maarif])
    expect(admin.json.bySite.length).toBeGreaterThanOrEqual(2)
  })

  it('list overdue submissions of the user’s sites only, and the median time to resolution', async () => {
    const { id, code } = await newComplaint('anfa')
    await payload.db.updateOne({
      collection: 'submissions',
      id,
      data: { dueAt: new Date(Date.now() - 3 * 86_400_000).toISOString() },
      returning: false,
    })
    const anfa = (await stats(jwt('district-publisher', 'anfa'))).json
    const item = anfa.overdue.find((o: Json) => o.code === code)
    expect(item).toMatchObject({ id, site: siteIds.anfa, status: 'received', daysLate: 3 })
    const maarif = (await stats(jwt('district-publisher', 'maarif'))).json
    expect(maarif.overdue.find((o: Json) => o.code === code)).toBeUndefined()
    expect(anfa.resolution.count).toBeGreaterThan(0)
    expect(anfa.resolution.medianDays).toBeGreaterThanOrEqual(0)
    // Answered, it is no longer overdue.
    await patch(id, jwt('district-publisher', 'anfa'), { status: 'resolved', reply: 'Réparé.' })
    const after = (await stats(jwt('district-publisher', 'anfa'))).json
    expect(after.overdue.find((o: Json) => o.code === code)).toBeUndefined()
  })

  it('for staff only', async () => {
    for (const auth of [service, undefined])
      expect([401, 403]).toContain((await stats(auth)).status)
  })
})
