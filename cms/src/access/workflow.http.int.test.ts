import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accountOf, call, jwt, mailWith, signIn, type Json } from '../test/stack.ts'

/**
 * The editorial workflow over HTTP against the test stack, tried as an attacker would: the
 * review doors (`POST /api/reviews/request`, `/:id/send-back`), REST and GraphQL on the
 * reviews themselves, and the ways an editor might still make something live or take it down.
 * Every refusal answers in the caller's language and changes nothing.
 */

let payload: Payload
const siteIds: Record<string, string> = {}

beforeAll(async () => {
  const { getBawabaPayload } = await import('../lib/payload.ts')
  payload = await getBawabaPayload()
  for (const site of (await payload.find({ collection: 'sites', pagination: false })).docs)
    siteIds[site.slug] = site.id
  // Last, so that no kept-alive connection has gone idle (and been closed) before the tests.
  await signIn()
})

afterAll(async () => {
  await payload?.destroy()
})

const editor = () => jwt('district-editor', 'anfa')
const publisher = () => jwt('district-publisher', 'anfa')
const otherPublisher = () => jwt('district-publisher', 'maarif')
const otherEditor = () => jwt('district-editor', 'maarif')

let counter = 0
/** A fresh draft news item of a site, written by its editor over REST. */
async function draft(site = 'anfa', auth = editor()) {
  const title = `خبر للمراجعة ${Date.now()}-${++counter}`
  const { status, json } = await call('POST', '/api/news?draft=true&locale=ar', auth, {
    title,
    site: siteIds[site],
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return { id: json.doc.id as string, title }
}

const request = (body: Json, auth = editor()) => call('POST', '/api/reviews/request', auth, body)
const sendBack = (id: string, body: Json, auth = publisher()) =>
  call('POST', `/api/reviews/${id}/send-back`, auth, body)
const reviewOf = async (doc: { id: string }) =>
  (
    await payload.find({
      collection: 'reviews',
      where: { key: { equals: `news:${doc.id}` } },
      depth: 0,
    })
  ).docs[0]

describe('asking for a review', () => {
  it('is an editor’s way to the publishers: recorded, mailed to the site’s publishers only', async () => {
    const doc = await draft()
    const { status, json } = await request({
      collection: 'news',
      id: doc.id,
      message: 'جاهز للنشر',
      publishAt: '2030-06-15T09:30',
    })
    expect(status, JSON.stringify(json)).toBe(200)
    expect(json.review).toMatchObject({ state: 'pending', title: doc.title })
    const review = await reviewOf(doc)
    expect(review).toMatchObject({ site: siteIds.anfa, state: 'pending', message: 'جاهز للنشر' })
    // The wished date, read on Casablanca's clock.
    expect(review!.publishAt).toBe('2030-06-15T08:30:00.000Z')
    const mail = await mailWith(doc.title, accountOf('district-publisher', 'anfa'))
    expect(mail).toBeTruthy()
    expect(mail).toContain('15/06/2030') // not in English, not month first
    expect(mail).not.toContain(accountOf('district-publisher', 'maarif'))
  })

  it('once: a second request while it is pending is refused, in the caller’s language', async () => {
    const doc = await draft()
    expect((await request({ collection: 'news', id: doc.id })).status).toBe(200)
    const again = await request({ collection: 'news', id: doc.id })
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toMatch(/[\u0600-\u06ff]/)
    expect((await reviewOf(doc))!.history).toHaveLength(1)
  })

  it('never for another district’s document, a collection outside the workflow, or anonymously', async () => {
    const theirs = await draft('maarif', otherEditor())
    const mine = await draft()
    const refused = [
      await request({ collection: 'news', id: theirs.id }),
      await request({ collection: 'submissions', id: mine.id }),
      await request({ collection: 'users', id: mine.id }),
      await request({ collection: 'news', id: mine.id }, ''),
      await request({ collection: 'news', id: mine.id, publishAt: '2020-01-01T10:00' }),
      await request({ collection: 'news', id: mine.id, publishAt: 'tomorrow' }),
      await request({ collection: 'news', id: mine.id, message: 'x'.repeat(5000) }),
      await call('POST', '/api/reviews/request', editor(), 'not an object'),
    ]
    expect(refused.map((r) => r.status)).toEqual([404, 400, 400, 401, 400, 400, 400, 400])
    expect(await reviewOf(theirs)).toBeUndefined()
    expect(await reviewOf(mine)).toBeUndefined()
  })
})

describe('sending back', () => {
  it('is for the site’s publishers, with a comment the editor gets by mail', async () => {
    const doc = await draft()
    const { json } = await request({ collection: 'news', id: doc.id })
    const id = json.review.id as string
    // Not the editor, not another district's publisher (who cannot even see it), not anonymous.
    expect((await sendBack(id, { comment: 'غيّر العنوان' }, editor())).status).toBe(403)
    expect((await sendBack(id, { comment: 'غيّر العنوان' }, otherPublisher())).status).toBe(404)
    expect((await sendBack(id, { comment: 'غيّر العنوان' }, '')).status).toBe(401)
    // Not without a comment.
    for (const comment of [undefined, '', '   '])
      expect((await sendBack(id, { comment })).status).toBe(400)
    expect((await reviewOf(doc))!.state).toBe('pending')

    const done = await sendBack(id, { comment: 'المرجو إضافة صورة.' })
    expect(done.status).toBe(200)
    expect(await reviewOf(doc)).toMatchObject({
      state: 'changes-requested',
      comment: 'المرجو إضافة صورة.',
    })
    expect(
      await mailWith(doc.title, 'المرجو إضافة صورة.', accountOf('district-editor', 'anfa')),
    ).toBeTruthy()
    // Only what is pending can be sent back.
    expect((await sendBack(id, { comment: 'مرة أخرى' })).status).toBe(409)
  })
})

describe('the document changes hands', () => {
  /** The admin's lock on a document, as Payload takes it while someone edits. */
  const lock = async (docId: string, email: string) => {
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } } }))
      .docs[0]!
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'news', value: docId },
        user: { relationTo: 'users', value: user.id },
      },
    })
  }
  const lockHolders = async (docId: string) =>
    (
      await payload.find({
        collection: 'payload-locked-documents',
        where: { 'document.value': { equals: docId } },
        depth: 1,
        pagination: false,
      })
    ).docs.map((entry) => (entry.user!.value as { email: string }).email)

  it('asking for a review releases the asker’s lock, and sending back the publisher’s; no one else’s', async () => {
    const doc = await draft()
    const editorEmail = accountOf('district-editor', 'anfa')
    const publisherEmail = accountOf('district-publisher', 'anfa')
    const bystander = accountOf('admin')
    await lock(doc.id, editorEmail)
    await lock(doc.id, bystander)
    // A refused request releases nothing.
    expect((await request({ collection: 'news', id: doc.id }, otherEditor())).status).toBe(404)
    expect((await lockHolders(doc.id)).sort()).toEqual([editorEmail, bystander].sort())

    const asked = await request({ collection: 'news', id: doc.id })
    expect(asked.status).toBe(200)
    expect(await lockHolders(doc.id)).toEqual([bystander])

    await lock(doc.id, publisherEmail)
    expect((await sendBack(asked.json.review.id, { comment: 'أضف المكان.' })).status).toBe(200)
    expect(await lockHolders(doc.id)).toEqual([bystander])
  })
})

describe('the reviews themselves', () => {
  it('are read by the site’s staff only, over REST and GraphQL', async () => {
    const doc = await draft()
    const { json } = await request({ collection: 'news', id: doc.id })
    const id = json.review.id as string
    expect((await call('GET', `/api/reviews/${id}`, publisher())).status).toBe(200)
    expect((await call('GET', `/api/reviews/${id}`, editor())).status).toBe(200)
    for (const auth of [otherPublisher(), otherEditor(), jwt('central-editor'), ''])
      expect([401, 403, 404]).toContain((await call('GET', `/api/reviews/${id}`, auth)).status)
    const list = await call('GET', '/api/reviews?limit=100&depth=0', otherPublisher())
    expect((list.json.docs ?? []).map((d: Json) => d.id)).not.toContain(id)
    const graphql = await call('POST', '/api/graphql', otherPublisher(), {
      query: '{ Reviews(limit: 100) { docs { id title } } }',
    })
    expect(JSON.stringify(graphql.json)).not.toContain(id)
  })

  it('cannot be forged or changed through REST or GraphQL, even by a publisher', async () => {
    const doc = await draft()
    const { json } = await request({ collection: 'news', id: doc.id })
    const id = json.review.id as string
    for (const auth of [editor(), publisher()]) {
      expect((await call('PATCH', `/api/reviews/${id}`, auth, { state: 'published' })).status).toBe(
        403,
      )
      expect(
        (
          await call('POST', '/api/reviews', auth, {
            title: 'forged',
            key: `news:forged-${id}`,
            state: 'published',
            site: siteIds.anfa,
            document: { relationTo: 'news', value: doc.id },
          })
        ).status,
      ).toBe(403)
      expect((await call('DELETE', `/api/reviews/${id}`, auth)).status).toBe(403)
      const mutation = await call('POST', '/api/graphql', auth, {
        query: `mutation { updateReview(id: "${id}", data: { comment: "forged" }) { id } }`,
      })
      expect(mutation.json.errors?.length).toBeGreaterThan(0)
    }
    expect(await reviewOf(doc)).toMatchObject({ state: 'pending', comment: null })
  })
})

describe('an editor under review cannot make anything live or take it down', () => {
  it('by REST, GraphQL or a version restore; the publisher can, and that closes the review', async () => {
    const doc = await draft()
    await request({ collection: 'news', id: doc.id })
    const attempts = [
      await call('PATCH', `/api/news/${doc.id}?locale=ar`, editor(), { _status: 'published' }),
      await call('PATCH', `/api/news/${doc.id}?draft=true&locale=ar`, editor(), {
        _status: 'published',
      }),
      await call('POST', '/api/graphql', editor(), {
        query: `mutation { updateNewsItem(id: "${doc.id}", data: { _status: published }) { id } }`,
      }),
    ]
    for (const attempt of attempts)
      expect(attempt.status === 200 && !attempt.json.errors).toBe(false)
    expect((await call('GET', `/api/news/${doc.id}`)).status).toBe(404)

    const published = await call('PATCH', `/api/news/${doc.id}?locale=ar`, publisher(), {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const review = await reviewOf(doc)
    expect(review!.state).toBe('published')
    expect(review!.history!.at(-1)).toMatchObject({ action: 'published' })

    // Taking it down, or restoring the earlier draft over it: refused too.
    const versions = await call(
      'GET',
      `/api/news/versions?where[parent][equals]=${doc.id}&where[version._status][equals]=draft&depth=0`,
      editor(),
    )
    const older = versions.json.docs?.[0]
    const down = [
      await call('PATCH', `/api/news/${doc.id}?locale=ar`, editor(), { _status: 'draft' }),
      ...(older ? [await call('POST', `/api/news/versions/${older.id}`, editor())] : []),
    ]
    for (const attempt of down) expect(attempt.status, JSON.stringify(attempt.json)).toBe(403)
    expect((await call('GET', `/api/news/${doc.id}`)).status).toBe(200)
  })
})
