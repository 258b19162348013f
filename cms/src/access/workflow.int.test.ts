import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { scheduleWithPublishRight } from '../hooks/enforceScheduleRight.ts'
import { reviewKey } from '../collections/Reviews/hooks.ts'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The editorial workflow in the access matrix, through the Local API with
 * `overrideAccess: false` (as REST and GraphQL call it): nobody writes a review but the
 * workflow; a district's queue is read by its own staff only; publishing by any route closes
 * the review with who did it; scheduling a publication is for those who may publish it.
 * The HTTP doors (`/api/reviews/...`, GraphQL) are tried in workflow.http.int.test.ts.
 */

let payload: Payload
let world: TestWorld
let counter = 0

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const as = (role: keyof TestWorld['users']) => ({
  overrideAccess: false,
  user: world.users[role] as TypedUser,
})

async function draftNews(site: 'anfa' | 'maarif' = 'anfa') {
  return payload.create({
    collection: 'news',
    data: {
      site: world.sites[site],
      title: `Item ${++counter}`,
      publishedAt: '2026-11-01T10:00:00.000Z',
    } as never,
    draft: true,
  })
}

/** A pending review of a document, as the request endpoint stores it. */
async function pendingReview(doc: { id: string }, site: 'anfa' | 'maarif' = 'anfa') {
  return payload.create({
    collection: 'reviews',
    data: {
      title: `Item ${counter}`,
      key: reviewKey('news', doc.id),
      site: world.sites[site],
      document: { relationTo: 'news', value: doc.id },
      state: 'pending',
      requestedBy: world.users.anfaEditor.id,
      requestedAt: new Date().toISOString(),
      history: [
        { action: 'submitted', by: world.users.anfaEditor.id, at: new Date().toISOString() },
      ],
    } as never,
  })
}

async function attempt(fn: () => Promise<unknown>): Promise<'ok' | 'denied'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return 'denied'
    throw error
  }
}

describe('reviews', () => {
  it.each(['anfaEditor', 'anfaPublisher', 'central', 'maarifPublisher'] as const)(
    'cannot be created, changed or deleted by %s through the API',
    async (role) => {
      const doc = await draftNews()
      const review = await pendingReview(doc)
      expect(
        await attempt(() =>
          payload.create({
            collection: 'reviews',
            data: {
              title: 'forged',
              key: reviewKey('news', `forged-${counter}`),
              site: world.sites.anfa,
              document: { relationTo: 'news', value: doc.id },
              state: 'published',
            } as never,
            ...as(role),
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.update({
            collection: 'reviews',
            id: review.id,
            data: { state: 'published', comment: 'forged' },
            ...as(role),
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() => payload.delete({ collection: 'reviews', id: review.id, ...as(role) })),
      ).toBe('denied')
      const after = await payload.findByID({ collection: 'reviews', id: review.id })
      expect(after).toMatchObject({ state: 'pending', comment: null })
    },
  )

  it('of a district are read by its own staff, never by another district’s or anonymously', async () => {
    const review = await pendingReview(await draftNews())
    for (const role of ['anfaEditor', 'anfaPublisher', 'admin'] as const) {
      const found = await payload.find({
        collection: 'reviews',
        where: { id: { equals: review.id } },
        ...as(role),
      })
      expect(
        found.docs.map((d) => d.id),
        role,
      ).toEqual([review.id])
    }
    for (const role of ['maarifPublisher', 'central'] as const) {
      const found = await payload.find({ collection: 'reviews', ...as(role) })
      expect(
        found.docs.filter(
          (d) =>
            d.site === world.sites.anfa || (d.site as { id?: string })?.id === world.sites.anfa,
        ),
        role,
      ).toEqual([])
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'reviews', id: review.id, ...as(role) }),
        ),
        role,
      ).toBe('denied')
    }
    expect(
      await attempt(() => payload.find({ collection: 'reviews', overrideAccess: false })),
    ).toBe('denied')
  })
})

describe('publishing closes the review', () => {
  it('with the publisher who did it, whatever the route: a save as published…', async () => {
    const doc = await draftNews()
    const review = await pendingReview(doc)
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { _status: 'published' } as never,
      ...as('anfaPublisher'),
    })
    const after = await payload.findByID({ collection: 'reviews', id: review.id, depth: 0 })
    expect(after.state).toBe('published')
    expect(after.history?.at(-1)).toMatchObject({
      action: 'published',
      by: world.users.anfaPublisher.id,
    })
  })

  it('…or a version restored live', async () => {
    const doc = await draftNews()
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { _status: 'published' } as never,
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { title: 'A new draft' } as never,
      draft: true,
    })
    const review = await pendingReview(doc)
    const live = (
      await payload.findVersions({
        collection: 'news',
        where: {
          and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
        },
        limit: 1,
      })
    ).docs[0]!
    await payload.restoreVersion({ collection: 'news', id: live.id, ...as('anfaPublisher') })
    const after = await payload.findByID({ collection: 'reviews', id: review.id, depth: 0 })
    expect(after.state).toBe('published')
  })

  it('and an editor’s attempt to publish leaves it pending', async () => {
    const doc = await draftNews()
    const review = await pendingReview(doc)
    expect(
      await attempt(() =>
        payload.update({
          collection: 'news',
          id: doc.id,
          data: { _status: 'published' } as never,
          ...as('anfaEditor'),
        }),
      ),
    ).toBe('denied')
    expect((await payload.findByID({ collection: 'reviews', id: review.id })).state).toBe('pending')
  })

  it('deleting the document removes its review from the queue', async () => {
    const doc = await draftNews()
    const review = await pendingReview(doc)
    await payload.delete({ collection: 'news', id: doc.id, ...as('anfaPublisher') })
    const left = await payload.count({
      collection: 'reviews',
      where: { id: { equals: review.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('publishing an item', () => {
  it('publishes, as the same publisher, the draft photo of the site it shows', async () => {
    const sharp = (await import('sharp')).default
    const data = await sharp({
      create: { width: 16, height: 9, channels: 3, background: '#0b5a6b' },
    })
      .jpeg()
      .toBuffer()
    // The editor uploads a photo (a draft: editors make nothing live) and uses it.
    const photo = await payload.create({
      collection: 'media',
      data: { site: world.sites.anfa, alt: 'صورة' } as never,
      file: { data, mimetype: 'image/jpeg', name: `photo-${++counter}.jpg`, size: data.length },
      draft: true,
      ...as('anfaEditor'),
    })
    expect((await payload.findByID({ collection: 'media', id: photo.id }))._status).toBe('draft')
    const doc = await payload.create({
      collection: 'news',
      data: {
        site: world.sites.anfa,
        title: `Item ${counter}`,
        publishedAt: '2026-11-01T10:00:00.000Z',
        heroImage: photo.id,
      } as never,
      draft: true,
      ...as('anfaEditor'),
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { _status: 'published' } as never,
      ...as('anfaPublisher'),
    })
    // Anonymous callers (the sites' build) now see the photo too.
    const seen = await payload.find({
      collection: 'media',
      where: { id: { equals: photo.id } },
      overrideAccess: false,
    })
    expect(seen.docs.map((d) => d.id)).toEqual([photo.id])
  })
})

describe('the Publish button', () => {
  it('is offered to publishers of the site only: the update access answers with the publish right', async () => {
    const doc = await draftNews()
    const { docAccessOperation } = await import('payload')
    const offered = async (role: keyof TestWorld['users']) => {
      const req = await createLocalReq({ user: world.users[role] as TypedUser }, payload)
      const permissions = await docAccessOperation({
        id: doc.id,
        collection: payload.collections.news,
        data: { _status: 'published' },
        req,
      })
      return Boolean(permissions.update)
    }
    expect(await offered('anfaPublisher')).toBe(true)
    expect(await offered('admin')).toBe(true)
    expect(await offered('anfaEditor')).toBe(false)
  })
})

describe('scheduling a publication', () => {
  const scheduled = async (id: string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        pagination: false,
      })
    ).docs.filter((job) => (job.input as { doc?: { value?: string } })?.doc?.value === id)

  async function schedule(role: keyof TestWorld['users'], id: string, extra = {}) {
    const req = await createLocalReq({ user: world.users[role] as TypedUser }, payload)
    return scheduleWithPublishRight({
      req,
      type: 'publish',
      wallTime: '2030-06-15T09:30',
      doc: { relationTo: 'news', value: id },
      ...extra,
    } as never)
  }

  it('is refused to an editor when it is asked, not at the set time', async () => {
    const doc = await draftNews()
    const result = await schedule('anfaEditor', doc.id)
    expect(result).toMatchObject({ error: expect.stringContaining('الناشر') })
    expect(await scheduled(doc.id)).toEqual([])
  })

  it('is refused to a publisher of another district', async () => {
    const doc = await draftNews()
    expect(await schedule('maarifPublisher', doc.id)).toMatchObject({ error: expect.any(String) })
    expect(await scheduled(doc.id)).toEqual([])
  })

  it('is a publisher’s, on Casablanca’s clock; an editor cannot cancel it', async () => {
    const doc = await draftNews()
    expect(await schedule('anfaPublisher', doc.id)).not.toHaveProperty('error')
    const [job] = await scheduled(doc.id)
    // 09:30 in Casablanca (UTC+1 outside Ramadan) is 08:30 UTC.
    expect(new Date(job!.waitUntil as string).toISOString()).toBe('2030-06-15T08:30:00.000Z')
    const cancel = await schedule('anfaEditor', doc.id, { deleteID: job!.id })
    expect(cancel).toMatchObject({ error: expect.any(String) })
    expect((await scheduled(doc.id)).map((j) => j.id)).toContain(job!.id)
  })

  it('is refused for a time already past', async () => {
    const doc = await draftNews()
    expect(await schedule('anfaPublisher', doc.id, { wallTime: '2020-01-15T09:30' })).toMatchObject(
      { error: expect.any(String) },
    )
    expect(await scheduled(doc.id)).toEqual([])
  })
})
