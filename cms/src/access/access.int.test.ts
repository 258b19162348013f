import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, TypedUser } from 'payload'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The access matrix through the Local API with `overrideAccess: false`, as the REST and
 * GraphQL handlers call it: each role × own site / another district / the central site ×
 * create, read (drafts too), update, delete, publish, move to another site.
 */

let payload: Payload
let world: TestWorld
const collections = [
  'news',
  'events',
  'pages',
  'council-members',
  'council-sessions',
  'council-decisions',
  'heritage-places',
  'offices',
] as const
type Collection = (typeof collections)[number]
/** The localized text field each collection's cases write and read back. */
const textField: Record<Collection, string> = {
  news: 'title',
  events: 'title',
  pages: 'title',
  'council-members': 'name',
  'council-sessions': 'place',
  'council-decisions': 'subject',
  'heritage-places': 'name',
  offices: 'name',
}
type Target = 'casablanca' | 'anfa' | 'maarif'
/** A document's value of its collection's text field. */
const textOf = (collection: Collection, doc: unknown) =>
  (doc as Record<string, unknown>)[textField[collection]]
let counter = 0

const base = (collection: Collection, site: string) => {
  const slug = `item-${++counter}`
  const label = `Item ${counter}`
  const common = { site, slug, title: label }
  if (collection === 'council-members') return { site, name: label, role: 'member' }
  if (collection === 'council-sessions')
    return { site, slug, place: label, kind: 'extraordinary', date: '2026-12-01T09:00:00.000Z' }
  if (collection === 'council-decisions')
    return {
      site,
      slug,
      number: slug,
      subject: label,
      date: '2026-10-06T09:00:00.000Z',
      vote: { for: 10, against: 0, abstentions: 0, result: 'adopted' },
    }
  if (collection === 'heritage-places') return { site, slug, name: label, category: 'monument' }
  if (collection === 'offices') return { site, slug, name: label, kind: 'annex' }
  if (collection === 'events') return { ...common, startsAt: '2026-12-01T10:00:00.000Z' }
  if (collection === 'news') return { ...common, publishedAt: '2026-11-01T10:00:00.000Z' }
  return common
}

/** A document created with full access, as the seed or another site's staff would. */
async function fixture(collection: Collection, site: Target, status: 'draft' | 'published') {
  return payload.create({
    collection,
    data: { ...base(collection, world.sites[site]), _status: status } as never,
    draft: status === 'draft',
  })
}

async function attempt(fn: () => Promise<unknown>): Promise<'ok' | 'denied'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { errors?: { path?: string }[] } }
    if (status === 403 || status === 404 || status === 401) return 'denied'
    // The multi-tenant plugin refuses a site the user is not a member of as invalid.
    if (status === 400 && data?.errors?.some((e) => e.path === 'site')) return 'denied'
    throw error
  }
}

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

interface Case {
  role: keyof TestWorld['users']
  own: Target
  others: Target[]
  canPublish: boolean
  canDelete: boolean
}

const cases: Case[] = [
  {
    role: 'central',
    own: 'casablanca',
    others: ['anfa', 'maarif'],
    canPublish: true,
    canDelete: true,
  },
  {
    role: 'anfaPublisher',
    own: 'anfa',
    others: ['maarif', 'casablanca'],
    canPublish: true,
    canDelete: true,
  },
  {
    role: 'anfaEditor',
    own: 'anfa',
    others: ['maarif', 'casablanca'],
    canPublish: false,
    canDelete: false,
  },
]

describe.each(collections)('%s', (collection) => {
  describe.each(cases)('$role', ({ role, own, others, canPublish, canDelete }) => {
    const user = () => world.users[role] as TypedUser
    const as = () => ({ overrideAccess: false, user: user() })

    it('creates a draft in its own site', async () => {
      const doc = await payload.create({
        collection,
        data: { ...base(collection, world.sites[own]), _status: 'draft' } as never,
        draft: true,
        ...as(),
      })
      expect(doc.id).toBeTruthy()
    })

    it(`${canPublish ? 'may' : 'may not'} create an item as published in its own site`, async () => {
      const result = await attempt(() =>
        payload.create({
          collection,
          data: { ...base(collection, world.sites[own]), _status: 'published' } as never,
          ...as(),
        }),
      )
      expect(result).toBe(canPublish ? 'ok' : 'denied')
    })

    it.each(others)('cannot create in %s, even as a draft', async (other) => {
      const result = await attempt(() =>
        payload.create({
          collection,
          data: { ...base(collection, world.sites[other]), _status: 'draft' } as never,
          draft: true,
          ...as(),
        }),
      )
      expect(result).toBe('denied')
      const count = await payload.count({
        collection,
        where: {
          site: { equals: world.sites[other] },
          [textField[collection]]: { equals: `Item ${counter}` },
        },
      })
      expect(count.totalDocs).toBe(0)
    })

    it('reads its own drafts', async () => {
      const draft = await fixture(collection, own, 'draft')
      const found = await payload.find({
        collection,
        where: { id: { equals: draft.id } },
        draft: true,
        ...as(),
      })
      expect(found.docs.map((d) => d.id)).toEqual([draft.id])
    })

    it.each(others)('reads nothing of %s, published or not', async (other) => {
      const published = await fixture(collection, other, 'published')
      const draft = await fixture(collection, other, 'draft')
      const found = await payload.find({
        collection,
        where: { site: { equals: world.sites[other] } },
        draft: true,
        ...as(),
      })
      expect(found.docs).toEqual([])
      for (const id of [published.id, draft.id]) {
        expect(
          await attempt(() => payload.findByID({ collection, id, draft: true, ...as() })),
        ).toBe('denied')
      }
      const versions = await payload.findVersions({
        collection,
        where: { parent: { equals: draft.id } },
        ...as(),
      })
      expect(versions.docs).toEqual([])
    })

    it('saves a draft of its own published item without changing what is live', async () => {
      const live = await fixture(collection, own, 'published')
      await payload.update({
        collection,
        id: live.id,
        data: { [textField[collection]]: 'Changed in draft' } as never,
        draft: true,
        ...as(),
      })
      const published = await payload.findByID({ collection, id: live.id })
      expect(textOf(collection, published)).toBe(textOf(collection, live))
    })

    it(`${canPublish ? 'may' : 'may not'} publish, edit live or unpublish in its own site`, async () => {
      const draft = await fixture(collection, own, 'draft')
      const publish = await attempt(() =>
        payload.update({
          collection,
          id: draft.id,
          data: { _status: 'published' } as never,
          ...as(),
        }),
      )
      expect(publish).toBe(canPublish ? 'ok' : 'denied')
      const live = await fixture(collection, own, 'published')
      const editLive = await attempt(() =>
        payload.update({
          collection,
          id: live.id,
          data: { [textField[collection]]: 'Edited live' } as never,
          ...as(),
        }),
      )
      expect(editLive).toBe(canPublish ? 'ok' : 'denied')
      const unpublish = await attempt(() =>
        payload.update({ collection, id: live.id, data: { _status: 'draft' } as never, ...as() }),
      )
      expect(unpublish).toBe(canPublish ? 'ok' : 'denied')
      const after = await payload.findByID({ collection, id: live.id })
      expect(after._status).toBe(canPublish ? 'draft' : 'published')
    })

    it.each(others)('cannot update, publish or delete anything of %s', async (other) => {
      const doc = await fixture(collection, other, 'draft')
      expect(
        await attempt(() =>
          payload.update({
            collection,
            id: doc.id,
            data: { [textField[collection]]: 'Hijacked' } as never,
            draft: true,
            ...as(),
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.update({
            collection,
            id: doc.id,
            data: { _status: 'published' } as never,
            ...as(),
          }),
        ),
      ).toBe('denied')
      expect(await attempt(() => payload.delete({ collection, id: doc.id, ...as() }))).toBe(
        'denied',
      )
      // Bulk operations by query match nothing outside the user's site.
      const bulk = await payload.update({
        collection,
        where: { site: { equals: world.sites[other] } },
        data: { [textField[collection]]: 'Hijacked' } as never,
        draft: true,
        ...as(),
      })
      expect(bulk.docs).toEqual([])
      const unchanged = await payload.findByID({ collection, id: doc.id, draft: true })
      expect(textOf(collection, unchanged)).toBe(textOf(collection, doc))
      expect(unchanged.id).toBe(doc.id)
    })

    it.each(others)('cannot move its own item to %s', async (other) => {
      const doc = await fixture(collection, own, 'draft')
      const result = await attempt(() =>
        payload.update({
          collection,
          id: doc.id,
          data: { site: world.sites[other] } as never,
          draft: true,
          ...as(),
        }),
      )
      expect(result).toBe('denied')
      const after = await payload.findByID({ collection, id: doc.id, draft: true, depth: 0 })
      expect(after.site).toBe(world.sites[own])
    })

    it(`${canDelete ? 'may' : 'may not'} delete in its own site`, async () => {
      const doc = await fixture(collection, own, 'draft')
      expect(await attempt(() => payload.delete({ collection, id: doc.id, ...as() }))).toBe(
        canDelete ? 'ok' : 'denied',
      )
    })
  })

  describe('anonymous caller', () => {
    const as = { overrideAccess: false }

    it('reads published items of every site, never drafts', async () => {
      const published = await fixture(collection, 'maarif', 'published')
      const draft = await fixture(collection, 'anfa', 'draft')
      const found = await payload.find({
        collection,
        where: { id: { in: [published.id, draft.id] } },
        draft: true,
        ...as,
      })
      expect(found.docs.map((d) => d.id)).toEqual([published.id])
      expect(
        await attempt(() => payload.findByID({ collection, id: draft.id, draft: true, ...as })),
      ).toBe('denied')
      expect(await attempt(() => payload.findVersions({ collection, ...as }))).toBe('denied')
    })

    it('cannot create, update or delete', async () => {
      const doc = await fixture(collection, 'anfa', 'published')
      expect(
        await attempt(() =>
          payload.create({
            collection,
            data: { ...base(collection, world.sites.anfa), _status: 'draft' } as never,
            draft: true,
            ...as,
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.update({
            collection,
            id: doc.id,
            data: { [textField[collection]]: 'x' } as never,
            ...as,
          }),
        ),
      ).toBe('denied')
      expect(await attempt(() => payload.delete({ collection, id: doc.id, ...as }))).toBe('denied')
    })
  })
})

describe('featuring central items on district sites', () => {
  it('is for central staff, on central items only', async () => {
    const central = world.users.central
    const news = await payload.create({
      collection: 'news',
      data: {
        ...base('news', world.sites.casablanca),
        featuredOn: [world.sites.anfa],
        _status: 'published',
      } as never,
      overrideAccess: false,
      user: central,
    })
    expect((news.featuredOn as { id: string }[]).map((s) => s.id)).toEqual([world.sites.anfa])
  })

  it('is silently not applied when a district publisher tries it', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: {
        ...base('news', world.sites.anfa),
        featuredOn: [world.sites.maarif],
        _status: 'published',
      } as never,
      overrideAccess: false,
      user: world.users.anfaPublisher,
    })
    const stored = await payload.findByID({ collection: 'news', id: doc.id, depth: 0 })
    expect(stored.featuredOn ?? []).toEqual([])
  })

  it('refuses a district item featured elsewhere, even by the admin', async () => {
    const result = await attempt(async () => {
      try {
        await payload.create({
          collection: 'news',
          data: {
            ...base('news', world.sites.anfa),
            featuredOn: [world.sites.maarif],
            _status: 'published',
          } as never,
          overrideAccess: false,
          user: world.users.admin,
        })
      } catch (error) {
        if ((error as { name?: string }).name === 'ValidationError')
          throw Object.assign(error as object, { status: 403 })
        throw error
      }
    })
    expect(result).toBe('denied')
  })
})

describe('slugs', () => {
  it('are unique per site, not across sites', async () => {
    await payload.create({
      collection: 'pages',
      data: {
        site: world.sites.anfa,
        slug: 'same-slug',
        title: 'A',
        _status: 'published',
      } as never,
    })
    await payload.create({
      collection: 'pages',
      data: {
        site: world.sites.maarif,
        slug: 'same-slug',
        title: 'B',
        _status: 'published',
      } as never,
    })
    await expect(
      payload.create({
        collection: 'pages',
        data: {
          site: world.sites.anfa,
          slug: 'same-slug',
          title: 'C',
          _status: 'published',
        } as never,
      }),
    ).rejects.toThrow()
  })

  it('are normalised to lower-case Latin letters, digits and hyphens, drafts included', async () => {
    const typed = ['../etc/passwd', 'Hello World', 'قصة', 'a--b', '-a', '<script>']
    for (const slug of typed) {
      const doc = await payload.create({
        collection: 'news',
        data: { ...base('news', world.sites.anfa), slug, _status: 'draft' } as never,
        draft: true,
      })
      expect(doc.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })
})

describe('nested pages', () => {
  it('carry their path and follow a renamed parent', async () => {
    const parent = await payload.create({
      collection: 'pages',
      data: {
        site: world.sites.anfa,
        slug: 'about',
        title: 'About',
        _status: 'published',
      } as never,
    })
    const child = await payload.create({
      collection: 'pages',
      data: {
        site: world.sites.anfa,
        slug: 'history',
        title: 'History',
        parent: parent.id,
        _status: 'published',
      } as never,
    })
    expect(child.path).toBe('about/history')
    await payload.update({
      collection: 'pages',
      id: parent.id,
      data: { slug: 'who-we-are' } as never,
    })
    const moved = await payload.findByID({ collection: 'pages', id: child.id })
    expect(moved.path).toBe('who-we-are/history')
  })

  it('refuse a parent from another site', async () => {
    const foreign = await payload.create({
      collection: 'pages',
      data: {
        site: world.sites.maarif,
        slug: 'foreign-parent',
        title: 'X',
        _status: 'published',
      } as never,
    })
    await expect(
      payload.create({
        collection: 'pages',
        data: {
          site: world.sites.anfa,
          slug: 'orphan',
          title: 'Y',
          parent: foreign.id,
          _status: 'published',
        } as never,
      }),
    ).rejects.toThrow()
  })
})

describe('users and sites', () => {
  it('staff cannot raise their role, change their sites or read other sites’ accounts', async () => {
    const editor = world.users.anfaEditor
    await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin', sites: [{ site: world.sites.maarif }] } as never,
      overrideAccess: false,
      user: editor,
    })
    const stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.role).toBe('district-editor')
    expect((stored.sites ?? []).map((s) => s.site)).toEqual([world.sites.anfa])
    // Colleagues on the same site, to assign them submissions; never another district's staff,
    // the admin or the central editor.
    const others = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(others.docs.map((u) => u.id).sort()).toEqual(
      [editor.id, world.users.anfaPublisher.id].sort(),
    )
    const colleague = await payload
      .update({
        collection: 'users',
        id: world.users.anfaPublisher.id,
        data: { name: 'renamed by a colleague' } as never,
        overrideAccess: false,
        user: editor,
      })
      .catch(() => null)
    expect(colleague).toBeNull()
    expect(
      await attempt(() =>
        payload.create({
          collection: 'users',
          data: { email: 'x@x.ma', password: 'p-123456789', name: 'x', role: 'admin' } as never,
          overrideAccess: false,
          user: editor,
        }),
      ),
    ).toBe('denied')
  })

  it('a district publisher edits its own site contact, not its slug or domain, nor another site', async () => {
    const publisher = world.users.anfaPublisher
    await payload.update({
      collection: 'sites',
      id: world.sites.anfa,
      data: {
        slug: 'hijack',
        domain: 'evil.example',
        contact: { phone: '+212 5 22 00 00 00' },
      } as never,
      overrideAccess: false,
      user: publisher,
    })
    const anfa = await payload.findByID({ collection: 'sites', id: world.sites.anfa, depth: 0 })
    expect(anfa.slug).toBe('anfa')
    expect(anfa.domain).toBe('anfa.test')
    expect(anfa.contact?.phone).toBe('+212 5 22 00 00 00')
    expect(
      await attempt(() =>
        payload.update({
          collection: 'sites',
          id: world.sites.maarif,
          data: { accentColor: '#000000' } as never,
          overrideAccess: false,
          user: publisher,
        }),
      ),
    ).toBe('denied')
    expect(
      await attempt(() =>
        payload.delete({
          collection: 'sites',
          id: world.sites.anfa,
          overrideAccess: false,
          user: publisher,
        }),
      ),
    ).toBe('denied')
  })
})
