import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCmsClient, CmsError } from './client.ts'
import { cmsLoader, settingsLoader, sitesLoader } from './loader.ts'
import { toQueryString } from './query.ts'
import { startFakeCms, type FakeCms } from './testing/fake-cms.ts'
import { fakeLoaderContext } from './testing/loader-context.ts'
import { rawMedia, rawNews, rawPage, rawSite, siteIds } from './testing/fixtures.ts'

let cms: FakeCms

function world() {
  return {
    sites: [rawSite('casablanca'), rawSite('anfa'), rawSite('maarif')],
    media: [rawMedia('m0')],
    news: [
      rawNews('local', { updatedAt: '2025-03-01T10:00:00.000Z' }),
      rawNews('local-2', { updatedAt: '2025-03-02T10:00:00.000Z' }),
      rawNews('draft', { _status: 'draft' }),
      rawNews('elsewhere', { site: siteIds.maarif }),
      rawNews('featured', { site: siteIds.casablanca, featuredOn: [siteIds.anfa] }),
      rawNews('central-only', { site: siteIds.casablanca, featuredOn: [siteIds.maarif] }),
      // Only the central portal may feature items on a district.
      rawNews('sibling', { site: siteIds.maarif, featuredOn: [siteIds.anfa] }),
    ],
    pages: [
      rawPage('about', 'about', { id: 'page-about' }),
      rawPage('history', 'about/history', { id: 'page-history', parent: 'page-about' }),
    ],
    'site-settings': [
      {
        id: 'settings-anfa',
        site: siteIds.anfa,
        navigation: [{ link: { label: { fr: 'À propos' }, type: 'page', page: 'page-about' } }],
        footerText: null,
        footerLinks: [],
        quickLinks: [],
      },
    ],
  }
}

beforeEach(async () => {
  cms = await startFakeCms(world())
})
afterEach(() => cms.close())

const slugs = (entries: Map<string, any>) => [...entries.values()].map((e) => e.data.slug).sort()

describe('cmsLoader', () => {
  it('keeps the site’s published items and the central items featured on it', async () => {
    const client = createCmsClient({ baseUrl: cms.url })
    const fake = fakeLoaderContext('news')
    await cmsLoader({ collection: 'news', site: 'anfa', client }).load(fake.context)
    expect(slugs(fake.entries)).toEqual(['featured', 'local', 'local-2'])
    expect(fake.entries.get('news-featured').data.site).toBe('casablanca')
    expect(fake.context.meta.get('since')).toBe('2025-03-02T10:00:00.000Z')
  })

  it('on the central portal, keeps only its own items', async () => {
    const client = createCmsClient({ baseUrl: cms.url })
    const fake = fakeLoaderContext('news')
    await cmsLoader({ collection: 'news', site: 'casablanca', client }).load(fake.context)
    expect(slugs(fake.entries)).toEqual(['central-only', 'featured'])
  })

  it('later fetches only what changed, drops what was deleted or unpublished', async () => {
    const fake = fakeLoaderContext('news')
    const load = () =>
      cmsLoader({
        collection: 'news',
        site: 'anfa',
        client: createCmsClient({ baseUrl: cms.url }),
      }).load(fake.context)
    await load()
    fake.resetWrites()

    // Nothing changed: nothing rewritten.
    await load()
    expect(fake.writes).toBe(0)

    const news = cms.collections.news!
    news.find((d) => d.slug === 'local')!.title.fr = 'Titre corrigé'
    news.find((d) => d.slug === 'local')!.updatedAt = '2025-04-01T00:00:00.000Z'
    news.find((d) => d.slug === 'local-2')!._status = 'draft'
    news.splice(
      news.findIndex((d) => d.slug === 'featured'),
      1,
    )
    cms.requests.length = 0
    fake.resetWrites()
    await load()

    const listing = cms.requests.find((r) => r.startsWith('/api/news?') && r.includes('depth=1'))!
    expect(listing).toContain('[updatedAt][greater_than_equal]=2025-03-02T09:58:00.000Z')
    expect(cms.requests.some((r) => r.includes('select[id]=true'))).toBe(true)
    expect(slugs(fake.entries)).toEqual(['local'])
    expect(fake.entries.get('news-local').data.title.fr).toBe('Titre corrigé')
    expect(fake.writes).toBe(1)
    expect(fake.context.meta.get('since')).toBe('2025-04-01T00:00:00.000Z')
  })

  it('reloads everything when an upload changed (media are embedded in documents)', async () => {
    const fake = fakeLoaderContext('news')
    const load = () =>
      cmsLoader({
        collection: 'news',
        site: 'anfa',
        client: createCmsClient({ baseUrl: cms.url }),
      }).load(fake.context)
    await load()
    cms.collections.media!.push(rawMedia('m9', { updatedAt: '2025-05-01T00:00:00.000Z' }))
    cms.requests.length = 0
    await load()
    const listing = cms.requests.find((r) => r.startsWith('/api/news?') && r.includes('depth=1'))!
    expect(listing).not.toContain('updatedAt')
  })

  it('reloads all pages when one moved, so links to it stay right', async () => {
    const fake = fakeLoaderContext('pages')
    const load = () =>
      cmsLoader({
        collection: 'pages',
        site: 'anfa',
        client: createCmsClient({ baseUrl: cms.url }),
      }).load(fake.context)
    await load()
    expect(fake.entries.get('page-history').data.path).toBe('about/history')
    const history = cms.collections.pages!.find((p) => p.id === 'page-history')!
    Object.assign(history, { path: 'history', parent: null, updatedAt: '2025-06-01T00:00:00.000Z' })
    cms.requests.length = 0
    await load()
    expect(fake.entries.get('page-history').data.path).toBe('history')
    const listings = cms.requests.filter(
      (r) => r.startsWith('/api/pages?') && r.includes('depth=1'),
    )
    expect(listings).toHaveLength(2)
    expect(listings[1]).not.toContain('updatedAt')
  })

  it('fails naming the site, document and field when a document is invalid', async () => {
    cms.collections.news!.push(rawNews('bad', { category: 'gossip' }))
    const fake = fakeLoaderContext('news')
    const loader = cmsLoader({
      collection: 'news',
      site: 'anfa',
      client: createCmsClient({ baseUrl: cms.url }),
    })
    await expect(loader.load(fake.context)).rejects.toThrow(
      /news 'bad' \(site anfa\): field 'category'/,
    )
  })

  it('names an unknown site and the sites the CMS has', async () => {
    const loader = cmsLoader({
      collection: 'news',
      site: 'atlantis',
      client: createCmsClient({ baseUrl: cms.url }),
    })
    await expect(loader.load(fakeLoaderContext('news').context)).rejects.toThrow(
      /site 'atlantis' is not in the CMS at .* \(it has: casablanca, anfa, maarif\)/,
    )
  })
})

describe('sites and settings loaders', () => {
  it('stores every site by slug', async () => {
    const fake = fakeLoaderContext('sites')
    await sitesLoader({ client: createCmsClient({ baseUrl: cms.url }) }).load(fake.context)
    expect([...fake.entries.keys()]).toEqual(['casablanca', 'anfa', 'maarif'])
  })

  it('stores the site’s settings with page links resolved', async () => {
    const fake = fakeLoaderContext('settings')
    await settingsLoader({ site: 'anfa', client: createCmsClient({ baseUrl: cms.url }) }).load(
      fake.context,
    )
    expect(fake.entries.get('anfa').data.navigation[0].href).toBe('/about/')
  })
})

describe('client', () => {
  it('builds bracketed queries', () => {
    expect(toQueryString({ where: { and: [{ a: { equals: 'x y' } }] }, limit: 5 })).toBe(
      'where[and][0][a][equals]=x%20y&limit=5',
    )
  })

  it('names the URL and status of a failed request', async () => {
    const client = createCmsClient({ baseUrl: cms.url })
    await expect(client.find('nope')).rejects.toThrow(
      new RegExp(`GET ${cms.url}/api/nope answered 404`),
    )
  })

  it('names the URL when the CMS is unreachable', async () => {
    const client = createCmsClient({ baseUrl: 'http://127.0.0.1:9', retries: 0 })
    const error = await client.find('sites').catch((e) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toMatch(/^CMS unreachable: GET http:\/\/127\.0\.0\.1:9\/api\/sites/)
  })
})

describe('media URLs', () => {
  it('reads the CMS’s own files through CMS_URL, whatever serverURL it advertises', () => {
    const client = createCmsClient({ baseUrl: 'http://localhost:3100' })
    expect(client.absolute('/api/media/file/a.jpg')).toBe(
      'http://localhost:3100/api/media/file/a.jpg',
    )
    expect(client.absolute('http://localhost:3000/api/media/file/a.jpg')).toBe(
      'http://localhost:3100/api/media/file/a.jpg',
    )
    expect(client.absolute('https://cdn.example.ma/a.jpg')).toBe('https://cdn.example.ma/a.jpg')
  })
})
