import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The commune's shared collections (procedure catalogue, partners, the city's timeline,
 * alerts) through the Local API with `overrideAccess: false`: only central staff write them;
 * district staff and anonymous callers read what is published and change nothing, whatever
 * the body says.
 */

let payload: Payload
let world: TestWorld
let counter = 0

const shared = ['procedures', 'partners', 'timeline-entries', 'alerts'] as const
type Shared = (typeof shared)[number]
/** Whether the collection has drafts (alerts do not: their window is their status). */
const hasDrafts: Record<Shared, boolean> = {
  procedures: true,
  partners: true,
  'timeline-entries': true,
  alerts: false,
}

function data(collection: Shared): Record<string, unknown> {
  const n = ++counter
  switch (collection) {
    case 'procedures':
      return {
        title: `Procedure ${n}`,
        slug: `procedure-${n}`,
        theme: 'civil-status',
        officeKinds: ['civil-status'],
      }
    case 'partners':
      return { name: `Partner ${n}`, slug: `partner-${n}`, kind: 'delegated-management' }
    case 'timeline-entries':
      return { year: 1900 + n, title: `Entry ${n}` }
    case 'alerts':
      return {
        severity: 'info',
        message: `Alert ${n}`,
        startsAt: '2026-11-01T00:00:00.000Z',
        endsAt: '2026-12-01T00:00:00.000Z',
      }
  }
}

async function attempt(fn: () => Promise<unknown>): Promise<'ok' | 'denied'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const { status } = error as { status?: number }
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}

async function fixture(collection: Shared, status: 'draft' | 'published') {
  const extra = hasDrafts[collection] ? { _status: status } : {}
  return payload.create({
    collection,
    data: { ...data(collection), ...extra } as never,
    draft: hasDrafts[collection] && status === 'draft',
  })
}

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const writers = ['admin', 'central'] as const
const readers = ['anfaPublisher', 'anfaEditor', 'maarifPublisher', 'anonymous'] as const
type Who = (typeof writers)[number] | (typeof readers)[number]
const as = (who: Who) => ({
  overrideAccess: false,
  user: who === 'anonymous' ? null : (world.users[who] as TypedUser),
})

describe.each(shared)('%s', (collection) => {
  it.each(writers)('%s creates, reads drafts, updates and deletes', async (who) => {
    const doc = await payload.create({
      collection,
      data: {
        ...data(collection),
        ...(hasDrafts[collection] ? { _status: 'published' } : {}),
      } as never,
      ...as(who),
    })
    const draft = await fixture(collection, 'draft')
    const found = await payload.find({
      collection,
      where: { id: { in: [doc.id, draft.id] } },
      draft: true,
      ...as(who),
    })
    expect(found.totalDocs).toBe(2)
    await payload.update({
      collection,
      id: doc.id,
      data: (collection === 'timeline-entries'
        ? { year: 1800 }
        : { slug: `renamed-${counter}` }) as never,
      ...as(who),
    })
    await payload.delete({ collection, id: doc.id, ...as(who) })
    expect(await attempt(() => payload.findByID({ collection, id: doc.id }))).toBe('denied')
  })

  describe.each(readers)('%s', (who) => {
    it('cannot create, even a draft', async () => {
      const before = await payload.count({ collection })
      for (const status of ['draft', 'published'] as const) {
        const extra = hasDrafts[collection] ? { _status: status } : {}
        expect(
          await attempt(() =>
            payload.create({
              collection,
              data: { ...data(collection), ...extra } as never,
              draft: hasDrafts[collection] && status === 'draft',
              ...as(who),
            }),
          ),
        ).toBe('denied')
      }
      expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
    })

    it('cannot update or delete a published item, and it stays as it was', async () => {
      const doc = await fixture(collection, 'published')
      const change = collection === 'timeline-entries' ? { year: 1500 } : { slug: 'hijacked' }
      expect(
        await attempt(() =>
          payload.update({ collection, id: doc.id, data: change as never, ...as(who) }),
        ),
      ).toBe('denied')
      // Bulk update by query is refused too (or matches nothing), never a silent write.
      const bulk = await payload
        .update({
          collection,
          where: { id: { equals: doc.id } },
          data: change as never,
          ...as(who),
        })
        .catch((error: { status?: number }) => {
          expect(error.status).toBe(403)
          return { docs: [] }
        })
      expect(bulk.docs).toEqual([])
      expect(await attempt(() => payload.delete({ collection, id: doc.id, ...as(who) }))).toBe(
        'denied',
      )
      type Fields = { slug?: string; year?: number; message?: string }
      const after = (await payload.findByID({ collection, id: doc.id })) as unknown as Fields
      const before = doc as unknown as Fields
      expect([after.slug, after.year, after.message]).toEqual([
        before.slug,
        before.year,
        before.message,
      ])
    })

    it('reads published items but never drafts or versions', async () => {
      const published = await fixture(collection, 'published')
      const found = await payload.find({
        collection,
        where: { id: { equals: published.id } },
        ...as(who),
      })
      expect(found.docs.map((d) => d.id)).toEqual([published.id])
      if (!hasDrafts[collection]) return
      const draft = await fixture(collection, 'draft')
      const drafts = await payload.find({
        collection,
        where: { id: { equals: draft.id } },
        draft: true,
        ...as(who),
      })
      expect(drafts.docs).toEqual([])
      expect(
        await attempt(() =>
          payload.findVersions({
            collection: collection as CollectionSlug,
            where: { parent: { equals: published.id } },
            ...as(who),
          }),
        ),
      ).toBe('denied')
    })
  })
})

describe('rules of the shared collections', () => {
  const central = () => as('central')

  it('refuses an alert that ends before it starts, with a message in the admin language', async () => {
    const error = await payload
      .create({
        collection: 'alerts',
        data: { ...data('alerts'), endsAt: '2026-10-01T00:00:00.000Z' } as never,
        ...central(),
      })
      .catch((e: unknown) => e)
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
      ?.errors
    expect(errors?.map((e) => e.path)).toEqual(['endsAt'])
    expect(errors?.[0]?.message).toBe('يجب أن يكون تاريخ النهاية بعد تاريخ البداية.')
  })

  it('refuses to publish a procedure that says neither where nor how to do it', async () => {
    const procedure = { ...data('procedures'), officeKinds: [] }
    await expect(
      payload.create({
        collection: 'procedures',
        data: { ...procedure, _status: 'published' } as never,
        ...central(),
      }),
    ).rejects.toThrow()
    // As a draft it may stay incomplete.
    const draft = await payload.create({
      collection: 'procedures',
      data: { ...procedure, _status: 'draft' } as never,
      draft: true,
      ...central(),
    })
    expect(draft.id).toBeTruthy()
  })

  it('keeps procedure and partner slugs unique across the city', async () => {
    const first = data('partners')
    await payload.create({
      collection: 'partners',
      data: { ...first, _status: 'published' } as never,
    })
    await expect(
      payload.create({
        collection: 'partners',
        data: { ...data('partners'), slug: first.slug, _status: 'published' } as never,
        ...central(),
      }),
    ).rejects.toThrow()
  })

  it('refuses an alert link that is not https or a site path', async () => {
    for (const url of ['javascript:alert(1)', 'http://example.com', 'data:text/html,x']) {
      await expect(
        payload.create({
          collection: 'alerts',
          data: { ...data('alerts'), link: { label: 'x', url } } as never,
          ...central(),
        }),
      ).rejects.toThrow()
    }
  })
})
