import { centralSite, siteSlugs } from '@bawaba/registry'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsError, createCmsClient } from './client.ts'
import {
  cmsLoader,
  safetyMarginMs,
  settingsLoader,
  sitesLoader,
  type CmsCollection,
} from './loader.ts'
import type { QueryObject } from './query.ts'
import { contentState } from './state.ts'
import { adminClient, testStack, type AdminClient, type Json } from './testing/cms-admin.ts'
import { fakeLoaderContext } from './testing/loader-context.ts'

/**
 * The loaders against the real CMS of the test stack (Payload on the seeded SQLite database;
 * scripts/test.ts sets CMS_URL and BAWABA_DATA_DIR). Only the Astro side is a stand-in
 * (`fakeLoaderContext`). Scenarios write through the REST API as the platform admin, on
 * documents whose slugs start with `loader-int-` (on sidi-moumen, plus one central item
 * featured there), and remove them again.
 */

const { cmsUrl } = testStack()

const site = 'sidi-moumen'
const prefix = 'loader-int-'

let cms: AdminClient
const siteIds: Record<string, string> = {}
const admin = (method: string, url: string, body?: unknown) => cms.request(method, url, body)
const list = (collection: string, query: QueryObject) => cms.list(collection, query)
const create = (collection: string, data: Json) => cms.create(collection, data)
const update = (collection: string, id: string, data: Json) => cms.update(collection, id, data)
const remove = (collection: string, id: string) => cms.remove(collection, id)

/** Removes every document this file creates, leftovers of an interrupted run included. */
async function purge() {
  for (const collection of ['news', 'events', 'pages', 'council-decisions']) {
    const docs = await list(collection, { where: { slug: { like: prefix } } })
    // Children before their parents.
    docs.sort((a, b) => String(b.path ?? '').length - String(a.path ?? '').length)
    for (const doc of docs)
      if (String(doc.slug).startsWith(prefix)) await remove(collection, doc.id)
  }
  for (const doc of await list('media', { where: { filename: { like: prefix } } })) {
    await remove('media', doc.id)
  }
}

/**
 * What the spec says site `slug` publishes from `collection`, read from every document with
 * the admin's rights: its own published documents and, on an arrondissement, the central
 * portal's published ones featured on it.
 */
async function expectedDocs(collection: CmsCollection, slug: string): Promise<Json[]> {
  const id = siteIds[slug]!
  const central = siteIds[centralSite.slug]!
  return (await list(collection, {})).filter(
    (doc) =>
      doc._status === 'published' &&
      (doc.site === id ||
        (slug !== centralSite.slug &&
          collection !== 'pages' &&
          doc.site === central &&
          (doc.featuredOn ?? []).includes(id))),
  )
}

const sortedIds = (docs: Json[]) => docs.map((doc) => String(doc.id)).sort()

/**
 * One site's collection as successive builds see it: the store persists between loads (as
 * Astro's data store does), each load gets a fresh client (one per build), and the requests
 * it makes to the CMS are recorded.
 */
function builds(collection: CmsCollection, slug: string) {
  const fake = fakeLoaderContext(collection)
  const requests: string[] = []
  const recording = ((input: string | URL | Request, init?: RequestInit) => {
    requests.push(decodeURIComponent(String(input)))
    return fetch(input, init)
  }) as typeof fetch
  return {
    context: fake.context,
    entries: fake.entries,
    /** Entries the last load wrote. */
    get writes() {
      return fake.writes
    },
    requests,
    async load() {
      requests.length = 0
      fake.resetWrites()
      const client = createCmsClient({ baseUrl: cmsUrl, fetch: recording })
      await cmsLoader({ collection, site: slug, client }).load(fake.context)
    },
    /** The paged listings of full documents (depth=1) made by the last load. */
    listings: () =>
      requests.filter((url) => url.includes(`/api/${collection}?`) && url.includes('depth=1')),
    ids: () => [...fake.entries.keys()].sort(),
    bySlug: (slug: string) => [...fake.entries.values()].find((entry) => entry.data.slug === slug),
    slugs: () => [...fake.entries.values()].map((entry) => entry.data.slug as string),
  }
}

beforeAll(async () => {
  cms = await adminClient()
  Object.assign(siteIds, cms.siteIds)
  await purge()
})

afterAll(async () => {
  if (cms) await purge()
})

describe('which documents a site keeps (seeded content)', () => {
  it('a district keeps its own published items and the central items featured on it', async () => {
    for (const collection of ['news', 'events'] as const) {
      const anfa = builds(collection, 'anfa')
      await anfa.load()
      expect(anfa.ids(), collection).toEqual(sortedIds(await expectedDocs(collection, 'anfa')))
      for (const entry of anfa.entries.values()) {
        expect(['anfa', 'casablanca'], entry.data.slug).toContain(entry.data.site)
        if (entry.data.site === 'casablanca') expect(entry.data.featuredOn).toContain('anfa')
      }
      expect(anfa.slugs()).not.toContain('draft-next-week-programme')
    }
    // The seed features central news on Anfa but not every central item.
    const news = builds('news', 'anfa')
    await news.load()
    const central = [...news.entries.values()].filter((e) => e.data.site === 'casablanca')
    expect(central.length).toBeGreaterThan(0)
    const allCentral = await list('news', {
      where: { site: { equals: siteIds.casablanca }, _status: { equals: 'published' } },
    })
    expect(central.length).toBeLessThan(allCentral.length)
  })

  it('the central portal keeps only its own published items', async () => {
    const portal = builds('news', 'casablanca')
    await portal.load()
    expect(portal.ids()).toEqual(sortedIds(await expectedDocs('news', 'casablanca')))
    expect(new Set([...portal.entries.values()].map((e) => e.data.site))).toEqual(
      new Set(['casablanca']),
    )
    // Including the ones it features on districts.
    expect([...portal.entries.values()].some((e) => e.data.featuredOn.length > 0)).toBe(true)
    expect(portal.slugs()).not.toContain('draft-next-week-programme')
  })

  it('a page loader keeps only the site’s own published pages, with nested paths', async () => {
    const pages = builds('pages', 'anfa')
    await pages.load()
    expect(pages.ids()).toEqual(sortedIds(await expectedDocs('pages', 'anfa')))
    expect(new Set([...pages.entries.values()].map((e) => e.data.site))).toEqual(new Set(['anfa']))
    const nested = [...pages.entries.values()].filter((e) => e.data.parent)
    expect(nested.length).toBeGreaterThan(0)
    for (const child of nested) {
      const parent = pages.entries.get(child.data.parent)
      expect(child.data.path).toBe(`${parent.data.path}/${child.data.slug}`)
    }
  })
})

describe('the council of a district', () => {
  const councils = ['council-members', 'council-sessions', 'council-decisions'] as const

  it.each(councils)('%s: the site’s own published documents only', async (collection) => {
    const council = builds(collection, site)
    await council.load()
    expect(council.ids().length).toBeGreaterThan(0)
    expect(council.ids()).toEqual(sortedIds(await expectedDocs(collection, site)))
    expect(new Set([...council.entries.values()].map((e) => e.data.site))).toEqual(new Set([site]))
  })

  it('decisions name their session and carry their PDF', async () => {
    const decisions = builds('council-decisions', site)
    await decisions.load()
    const sessions = builds('council-sessions', site)
    await sessions.load()
    const sessionSlugs = new Set(sessions.slugs())
    for (const entry of decisions.entries.values()) {
      expect(sessionSlugs.has(entry.data.session), entry.data.number).toBe(true)
      expect(entry.data.fullText?.mimeType).toBe('application/pdf')
      expect(entry.data.fullText?.filesize).toBeGreaterThan(0)
    }
  })

  it('a draft decision stays out; published it comes in; deleted it goes', async () => {
    const decisions = builds('council-decisions', site)
    await decisions.load()
    const draft = (
      await admin('POST', '/api/council-decisions?depth=0&draft=true', {
        site: siteIds[site],
        number: `${prefix}1`,
        slug: `${prefix}decision`,
        date: '2026-10-06T09:00:00.000Z',
        subject: 'Délibération de test',
        topic: 'budget',
        vote: { for: 1, against: 0, abstentions: 0, result: 'adopted' },
        _status: 'draft',
      })
    ).doc as Json
    await decisions.load()
    expect(decisions.slugs()).not.toContain(`${prefix}decision`)
    await update('council-decisions', draft.id, { _status: 'published' })
    await decisions.load()
    expect(decisions.slugs()).toContain(`${prefix}decision`)
    await remove('council-decisions', draft.id)
    await decisions.load()
    expect(decisions.slugs()).not.toContain(`${prefix}decision`)
  })
})

describe('news of a district across builds', () => {
  const news = builds('news', site)
  const docs: Record<string, Json> = {}

  beforeAll(async () => {
    const own = { site: siteIds[site], category: 'culture' }
    docs.first = await create('news', {
      ...own,
      slug: `${prefix}first`,
      title: 'أول',
      _status: 'published',
    })
    docs.second = await create('news', {
      ...own,
      slug: `${prefix}second`,
      title: 'ثاني',
      _status: 'published',
    })
    docs.draft = await create('news', {
      ...own,
      slug: `${prefix}draft`,
      title: 'مسودة',
      _status: 'draft',
    })
    docs.featured = await create('news', {
      site: siteIds.casablanca,
      category: 'council',
      slug: `${prefix}featured`,
      title: 'خبر مركزي',
      featuredOn: [siteIds[site]],
      _status: 'published',
    })
  })

  it('first build: own published items and the central one featured here; no drafts', async () => {
    await news.load()
    const expected = await expectedDocs('news', site)
    expect(news.ids()).toEqual(sortedIds(expected))
    expect(news.writes).toBe(expected.length)
    expect(news.slugs()).toEqual(
      expect.arrayContaining([`${prefix}first`, `${prefix}second`, `${prefix}featured`]),
    )
    expect(news.slugs()).not.toContain(`${prefix}draft`)
    expect(news.slugs()).not.toContain('draft-next-week-programme')
    const featured = news.entries.get(docs.featured!.id)
    expect(featured.data.site).toBe('casablanca')
    expect(featured.data.featuredOn).toEqual([site])
    // Nothing of another district, nor central items not featured here.
    expect([...news.entries.values()].filter((e) => e.data.site !== site).map((e) => e.id)).toEqual(
      [docs.featured!.id],
    )
    expect(news.context.meta.get('since')).toBe(
      expected
        .map((d) => d.updatedAt)
        .sort()
        .at(-1),
    )
    expect(news.listings()).toHaveLength(1)
    expect(news.listings()[0]).not.toContain('updatedAt')
  })

  it('a second build with nothing changed asks only for recent changes and rewrites nothing', async () => {
    const since = news.context.meta.get('since')!
    const before = news.ids()
    await news.load()
    expect(news.writes).toBe(0)
    expect(news.ids()).toEqual(before)
    const cutoff = new Date(Date.parse(since) - safetyMarginMs).toISOString()
    expect(news.listings()).toHaveLength(1)
    expect(news.listings()[0]).toContain(`[updatedAt][greater_than_equal]=${cutoff}`)
    // Deletions are spotted from the list of ids.
    expect(news.requests.some((url) => url.includes('select[id]=true'))).toBe(true)
  })

  it('a newly published item appears on the next build', async () => {
    const published = await update('news', docs.draft!.id, { _status: 'published' })
    await news.load()
    expect(news.slugs()).toContain(`${prefix}draft`)
    expect(news.writes).toBe(1)
    expect(news.context.meta.get('since')).toBe(published.updatedAt)
  })

  it('an edited item is rewritten, and only it', async () => {
    await update('news', docs.first!.id, { title: 'أول (مصحح)' })
    await news.load()
    expect(news.writes).toBe(1)
    expect(news.entries.get(docs.first!.id).data.title.ar).toBe('أول (مصحح)')
  })

  it('an unpublished item disappears', async () => {
    await update('news', docs.second!.id, { _status: 'draft' })
    await news.load()
    expect(news.slugs()).not.toContain(`${prefix}second`)
    expect(news.ids()).toEqual(sortedIds(await expectedDocs('news', site)))
  })

  it('a deleted item disappears', async () => {
    await remove('news', docs.first!.id)
    await news.load()
    expect(news.slugs()).not.toContain(`${prefix}first`)
    expect(news.ids()).toEqual(sortedIds(await expectedDocs('news', site)))
  })

  it('a central item no longer featured here disappears', async () => {
    await update('news', docs.featured!.id, { featuredOn: [] })
    await news.load()
    expect(news.slugs()).not.toContain(`${prefix}featured`)
    expect(news.ids()).toEqual(sortedIds(await expectedDocs('news', site)))
  })

  it('an upload that changed forces a full reload (media are embedded in documents)', async () => {
    const form = new FormData()
    const pixel = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    form.append('file', new Blob([pixel], { type: 'image/png' }), `${prefix}pixel.png`)
    form.append(
      '_payload',
      JSON.stringify({ alt: 'نقطة', site: siteIds[site], _status: 'published' }),
    )
    await admin('POST', '/api/media', form)
    const before = news.ids()
    await news.load()
    expect(news.listings()).toHaveLength(1)
    expect(news.listings()[0]).not.toContain('updatedAt')
    expect(news.ids()).toEqual(before)
    expect(news.writes).toBe(0)
  })
})

describe('pages of a district across builds', () => {
  const pages = builds('pages', site)
  const docs: Record<string, Json> = {}

  beforeAll(async () => {
    const own = { site: siteIds[site] }
    docs.parent = await create('pages', {
      ...own,
      slug: `${prefix}parent`,
      title: 'أم',
      _status: 'published',
    })
    docs.child = await create('pages', {
      ...own,
      slug: `${prefix}child`,
      title: 'فرع',
      parent: docs.parent!.id,
      _status: 'published',
    })
    docs.draft = await create('pages', {
      ...own,
      slug: `${prefix}draft-page`,
      title: 'مسودة',
      _status: 'draft',
    })
  })

  const pathOf = (doc: Json) => pages.entries.get(doc.id)?.data.path

  it('first build: the site’s published pages with their nested paths', async () => {
    await pages.load()
    expect(pages.ids()).toEqual(sortedIds(await expectedDocs('pages', site)))
    expect(pathOf(docs.child!)).toBe(`${prefix}parent/${prefix}child`)
    expect(pages.slugs()).not.toContain(`${prefix}draft-page`)
  })

  it('a second build with nothing changed rewrites nothing and reloads nothing', async () => {
    await pages.load()
    expect(pages.writes).toBe(0)
    expect(pages.listings()).toHaveLength(1)
    expect(pages.listings()[0]).toContain('[updatedAt][greater_than_equal]=')
  })

  it('a renamed parent moves its child, and every page is reloaded', async () => {
    await update('pages', docs.parent!.id, { slug: `${prefix}renamed` })
    await pages.load()
    expect(pathOf(docs.parent!)).toBe(`${prefix}renamed`)
    expect(pathOf(docs.child!)).toBe(`${prefix}renamed/${prefix}child`)
    const [incremental, full] = pages.listings()
    expect(incremental).toContain('[updatedAt][greater_than_equal]=')
    expect(full).not.toContain('updatedAt')
    expect(pages.listings()).toHaveLength(2)
  })

  it('a page moved to the top level gets its new path', async () => {
    await update('pages', docs.child!.id, { parent: null })
    await pages.load()
    expect(pathOf(docs.child!)).toBe(`${prefix}child`)
    expect(pages.entries.get(docs.child!.id).data.parent).toBeNull()
    expect(pages.listings()).toHaveLength(2)
  })

  it('an unpublished and a deleted page disappear', async () => {
    await update('pages', docs.child!.id, { _status: 'draft' })
    await remove('pages', docs.parent!.id)
    await pages.load()
    expect(pages.entries.has(docs.child!.id)).toBe(false)
    expect(pages.entries.has(docs.parent!.id)).toBe(false)
    expect(pages.ids()).toEqual(sortedIds(await expectedDocs('pages', site)))
  })
})

describe('sites and settings loaders', () => {
  it('stores every site of the registry by slug', async () => {
    const fake = fakeLoaderContext('sites')
    await sitesLoader({ client: createCmsClient({ baseUrl: cmsUrl }) }).load(fake.context)
    expect([...fake.entries.keys()].sort()).toEqual([...siteSlugs].sort())
    expect(fake.entries.get(centralSite.slug).data.kind).toBe('central')
    expect(fake.entries.get(site).data.kind).toBe('arrondissement')
  })

  it('stores the site’s settings with page links resolved to page paths', async () => {
    const fake = fakeLoaderContext('settings')
    await settingsLoader({ site, client: createCmsClient({ baseUrl: cmsUrl }) }).load(fake.context)
    expect([...fake.entries.keys()]).toEqual([site])
    const [raw] = await list('site-settings', { where: { site: { equals: siteIds[site] } } })
    const paths = new Map(
      (await list('pages', { where: { site: { equals: siteIds[site] } } })).map((p) => [
        p.id,
        p.path,
      ]),
    )
    const pageLinks = (raw!.navigation as Json[]).filter((row) => row.link.type === 'page')
    expect(pageLinks.length).toBeGreaterThan(0)
    const navigation = fake.entries.get(site).data.navigation
    expect(navigation.map((link: Json) => link.href)).toEqual(
      pageLinks.map((row) => `/${paths.get(row.link.page)}/`),
    )
  })
})

describe('errors', () => {
  it('a blank title cannot be published, so it never reaches a build', async () => {
    // The loader would name site, document and field (normalize.test.ts); the CMS trims
    // titles and refuses an empty one before it can be published at all.
    await expect(
      create('news', {
        site: siteIds[site],
        category: 'culture',
        slug: `${prefix}blank-title`,
        title: '   ',
        _status: 'published',
      }),
    ).rejects.toThrow(/answered 400/)
    expect(await list('news', { where: { slug: { equals: `${prefix}blank-title` } } })).toEqual([])
  })

  it('names an unknown site and the sites the CMS has', async () => {
    const loader = cmsLoader({
      collection: 'news',
      site: 'atlantis',
      client: createCmsClient({ baseUrl: cmsUrl }),
    })
    const error = await loader.load(fakeLoaderContext('news').context).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error!.message).toContain(`site 'atlantis' is not in the CMS at ${cmsUrl} (it has: `)
    for (const slug of siteSlugs) expect(error!.message).toContain(slug)
  })

  it('names the URL and status of a request the CMS refuses', async () => {
    const error = await createCmsClient({ baseUrl: cmsUrl })
      .find('nope')
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect((error as CmsError).status).toBe(404)
    expect((error as CmsError).message).toContain(`GET ${cmsUrl}/api/nope answered 404`)
  })

  it('an unreachable CMS fails the load with an error naming the URL', async () => {
    const loader = cmsLoader({
      collection: 'news',
      site,
      client: createCmsClient({ baseUrl: 'http://127.0.0.1:9', retries: 0 }),
    })
    const error = await loader.load(fakeLoaderContext('news').context).catch((e: Error) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect((error as CmsError).message).toMatch(
      /^CMS unreachable: GET http:\/\/127\.0\.0\.1:9\/api\/sites\?\S+ failed \(/,
    )
  })
})

describe('contentState', () => {
  it('is unchanged when nothing changed and follows a publication', async () => {
    const state = () => contentState(createCmsClient({ baseUrl: cmsUrl }), site)
    const before = await state()
    expect(await state()).toEqual(before)
    const doc = await create('news', {
      site: siteIds[site],
      category: 'culture',
      slug: `${prefix}state`,
      title: 'حالة',
      _status: 'published',
    })
    try {
      const after = await state()
      expect(after.news).not.toBe(before.news)
      expect({ ...after, news: before.news }).toEqual(before)
    } finally {
      await remove('news', doc.id)
    }
    expect(await state()).toEqual(before)
  })
})
