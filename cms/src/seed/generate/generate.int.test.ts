import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { buildWorld, startTestPayload, type TestWorld } from '../../test/payload.ts'
import { cityTotals, generateCity, type GenerateFigures } from './index.ts'

/**
 * The bench's city generator at a tiny scale on three sites: what it writes reads back through
 * Payload as an editor's save would (every written locale, a version per document, drafts not
 * public), in the counts the scale asks for.
 */
let payload: Payload
let world: TestWorld
let figures: GenerateFigures
const scale = 0.005

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
  figures = await generateCity(payload, { scale, sites: ['casablanca', 'anfa', 'maarif'] })
})

afterAll(async () => {
  await payload?.destroy()
})

const count = (n: number) => Math.max(1, Math.round(n * scale))

describe('generateCity', () => {
  it('creates the scaled counts per site', async () => {
    const expected = (kind: keyof typeof cityTotals) =>
      count(cityTotals[kind].central) + 2 * count(cityTotals[kind].arrondissement)
    expect(figures.counts).toEqual({
      media: expected('media'),
      news: expected('news'),
      events: expected('events'),
      pages: expected('pages'),
    })
    const anfaNews = await payload.count({
      collection: 'news',
      where: { site: { equals: world.sites.anfa } },
      overrideAccess: true,
    })
    expect(anfaNews.totalDocs).toBe(count(cityTotals.news.arrondissement))
  })

  it('writes Arabic and French always, right to left in Arabic, with one version each', async () => {
    const news = await payload.find({
      collection: 'news',
      where: { site: { equals: world.sites.casablanca } },
      locale: 'all' as never,
      limit: 100,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(news.docs.length).toBe(count(cityTotals.news.central))
    for (const doc of news.docs as unknown as Record<string, any>[]) {
      expect(doc.title.ar).toMatch(/[\u0600-\u06ff]/)
      expect(doc.title.fr).toBeTruthy()
      expect(doc.body.ar.root.direction).toBe('rtl')
      expect(doc.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
    const versions = await payload.countVersions({
      collection: 'news',
      where: { 'version.site': { equals: world.sites.casablanca } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(news.docs.length)
  })

  it('leaves drafts out of what the public reads', async () => {
    const all = await payload.count({ collection: 'news', overrideAccess: true })
    const published = await payload.count({
      collection: 'news',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    const anonymous = await payload.count({ collection: 'news', overrideAccess: false })
    expect(anonymous.totalDocs).toBe(published.totalDocs)
    expect(all.totalDocs).toBe(figures.counts.news)
  })

  it('nests pages under section pages and uploads images with their sizes', async () => {
    const pages = await payload.find({
      collection: 'pages',
      where: { site: { equals: world.sites.casablanca } },
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    expect(pages.docs.every((p) => typeof p.path === 'string' && p.path.length > 0)).toBe(true)
    const media = await payload.find({ collection: 'media', limit: 1, depth: 0 })
    const image = media.docs[0] as unknown as Record<string, any>
    expect(image.mimeType).toBe('image/jpeg')
    expect(image.sizes.thumbnail.width).toBe(480)
  })
})
