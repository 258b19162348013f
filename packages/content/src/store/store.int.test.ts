import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { centralSite, siteSlugs } from '@bawaba/registry'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsError, createCmsClient } from '../client.ts'
import type { QueryObject } from '../query.ts'
import { validate } from '../validate.ts'
import { adminClient, testStack, type AdminClient, type Json } from '../testing/cms-admin.ts'
import {
  definitionOf,
  storedCollectionNames,
  type PublishedCollection,
  type StoredCollection,
} from './collections.ts'
import { DiskStore } from './disk.ts'
import { ContentSnapshot } from './snapshot.ts'
import { safetyMarginMs, syncStore } from './sync.ts'

/**
 * The content store against the real CMS of the test stack (Payload on the seeded SQLite
 * database): what it keeps of the whole city, what each site shows of it, how a sync follows
 * publications, and that documents joined from depth-0 answers normalise exactly as the depth-1
 * answers the Astro loader read before. Scenarios write through the REST API as the platform
 * admin, on documents whose slugs start with `store-int-`, and remove them again.
 */

const { cmsUrl } = testStack()
const site = 'sidi-moumen'
const prefix = 'store-int-'
let cms: AdminClient
const folder = mkdtempSync(join(process.env.BAWABA_DATA_DIR!, 'store-int-'))

/** A store of its own, every request it makes recorded (`rest`: as against a CMS without the changes endpoint). */
function openStore(name: string, rest = false) {
  const requests: string[] = []
  const recording = ((input: string | URL | Request, init?: RequestInit) => {
    requests.push(decodeURIComponent(String(input)))
    if (rest && String(input).includes('/api/store/changes'))
      return Promise.resolve(new Response('{"errors":[]}', { status: 404 }))
    return fetch(input, init)
  }) as typeof fetch
  const client = createCmsClient({ baseUrl: cmsUrl, fetch: recording })
  const disk = new DiskStore(join(folder, `${name}.db`))
  const snapshot = ContentSnapshot.fromDisk(disk, client)
  return {
    disk,
    snapshot,
    requests,
    async sync(options: { full?: boolean; pageSize?: number; newestChecked?: number } = {}) {
      requests.length = 0
      const result = await syncStore({ client, disk, ...options })
      snapshot.apply(result.changes, disk.generation())
      return result
    },
    ids: (collection: PublishedCollection, slug: string) =>
      snapshot
        .scoped(collection, slug)
        .map((e) => e.id)
        .sort(),
    bySlug: (collection: PublishedCollection, slug: string, itemSlug: string) =>
      snapshot
        .scoped(collection, slug)
        .find((e) => (e.data as { slug?: string }).slug === itemSlug),
  }
}

const list = (collection: string, query: QueryObject) => cms.list(collection, query)
const sortedIds = (docs: Json[]) => docs.map((doc) => String(doc.id)).sort()

/** What site `slug` shows, read with the admin's rights: its own published documents and, on an arrondissement, the portal's published ones featured on it. */
async function expectedDocs(collection: 'news' | 'events' | 'pages', slug: string) {
  const id = cms.siteIds[slug]!
  const central = cms.siteIds[centralSite.slug]!
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

/** Removes every document this file creates, leftovers of an interrupted run included. */
async function purge() {
  for (const collection of ['news', 'events', 'pages', 'heritage-places']) {
    const docs = await cms.request(
      'GET',
      `/api/${collection}?draft=true&depth=0&limit=500&where[slug][like]=${prefix}`,
    )
    // Children before their parents.
    ;(docs.docs as Json[]).sort((a, b) => String(b.path ?? '').length - String(a.path ?? '').length)
    for (const doc of docs.docs as Json[])
      if (String(doc.slug).startsWith(prefix)) await cms.remove(collection, doc.id)
  }
  for (const doc of await list('media', { where: { filename: { like: prefix } } }))
    await cms.remove('media', doc.id)
  for (const doc of await list('alerts', { where: { message: { like: prefix } } }))
    await cms.remove('alerts', doc.id)
}

beforeAll(async () => {
  cms = await adminClient()
  await purge()
})

afterAll(async () => {
  if (cms) await purge()
  rmSync(folder, { recursive: true, force: true })
})

describe('the store of the seeded city', () => {
  const store = openStore('seeded')

  it('keeps every public document, read in big pages at depth 0', async () => {
    const result = await store.sync({ pageSize: 100 })
    expect(result.full.sort()).toEqual([...storedCollectionNames].sort())
    // First the CMS's clock (the bound of the next sync's cutoff), then the documents.
    expect(store.requests[0]).toMatch(/\/api\/store\/changes$/)
    expect(Date.parse(store.disk.meta('read:news')!)).toBeGreaterThan(0)
    for (const url of store.requests.slice(1)) expect(url).toContain('depth=0')
    for (const collection of ['news', 'offices', 'media'] as StoredCollection[]) {
      const all = await cms.request('GET', `/api/${collection}?depth=0&limit=1000`)
      const published = (all.docs as Json[]).filter(
        (doc) => !definitionOf(collection).drafts || doc._status === 'published',
      )
      expect(store.disk.ids(collection).sort(), collection).toEqual(sortedIds(published))
    }
  })

  it('normalises joined depth-0 documents exactly as the depth-1 documents the sites read before', async () => {
    const client = createCmsClient({ baseUrl: cmsUrl })
    const sites = await client.findAll<Json>('sites', { depth: 0, limit: 100 })
    const siteSlugsById = new Map(sites.map((s) => [String(s.id), String(s.slug)]))
    let compared = 0
    for (const collection of storedCollectionNames) {
      const definition = definitionOf(collection)
      if (!definition.normalize || !definition.schema) continue
      const where: QueryObject = definition.drafts ? { _status: { equals: 'published' } } : {}
      const deep = await client.findAll<Json>(collection, {
        where,
        depth: 1,
        locale: 'all',
        limit: 100,
      })
      for (const raw of deep) {
        const ctx = {
          site: centralSite.slug,
          siteSlugs: siteSlugsById,
          absolute: client.absolute,
          issues: [],
        }
        const ref = { kind: definition.kind, key: String(raw.id), site: centralSite.slug }
        const expected = validate(
          definition.schema,
          definition.normalize(raw, ctx),
          ref,
          ctx.issues,
        )
        const entry = store.snapshot.entry(collection as PublishedCollection, String(raw.id))
        if (definition.keep?.(raw) === false) expect(entry).toBeUndefined()
        else expect(entry?.data, `${collection} ${raw.id}`).toEqual(expected)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(300)
  })

  it('a district shows its own published items and the central items featured on it', async () => {
    for (const collection of ['news', 'events'] as const) {
      expect(store.ids(collection, 'anfa'), collection).toEqual(
        sortedIds(await expectedDocs(collection, 'anfa')),
      )
      for (const { data } of store.snapshot.scoped(collection, 'anfa')) {
        expect(['anfa', 'casablanca']).toContain(data.site)
        if (data.site === 'casablanca') expect(data.featuredOn).toContain('anfa')
      }
    }
    const central = store.snapshot
      .scoped('news', 'anfa')
      .filter((e) => e.data.site === 'casablanca')
    expect(central.length).toBeGreaterThan(0)
    expect(central.length).toBeLessThan(store.snapshot.scoped('news', 'casablanca').length)
  })

  it('the portal shows its own items; every district’s places, offices and typed documents', async () => {
    expect(store.ids('news', 'casablanca')).toEqual(
      sortedIds(await expectedDocs('news', 'casablanca')),
    )
    for (const collection of ['heritage-places', 'offices'] as const) {
      const all = await list(collection, { where: { _status: { equals: 'published' } } })
      expect(store.ids(collection, 'anfa')).toEqual(
        sortedIds(all.filter((d) => d.site === cms.siteIds.anfa)),
      )
      expect(store.ids(collection, centralSite.slug)).toEqual(sortedIds(all))
    }
    const typed = await list('documents', {
      where: { kind: { exists: true }, _status: { equals: 'published' } },
    })
    expect(store.ids('documents', centralSite.slug)).toEqual(sortedIds(typed))
    const anfa = store.snapshot.scoped('documents', 'anfa')
    expect(new Set(anfa.map((d) => d.data.site))).toEqual(new Set(['anfa', centralSite.slug]))
    // Council minutes are PDFs without a library type: joined into sessions, never listed.
    const untyped = await list('documents', {
      where: { kind: { exists: false }, _status: { equals: 'published' } },
    })
    expect(untyped.length).toBeGreaterThan(0)
    expect(store.disk.ids('documents')).toEqual(expect.arrayContaining(sortedIds(untyped)))
  })

  it('the shared catalogue is the same on every site; pages and settings are the site’s own', async () => {
    for (const collection of ['procedures', 'partners', 'timeline-entries'] as const)
      expect(store.ids(collection, 'anfa')).toEqual(store.ids(collection, site))
    expect(store.ids('pages', 'anfa')).toEqual(sortedIds(await expectedDocs('pages', 'anfa')))
    const settings = store.snapshot.scoped('site-settings', site)
    expect(settings.map((e) => e.data.site)).toEqual([site])
    expect(
      store.snapshot
        .scoped('sites', site)
        .map((e) => e.data.slug)
        .sort(),
    ).toEqual([...siteSlugs].sort())
  })

  it('procedures name their published partner; decisions their session and PDF', async () => {
    const partners = new Set(store.snapshot.scoped('partners', 'anfa').map((p) => p.data.slug))
    const withPartner = store.snapshot.scoped('procedures', 'anfa').filter((p) => p.data.partner)
    expect(withPartner.length).toBeGreaterThan(0)
    for (const procedure of withPartner) expect(partners).toContain(procedure.data.partner)
    const sessions = new Set(
      store.snapshot.scoped('council-sessions', site).map((s) => s.data.slug),
    )
    const decisions = store.snapshot.scoped('council-decisions', site)
    expect(decisions.length).toBeGreaterThan(0)
    for (const { data } of decisions) {
      expect(sessions.has(data.session!), data.number).toBe(true)
      expect(data.fullText?.mimeType).toBe('application/pdf')
    }
  })
})

describe('a district’s news across syncs', () => {
  const store = openStore('news')
  const docs: Record<string, Json> = {}
  const slugs = () => store.snapshot.scoped('news', site).map((e) => e.data.slug)

  beforeAll(async () => {
    await store.sync()
    const own = { site: cms.siteIds[site], category: 'culture' }
    docs.first = await cms.create('news', {
      ...own,
      slug: `${prefix}first`,
      title: 'أول',
      _status: 'published',
    })
    docs.second = await cms.create('news', {
      ...own,
      slug: `${prefix}second`,
      title: 'ثاني',
      _status: 'published',
    })
    docs.draft = await cms.create('news', {
      ...own,
      slug: `${prefix}draft`,
      title: 'مسودة',
      _status: 'draft',
    })
    docs.featured = await cms.create('news', {
      site: cms.siteIds.casablanca,
      category: 'council',
      slug: `${prefix}featured`,
      title: 'خبر مركزي',
      featuredOn: [cms.siteIds[site]],
      _status: 'published',
    })
  })

  it('a sync brings what was published since, and only published documents', async () => {
    const result = await store.sync()
    expect(result.full).toEqual([])
    expect(result.changes.map((c) => c.id).sort()).toEqual(
      [docs.first!.id, docs.second!.id, docs.featured!.id].sort(),
    )
    expect(slugs()).toEqual(
      expect.arrayContaining([`${prefix}first`, `${prefix}second`, `${prefix}featured`]),
    )
    expect(slugs()).not.toContain(`${prefix}draft`)
    expect(store.ids('news', site)).toEqual(sortedIds(await expectedDocs('news', site)))
  })

  it('with nothing changed, a sync asks the CMS once for every collection, and changes nothing', async () => {
    const since = store.disk.meta('since:news')!
    const read = store.disk.meta('read:news')!
    // The previous sync went through the one-request answer and kept the CMS's clock of it.
    expect(Date.parse(read)).toBeGreaterThan(Date.parse(since))
    const result = await store.sync()
    expect(result.changes).toEqual([])
    expect(result.scanned).toEqual([])
    // The cutoff starts from the later of the newest item and the last answer, less the margin.
    const cutoff = new Date(Date.parse(read) - safetyMarginMs).toISOString()
    expect(store.requests[0]).toContain('/api/store/changes?')
    expect(store.requests[0]).toContain(`news=${cutoff}`)
    // One request, unless a collection had more changes inside the margin than one answer holds
    // (the seed, if it ended less than the margin before): those alone, and only those, over REST.
    const again = (await (await fetch(store.requests[0]!)).json()) as {
      collections: Record<string, { truncated?: true }>
    }
    const truncated = Object.keys(again.collections).filter((c) => again.collections[c]!.truncated)
    const rest = store.requests.slice(1)
    for (const url of rest)
      expect(
        truncated.some((c) => url.includes(`/api/${c}?`)),
        url,
      ).toBe(true)
    for (const c of truncated) expect(rest.some((url) => url.includes(`/api/${c}?`))).toBe(true)
  })

  it('against a CMS without the changes endpoint, asks each collection over REST: its changes and its count', async () => {
    const rest = openStore('news', true)
    // The same store file: its bound is the last answer's clock, kept from the syncs before.
    const read = rest.disk.meta('read:news')!
    const result = await rest.sync()
    expect(result.changes).toEqual([])
    const cutoff = new Date(Date.parse(read) - safetyMarginMs).toISOString()
    const news = rest.requests.filter((url) => url.includes('/api/news?'))
    expect(news.some((url) => url.includes(`[updatedAt][greater_than_equal]=${cutoff}`))).toBe(true)
    // The one request refused, then per collection its count and its changes — in pages of 250,
    // more than one only where more than 250 changed inside the margin (the seed's last minutes).
    expect(rest.requests[0]).toContain('/api/store/changes?')
    for (const collection of storedCollectionNames) {
      const asked = rest.requests.filter((url) => url.includes(`/api/${collection}?`))
      const counts = asked.filter((url) => url.includes('limit=1&') || url.endsWith('limit=1'))
      const pages = asked.filter((url) => url.includes('[updatedAt][greater_than_equal]='))
      expect(counts, collection).toHaveLength(1)
      expect(pages.length, collection).toBeGreaterThanOrEqual(1)
      expect(
        pages.map((url) => Number(/[?&]page=(\d+)/.exec(url)?.[1])),
        collection,
      ).toEqual(pages.map((_, i) => i + 1))
      expect(asked.length, collection).toBe(1 + pages.length)
    }
    expect(rest.requests.length).toBe(
      1 +
        storedCollectionNames.reduce(
          (n, c) => n + rest.requests.filter((url) => url.includes(`/api/${c}?`)).length,
          0,
        ),
    )
    rest.disk.close()
  })

  it('a newly published item comes in; an edited one is the only change', async () => {
    const published = await cms.update('news', docs.draft!.id, { _status: 'published' })
    let result = await store.sync()
    expect(result.changes.map((c) => c.id)).toEqual([docs.draft!.id])
    expect(slugs()).toContain(`${prefix}draft`)
    expect(store.disk.meta('since:news')).toBe(published.updatedAt)
    await cms.update('news', docs.first!.id, { title: 'أول (مصحح)' })
    result = await store.sync()
    expect(result.changes.map((c) => c.id)).toEqual([docs.first!.id])
    expect(store.snapshot.entry('news', docs.first!.id)!.data.title.ar).toBe('أول (مصحح)')
  })

  it('an unpublished item and a deleted one leave the store', async () => {
    // A second store, one sync behind, for the same change found the long way below.
    const behind = openStore('news-behind')
    await behind.sync()
    await cms.update('news', docs.second!.id, { _status: 'draft' })
    await cms.remove('news', docs.first!.id)
    const result = await store.sync()
    expect(result.scanned).toEqual(['news'])
    // Found among the documents stored last: one request, not the ids of every news item.
    const newsRequests = store.requests.filter((url) => url.includes('/api/news?'))
    expect(newsRequests).toHaveLength(1)
    expect(newsRequests[0]).toContain('[id][in]')
    expect(newsRequests[0]).not.toContain('limit=1000')
    // Checking only the newest one cannot account for two: every id is read instead, same result.
    const slow = await behind.sync({ newestChecked: 1 })
    expect(slow.scanned).toEqual(['news'])
    expect(
      behind.requests.some((url) => url.includes('/api/news?') && url.includes('limit=1000')),
    ).toBe(true)
    expect(
      slow.changes
        .filter((c) => !c.doc)
        .map((c) => c.id)
        .sort(),
    ).toEqual(
      result.changes
        .filter((c) => !c.doc)
        .map((c) => c.id)
        .sort(),
    )
    expect(behind.ids('news', site)).toEqual(store.ids('news', site))
    behind.disk.close()
    expect(result.changes.map((c) => [c.id, c.doc]).sort()).toEqual(
      [
        [docs.first!.id, undefined],
        [docs.second!.id, undefined],
      ].sort(),
    )
    expect(slugs()).not.toContain(`${prefix}second`)
    expect(slugs()).not.toContain(`${prefix}first`)
    expect(store.ids('news', site)).toEqual(sortedIds(await expectedDocs('news', site)))
  })

  it('a central item no longer featured here leaves the district, not the portal', async () => {
    await cms.update('news', docs.featured!.id, { featuredOn: [] })
    await store.sync()
    expect(slugs()).not.toContain(`${prefix}featured`)
    expect(store.ids('news', centralSite.slug)).toContain(docs.featured!.id)
  })

  it('an edited image changes itself and what shows it, nothing else', async () => {
    const form = new FormData()
    const pixel = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    form.append('file', new Blob([pixel], { type: 'image/png' }), `${prefix}pixel.png`)
    form.append(
      '_payload',
      JSON.stringify({ alt: 'نقطة', site: cms.siteIds[site], _status: 'published' }),
    )
    const media = (await cms.request('POST', '/api/media', form)).doc as Json
    const illustrated = await cms.create('news', {
      site: cms.siteIds[site],
      category: 'culture',
      slug: `${prefix}illustrated`,
      title: 'مصور',
      heroImage: media.id,
      _status: 'published',
    })
    await store.sync()
    const before = store.snapshot.entry('news', illustrated.id)!
    expect(before.data.hero?.alt.ar).toBe('نقطة')
    const untouched = store.snapshot.entry('news', docs.draft!.id)!
    await cms.update('media', media.id, { alt: 'نقطة مصححة' })
    const result = await store.sync()
    expect(result.changes.map((c) => `${c.collection}:${c.id}`)).toEqual([`media:${media.id}`])
    const after = store.snapshot.entry('news', illustrated.id)!
    expect(after.data.hero?.alt.ar).toBe('نقطة مصححة')
    expect(after.digest).not.toBe(before.digest)
    // Not normalised again: the same object.
    expect(store.snapshot.entry('news', docs.draft!.id)).toBe(untouched)
  })
})

describe('pages across syncs', () => {
  const store = openStore('pages')
  const docs: Record<string, Json> = {}
  const pathOf = (doc: Json) => store.snapshot.entry('pages', doc.id)?.data.path

  beforeAll(async () => {
    const own = { site: cms.siteIds[site] }
    docs.parent = await cms.create('pages', {
      ...own,
      slug: `${prefix}parent`,
      title: 'أم',
      _status: 'published',
    })
    docs.child = await cms.create('pages', {
      ...own,
      slug: `${prefix}child`,
      title: 'فرع',
      parent: docs.parent!.id,
      _status: 'published',
    })
    await store.sync()
  })

  it('nested paths, and a renamed parent moves its child', async () => {
    expect(pathOf(docs.child!)).toBe(`${prefix}parent/${prefix}child`)
    await cms.update('pages', docs.parent!.id, { slug: `${prefix}renamed` })
    await store.sync()
    expect(pathOf(docs.parent!)).toBe(`${prefix}renamed`)
    expect(pathOf(docs.child!)).toBe(`${prefix}renamed/${prefix}child`)
  })

  it('an unpublished and a deleted page leave the store', async () => {
    await cms.update('pages', docs.child!.id, { _status: 'draft' })
    await cms.remove('pages', docs.parent!.id)
    await store.sync()
    expect(pathOf(docs.child!)).toBeUndefined()
    expect(pathOf(docs.parent!)).toBeUndefined()
    expect(store.ids('pages', site)).toEqual(sortedIds(await expectedDocs('pages', site)))
  })
})

describe('alerts', () => {
  it('are kept with their window and targeted sites; which show is the renderer’s business', async () => {
    const store = openStore('alerts')
    const hour = 3_600_000
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
    const coming = await cms.create('alerts', {
      severity: 'critical',
      message: `${prefix}coming`,
      startsAt: iso(hour),
      endsAt: iso(2 * hour),
      sites: [cms.siteIds.anfa, cms.siteIds.maarif],
    })
    await store.sync()
    const stored = store.snapshot.entry('alerts', coming.id)!
    expect(stored.data.sites.sort()).toEqual(['anfa', 'maarif'])
    expect(stored.data.severity).toBe('critical')
  })
})

describe('the changes endpoint', () => {
  const changes = async (query: string) => {
    const response = await fetch(`${cmsUrl}/api/store/changes?${query}`)
    return { status: response.status, json: (await response.json()) as Json }
  }

  it('answers what an anonymous reader may read: published documents, never a draft', async () => {
    const draft = await cms.create('news', {
      site: cms.siteIds[site],
      category: 'culture',
      slug: `${prefix}endpoint-draft`,
      title: 'مسودة لا تظهر',
      _status: 'draft',
    })
    const { status, json } = await changes(
      `news=2000-01-01T00:00:00.000Z&pages=2000-01-01T00:00:00.000Z`,
    )
    expect(status).toBe(200)
    const ids = (json.collections.news.docs as Json[]).map((d) => d.id)
    expect(ids).not.toContain(draft.id)
    expect((json.collections.news.docs as Json[]).every((d) => d._status === 'published')).toBe(
      true,
    )
    expect(json.collections.news.total).toBe(
      (await list('news', { where: { _status: { equals: 'published' } } })).length,
    )
  })

  it('names only the public collections, and refuses what is not an instant', async () => {
    const { json } = await changes('users=2000-01-01T00:00:00.000Z&builds=2000-01-01T00:00:00.000Z')
    expect(json.collections).toEqual({})
    expect((await changes('news=yesterday')).status).toBe(400)
  })
})

describe('errors', () => {
  it('names the URL and status of a request the CMS refuses', async () => {
    const error = await createCmsClient({ baseUrl: cmsUrl })
      .find('nope')
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect((error as CmsError).status).toBe(404)
    expect((error as CmsError).message).toContain(`GET ${cmsUrl}/api/nope answered 404`)
  })

  it('an unreachable CMS fails the sync, names the URL, and leaves the store as it was', async () => {
    const disk = new DiskStore(join(folder, 'unreachable.db'))
    const generation = disk.generation()
    const error = await syncStore({
      client: createCmsClient({ baseUrl: 'http://127.0.0.1:9', retries: 0 }),
      disk,
    }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect((error as CmsError).message).toMatch(
      /^CMS unreachable: GET http:\/\/127\.0\.0\.1:9\/api\/\S+ failed \(/,
    )
    expect(disk.generation()).toBe(generation)
    disk.close()
  })
})
