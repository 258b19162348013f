import { centralSite } from '@bawaba/registry'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCmsClient } from './client.ts'
import { cmsLoader, type CmsCollection } from './loader.ts'
import { adminClient, testStack, type AdminClient, type Json } from './testing/cms-admin.ts'
import { fakeLoaderContext } from './testing/loader-context.ts'

/**
 * Which civic documents each site's build keeps, against the real seeded CMS of the test
 * stack: a district's own places and offices (the portal: every district's), the library
 * (a district: its own and the commune's; PDFs without a library type never), the shared
 * catalogue (published only, the same on every site), and alerts (over ones never).
 */

const { cmsUrl } = testStack()
const prefix = 'loader-civic-'
let cms: AdminClient

async function load(collection: CmsCollection, site: string) {
  const fake = fakeLoaderContext(collection)
  await cmsLoader({ collection, site, client: createCmsClient({ baseUrl: cmsUrl }) }).load(
    fake.context,
  )
  return [...fake.entries.values()].map((entry) => entry.data as Json)
}

const ids = (docs: Json[]) => docs.map((d) => String(d.id)).sort()

/** Removes what this file creates, leftovers of an interrupted run included. */
async function purge() {
  for (const [collection, field] of [
    ['heritage-places', 'slug'],
    ['alerts', 'message'],
  ] as const) {
    const docs = await cms.request(
      'GET',
      `/api/${collection}?draft=true&depth=0&limit=100&where[${field}][like]=${prefix}`,
    )
    for (const doc of docs.docs as Json[]) await cms.remove(collection, doc.id)
  }
}

beforeAll(async () => {
  cms = await adminClient()
  await purge()
})

afterAll(async () => {
  if (cms) await purge()
})

describe('heritage places and offices', () => {
  it.each(['heritage-places', 'offices'] as const)(
    '%s: a district keeps its own published ones; the portal every district’s',
    async (collection) => {
      const all = await cms.list(collection, { where: { _status: { equals: 'published' } } })
      const anfa = await load(collection, 'anfa')
      expect(anfa.length).toBeGreaterThan(0)
      expect(ids(anfa)).toEqual(ids(all.filter((d) => d.site === cms.siteIds.anfa)))
      const portal = await load(collection, centralSite.slug)
      expect(ids(portal)).toEqual(ids(all))
      expect(new Set(portal.map((d) => d.site)).size).toBeGreaterThan(3)
    },
  )

  it('a draft place stays out of every build', async () => {
    const { doc: draft } = await cms.request('POST', '/api/heritage-places?draft=true&depth=0', {
      site: cms.siteIds.anfa,
      slug: `${prefix}draft`,
      name: 'Brouillon',
      category: 'park',
      _status: 'draft',
    })
    for (const site of ['anfa', centralSite.slug])
      expect(ids(await load('heritage-places', site))).not.toContain(draft.id)
  })
})

describe('paging', () => {
  it('reads every office exactly once, page after page (localized default sort or not)', async () => {
    const client = createCmsClient({ baseUrl: cmsUrl })
    const total = (await client.find('offices', { limit: 1, depth: 0 })).totalDocs
    const docs = await client.findAll<{ id: string }>('offices', {
      limit: 7,
      depth: 0,
      locale: 'all',
    })
    expect(docs.length).toBe(total)
    expect(new Set(docs.map((d) => d.id)).size).toBe(total)
  })
})

describe('documents library', () => {
  it('a district keeps its own and the commune’s typed documents, never untyped PDFs', async () => {
    const anfa = await load('documents', 'anfa')
    const sites = new Set(anfa.map((d) => d.site))
    expect(sites).toEqual(new Set(['anfa', centralSite.slug]))
    expect(anfa.every((d) => d.kind && d.filename.endsWith('.pdf'))).toBe(true)
    // Council minutes are documents without a library type: the library never lists them.
    const untyped = await cms.list('documents', {
      where: { site: { equals: cms.siteIds.anfa }, kind: { exists: false } },
    })
    expect(untyped.length).toBeGreaterThan(0)
    const kept = new Set(ids(anfa))
    for (const doc of untyped) expect(kept.has(String(doc.id)), doc.filename).toBe(false)
  })

  it('the portal keeps every site’s typed documents, published ones only', async () => {
    const typed = await cms.list('documents', {
      where: { kind: { exists: true }, _status: { equals: 'published' } },
    })
    expect(ids(await load('documents', centralSite.slug))).toEqual(ids(typed))
  })
})

describe('the shared catalogue', () => {
  it.each(['procedures', 'partners', 'timeline-entries'] as const)(
    '%s: the same published list on every site, drafts left out',
    async (collection) => {
      const published = await cms.list(collection, {
        where: { _status: { equals: 'published' } },
      })
      expect(published.length).toBeGreaterThan(5)
      const onAnfa = await load(collection, 'anfa')
      expect(ids(onAnfa)).toEqual(ids(published))
      expect(ids(await load(collection, 'sidi-moumen'))).toEqual(ids(onAnfa))
    },
  )

  it('a procedure names its published partner by slug', async () => {
    const procedures = await load('procedures', 'anfa')
    const withPartner = procedures.filter((p) => p.partner)
    expect(withPartner.length).toBeGreaterThan(0)
    const partners = new Set((await load('partners', 'anfa')).map((p) => p.slug))
    for (const procedure of withPartner) expect(partners).toContain(procedure.partner)
  })
})

describe('alerts', () => {
  it('keeps current and future alerts with their targeted sites, never ended ones', async () => {
    const hour = 3_600_000
    const now = Date.now()
    const iso = (offset: number) => new Date(now + offset).toISOString()
    const ended = await cms.create('alerts', {
      severity: 'warning',
      message: `${prefix}ended`,
      startsAt: iso(-3 * hour),
      endsAt: iso(-hour),
    })
    const coming = await cms.create('alerts', {
      severity: 'critical',
      message: `${prefix}coming`,
      startsAt: iso(hour),
      endsAt: iso(2 * hour),
      sites: [cms.siteIds.anfa, cms.siteIds.maarif],
    })
    const alerts = await load('alerts', 'anfa')
    const kept = ids(alerts)
    expect(kept).not.toContain(ended.id)
    expect(kept).toContain(coming.id)
    const stored = alerts.find((a) => a.id === coming.id)!
    expect(stored.sites.sort()).toEqual(['anfa', 'maarif'])
    expect(stored.severity).toBe('critical')
  })
})
