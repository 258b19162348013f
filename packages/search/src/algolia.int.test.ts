import { beforeAll, describe, expect, it } from 'vitest'
import { createCmsClient, type CmsClient } from '@bawaba/content'
import { siteOrigin } from '@bawaba/registry'
import { testStack } from '../../content/src/testing/cms-admin.ts'
import { reindexAll, syncAlgolia } from './algolia.ts'
import { memoryRequester, type SeenRequest } from './testing.ts'

/**
 * The Algolia sync reading the test stack's real CMS (published content, through the content
 * client), with the real Algolia client answered by its custom requester: no network.
 */

const env = { ALGOLIA_APP_ID: 'BAWABAINT', ALGOLIA_ADMIN_KEY: 'admin-int' }
let cms: CmsClient
type Raw = {
  id: string | number
  slug: string
  title: Record<string, string | null>
  site: unknown
}
let published: Raw[]

const siteSlugOf = async (site: unknown) => {
  const id = String(typeof site === 'object' && site ? (site as { id: unknown }).id : site)
  const { docs } = await cms.find<{ slug: string }>('sites', {
    where: { id: { equals: id } },
    depth: 0,
  })
  return docs[0]!.slug
}

beforeAll(async () => {
  cms = createCmsClient({ baseUrl: testStack().cmsUrl })
  published = (
    await cms.find<Raw>('news', {
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      limit: 500,
    })
  ).docs
})

const batchesTo = (seen: SeenRequest[], index: RegExp) =>
  seen.filter((r) => r.method === 'POST' && r.path.endsWith('/batch') && index.test(r.path))

describe('syncAlgolia on the real CMS', () => {
  it('replaces a published item’s records, one per locale it is written in', async () => {
    const item = published.find((n) => n.title.ar && n.title.fr)!
    expect(item).toBeDefined()
    const { requester, seen } = memoryRequester()
    const result = await syncAlgolia({
      env,
      cms,
      clientOptions: { requester },
      changes: [{ collection: 'news', id: item.id, action: 'publish' }],
    })
    const written = (['ar', 'fr', 'zgh', 'en'] as const).filter((l) => item.title[l])
    expect(result).toEqual({ saved: written.length, deleted: 4 - written.length, ignored: 0 })
    const [ar] = batchesTo(seen, /\/1\/indexes\/bawaba_ar\/batch$/)
    expect(ar!.body.requests).toEqual([
      {
        action: 'updateObject',
        body: expect.objectContaining({
          objectID: `news:${item.id}:ar`,
          title: item.title.ar,
          url: `${siteOrigin(await siteSlugOf(item.site))}/ar/news/${item.slug}/`,
          site: await siteSlugOf(item.site),
          type: 'news',
          lang: 'ar',
        }),
      },
    ])
  })

  it('syncs an item with its own site’s build, not again with another site’s', async () => {
    const item = published.find((n) => n.title.ar)!
    const own = await siteSlugOf(item.site)
    const other = own === 'anfa' ? 'maarif' : 'anfa'
    const changes = [{ collection: 'news', id: item.id, action: 'publish' as const }]
    const elsewhere = memoryRequester()
    expect(
      await syncAlgolia({
        env,
        cms,
        clientOptions: { requester: elsewhere.requester },
        changes,
        site: other,
      }),
    ).toEqual({ saved: 0, deleted: 0, ignored: 1 })
    expect(elsewhere.seen).toEqual([])
    const home = memoryRequester()
    const result = await syncAlgolia({
      env,
      cms,
      clientOptions: { requester: home.requester },
      changes,
      site: own,
    })
    expect(result!.saved).toBeGreaterThan(0)
  })

  it('a publish of something no longer published deletes its records', async () => {
    const { requester, seen } = memoryRequester()
    await syncAlgolia({
      env,
      cms,
      clientOptions: { requester },
      changes: [{ collection: 'news', id: 987_654_321, action: 'publish' }],
    })
    const [fr] = batchesTo(seen, /\/1\/indexes\/bawaba_fr\/batch$/)
    expect(fr!.body.requests).toEqual([
      { action: 'deleteObject', body: { objectID: 'news:987654321:fr' } },
    ])
  })
})

describe('reindexAll on the real CMS', () => {
  it('replaces each locale index with every published record, through a temporary index', async () => {
    const { requester, seen } = memoryRequester()
    const counts = await reindexAll({ env, cms, clientOptions: { requester } })
    for (const locale of ['ar', 'fr', 'zgh', 'en'] as const) {
      expect(seen).toContainEqual(
        expect.objectContaining({ method: 'PUT', path: `/1/indexes/bawaba_${locale}/settings` }),
      )
      const tmp = new RegExp(`/1/indexes/bawaba_${locale}_tmp_\\w+/batch$`)
      const records = batchesTo(seen, tmp).flatMap((r) => r.body.requests)
      expect(records.length).toBe(counts[locale])
      expect(records.every((r: { action: string }) => r.action === 'addObject')).toBe(true)
      // The temporary index is moved over the real one.
      expect(
        seen.some(
          (r) =>
            r.path.match(new RegExp(`/1/indexes/bawaba_${locale}_tmp_\\w+/operation$`)) &&
            r.body.operation === 'move' &&
            r.body.destination === `bawaba_${locale}`,
        ),
      ).toBe(true)
    }
    // Every published news item with an Arabic title is in the Arabic index.
    const arIds = new Set(
      batchesTo(seen, /bawaba_ar_tmp_\w+\/batch$/).flatMap((r) =>
        r.body.requests.map((q: { body: { objectID: string } }) => q.body.objectID),
      ),
    )
    const expected = published.filter((n) => n.title.ar).map((n) => `news:${n.id}:ar`)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.filter((id) => !arIds.has(id))).toEqual([])
    // And every published procedure and heritage place, which citizens search for most.
    for (const collection of ['procedures', 'heritage-places'] as const) {
      const docs = await cms.findAll<{ id: string | number }>(collection, {
        where: { _status: { equals: 'published' } },
        locale: 'ar',
        depth: 0,
      })
      expect(docs.length, collection).toBeGreaterThan(0)
      const ids = docs.map((d) => `${collection}:${d.id}:ar`)
      expect(ids.filter((id) => !arIds.has(id))).toEqual([])
    }
  }, 120_000)
})
