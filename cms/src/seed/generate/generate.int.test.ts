import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sites as registrySites } from '@bawaba/registry'
import { createLocalReq, handleEndpoints, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'
import { buildWorld, startTestPayload, type TestWorld } from '../../test/payload.ts'
import { atomically } from '../../lib/atomically.ts'
import { prng } from '../random.ts'
import { event, image, newsItem, page, type SiteContext } from './documents.ts'
import { cityTotals, generateCity, type GenerateFigures, type Writer } from './index.ts'
import { uuidFrom } from './ids.ts'
import { benchImageSvg, renderBenchImage } from './images.ts'
import { writeRows, type GeneratedDocument } from './rows.ts'
import { copyUpload, storedUpload } from './uploads.ts'

/**
 * The bench's city generator at a tiny scale: what it writes reads back through Payload as an
 * editor's save would (every written locale, a version per document, drafts not public), in the
 * counts the scale asks for; it writes the same city every time, by either writer; and a
 * document its fast path writes as rows is indistinguishable from one made by `payload.create`.
 * One Payload for both parts (a fresh database costs ≈ 10–20 s).
 */
let payload: Payload
let world: TestWorld

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

type Json = Record<string, any>

let figures: GenerateFigures
const scale = 0.005

const count = (n: number) => Math.max(1, Math.round(n * scale))

describe('generateCity', () => {
  beforeAll(async () => {
    figures = await generateCity(payload, { scale, sites: ['casablanca', 'anfa'] })
  })

  it('creates the scaled counts per site, as rows on SQLite', async () => {
    expect(figures.writer).toBe('rows')
    const expected = (kind: keyof typeof cityTotals) =>
      count(cityTotals[kind].central) + count(cityTotals[kind].arrondissement)
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
    expect(Object.keys(figures.perCollectionDocumentsPerSecond).sort()).toEqual(
      ['events', 'media', 'news', 'pages'].sort(),
    )
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

  it('publishes its images (uploads have drafts): anonymous callers read each, with one version', async () => {
    const generated = { site: { in: [world.sites.casablanca, world.sites.anfa] } }
    const all = await payload.count({ collection: 'media', where: generated, overrideAccess: true })
    const anonymous = await payload.count({
      collection: 'media',
      where: generated,
      overrideAccess: false,
    })
    expect(all.totalDocs).toBe(figures.counts.media)
    expect(anonymous.totalDocs).toBe(all.totalDocs)
    const versions = await payload.countVersions({
      collection: 'media',
      where: {
        'version.site': { in: [world.sites.casablanca, world.sites.anfa] },
        'version._status': { equals: 'published' },
        latest: { equals: true },
      },
    })
    expect(versions.totalDocs).toBe(all.totalDocs)
  })

  it('writes the same city every time, as rows or through the Local API (MongoDB’s path)', async () => {
    const site = world.sites.maarif
    const sitesById = new Map(Object.entries(world.sites).map(([slug, id]) => [id, slug]))
    /** What maarif shows, with ids replaced by what they point at (ids differ by writer). */
    const content = async () => {
      const read = async (collection: CollectionSlug) =>
        (
          await payload.find({
            collection,
            where: { site: { equals: site } },
            locale: 'all' as never,
            depth: 1,
            draft: true,
            limit: 1000,
            sort: collection === 'media' ? 'filename' : 'slug',
            overrideAccess: true,
          })
        ).docs.map((doc) =>
          JSON.parse(
            JSON.stringify(doc, (key, value) => {
              if (['id', 'createdAt', 'updatedAt', 'url', 'thumbnailURL'].includes(key))
                return undefined
              if (key === 'site') return undefined
              if (key === 'featuredOn') return (value as { slug: string }[]).map((s) => s.slug)
              if ((key === 'heroImage' || key === 'image') && value) return value.filename
              if (key === 'parent' && value) return value.slug
              return typeof value === 'string' && sitesById.has(value)
                ? sitesById.get(value)
                : value
            }),
          ),
        )
      return {
        media: await read('media'),
        news: await read('news'),
        events: await read('events'),
        pages: await read('pages'),
      }
    }
    const generate = async (writer: Writer) => {
      const result = await generateCity(payload, { scale: 0.02, sites: ['maarif'], writer })
      expect(result.writer).toBe(writer)
      const seen = await content()
      for (const collection of ['pages', 'events', 'news', 'media'] as const)
        await payload.delete({
          collection,
          where: { site: { equals: site } },
          overrideAccess: true,
          context: { skipBuilds: true },
        })
      return seen
    }
    const throughApi = await generate('local-api')
    const asRows = await generate('rows')
    const again = await generate('rows')
    expect(asRows).toEqual(throughApi)
    expect(again).toEqual(asRows)
    expect(asRows.news.length).toBe(24)
    expect(asRows.news.some((n: Record<string, unknown>) => n.heroImage)).toBe(true)
    expect(asRows.pages.length).toBeGreaterThan(0)
  })
})

/**
 * The generator's fast path writes rows through the database adapter instead of
 * `payload.create`. For generated documents of every shape (four locales or two, hero image,
 * featured on districts, draft, event with its picture, section page and nested page), a
 * document written by the fast path must be indistinguishable from the same data created
 * through `payload.create`: the same rows in every table (ids and times aside), and the same
 * answers from the Local API and REST (find, findByID with every locale, versions, anonymous
 * reads of drafts).
 */
let token: string
let equivalenceSite: string
let equivalenceCtx: SiteContext
const samples: Record<string, GeneratedDocument> = {}
const references: Record<string, Record<string, any>> = {}

/**
 * Generated documents of every shape, on a portal of their own (clear of the ids and slugs of
 * the city generated above), each observed as payload.create writes it, then as rows.
 */
async function prepareSamples() {
  const siteId = (equivalenceSite = String(
    (
      await payload.create({
        collection: 'sites',
        data: {
          slug: 'equivalence',
          code: 'EQV',
          kind: 'central',
          name: 'equivalence',
          domain: 'equivalence.test',
          accentColor: '#0b5a6b',
        } as never,
      })
    ).id,
  ))
  token = (
    await payload.login({
      collection: 'users',
      data: { email: 'admin@test.ma', password: 'test-password-1' },
    })
  ).token!
  const images: string[] = []
  const jpeg = await sharp({
    create: { width: 64, height: 36, channels: 3, background: '#8aa' },
  })
    .jpeg()
    .toBuffer()
  for (const n of [1, 2]) {
    const media = await payload.create({
      collection: 'media',
      data: { alt: `image ${n}`, site: siteId, _status: 'published' } as never,
      file: { data: jpeg, mimetype: 'image/jpeg', name: `equivalence-${n}.jpg`, size: jpeg.length },
    })
    images.push(String(media.id))
  }
  const ctx: SiteContext = (equivalenceCtx = {
    site: { ...registrySites.find((s) => s.kind === 'central')!, slug: 'equivalence' },
    siteId,
    districtIds: [world.sites.anfa, world.sites.maarif],
    images,
    sections: [],
  })
  // The first generated document of each shape, from the generator's own functions.
  const first = (
    make: (i: number) => GeneratedDocument,
    test: (d: Record<string, any>) => boolean,
  ) => {
    for (let i = 0; i < 20_000; i++) {
      const doc = make(i)
      if (test(doc.data)) return doc
    }
    throw new Error('no generated document of that shape')
  }
  const rNews = prng(1)
  const news = (i: number) => newsItem(rNews, ctx, i)
  samples.newsEveryLocale = first(
    news,
    (d) => 'zgh' in d.title && 'en' in d.title && d.heroImage && d.featuredOn?.length > 1,
  )
  samples.newsTwoLocales = first(news, (d) => !('zgh' in d.title) && !d.heroImage)
  samples.newsDraft = first(news, (d) => d._status === 'draft')
  const rEvents = prng(2)
  samples.event = first(
    (i) => event(rEvents, ctx, i),
    (d) => Boolean(d.image),
  )
  const rPages = prng(3)
  samples.sectionPage = page(rPages, ctx, 0)
  ctx.sections.push({ id: samples.sectionPage.id, path: String(samples.sectionPage.data.path) })
  samples.nestedPage = first(
    (i) => page(rPages, ctx, 10 + i),
    (d) => Boolean(d.parent),
  )
  // The section page stays (written by the fast path) as the nested pages' parent.
  await write([samples.sectionPage])
  // Each document through payload.create first (then deleted: slugs are unique per site)…
  for (const [name, doc] of Object.entries(samples)) {
    if (doc === samples.sectionPage) continue
    const id = await createThroughApi(doc)
    references[name] = await observe(doc, id)
    await payload.delete({ collection: doc.collection, id, context: { skipBuilds: true } })
  }
  // …then all of them through the fast path, together, as the generator batches them.
  await write(Object.values(samples).filter((doc) => doc !== samples.sectionPage))
}

/** The same data through `payload.create`: the reference. */
async function createThroughApi(doc: GeneratedDocument): Promise<string> {
  const created = await payload.create({
    collection: doc.collection,
    locale: 'all' as never,
    data: structuredClone(doc.data) as never,
    draft: doc.data._status === 'draft',
    depth: 0,
    context: { skipBuilds: true },
  })
  return String(created.id)
}

/** Through the generator's fast path, several documents in one transaction as it writes them. */
async function write(docs: GeneratedDocument[]) {
  const req = await createLocalReq({}, payload)
  await atomically(req, () => writeRows(req, structuredClone(docs)))
}

/** Everything Payload answers about a document, as JSON. */
async function views(collection: GeneratedDocument['collection'], id: string) {
  const rest = async (url: string, auth = true) => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/${url}`, {
        headers: auth ? { authorization: `JWT ${token}` } : {},
      }),
    })
    return { status: response.status, body: (await response.json()) as Json }
  }
  const versions = { parent: { equals: id } }
  return {
    localAll: await payload.findByID({
      collection,
      id,
      locale: 'all' as never,
      depth: 0,
      draft: true,
    }),
    localFrenchPopulated: await payload.findByID({ collection, id, locale: 'fr', depth: 1 }),
    localFindArabic: (
      await payload.find({ collection, where: { id: { equals: id } }, locale: 'ar', draft: true })
    ).docs,
    localVersions: (
      await payload.findVersions({ collection, where: versions, locale: 'all' as never, depth: 0 })
    ).docs,
    versionCount: (await payload.countVersions({ collection, where: versions })).totalDocs,
    restAll: await rest(`${collection}/${id}?locale=all&depth=0&draft=true`),
    restEnglish: await rest(`${collection}/${id}?locale=en&depth=1`),
    restVersions: await rest(
      `${collection}/versions?where[parent][equals]=${id}&locale=all&depth=0`,
    ),
    restAnonymous: await rest(`${collection}/${id}?locale=ar`, false),
    restAnonymousList: await rest(`${collection}?where[id][equals]=${id}&locale=fr`, false),
  }
}

/** Every row the document owns, table by table: its table, locales, relations, blocks, versions. */
async function rows(collection: string, id: string) {
  const client = (payload.db as unknown as { client: { execute: Function } }).client
  const query = async (sql: string, args: unknown[] = []) =>
    ((await client.execute({ sql, args })) as { rows: Json[] }).rows.map((r) => ({ ...r }))
  const tables = (
    await query(`select name from sqlite_master where type = 'table' order by name`)
  ).map((r) => String(r.name))
  const columnsOf = async (table: string) =>
    (await query(`pragma table_info("${table}")`)).map((c) => String(c.name))
  const out: Record<string, Json[]> = {}
  // Row ids that are integers (locales, relations, a version's blocks) count per table; they are
  // replaced by their rank in their table, and so are the references to them.
  const ranks = new Map<string, Map<unknown, string>>()
  const rankOf = (table: string, value: unknown) => {
    if (!ranks.has(table)) ranks.set(table, new Map())
    const seen = ranks.get(table)!
    if (!seen.has(value)) seen.set(value, `${table} row ${seen.size}`)
    return seen.get(value)
  }
  /** The rows of `table` whose `column` is one of `ids`, then the rows that hang from them. */
  const walk = async (table: string, column: string, ids: unknown[], parentTable?: string) => {
    if (!ids.length) return
    const found = await query(
      `select * from "${table}" where "${column}" in (${ids.map(() => '?').join(',')}) order by rowid`,
      ids,
    )
    if (!found.length) return
    for (const child of tables.filter((t) => t.startsWith(`${table}_`))) {
      const columns = await columnsOf(child)
      const parent = columns.includes('_parent_id') ? '_parent_id' : 'parent_id'
      if (columns.includes(parent))
        await walk(
          child,
          parent,
          found.map((r) => r.id),
          table,
        )
    }
    for (const row of found) {
      if (typeof row.id === 'number') row.id = rankOf(table, row.id)
      if (parentTable && typeof row[column] === 'number')
        row[column] = rankOf(parentTable, row[column])
    }
    out[table] = [...(out[table] ?? []), ...found]
  }
  await walk(collection, 'id', [id])
  if (tables.includes(`_${collection}_v`)) await walk(`_${collection}_v`, 'parent_id', [id])
  return out
}

const timeKeys = /^(version_)?(created_at|updated_at)$|^(createdAt|updatedAt)$/

/**
 * Ids and times out, structure kept: each id is replaced by its rank of first appearance (so
 * a locale row still points at the version it belongs to), each timestamp by a marker.
 */
function normalise(value: unknown, own: Set<string>) {
  const names = new Map<string, string>()
  const walk = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x))
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
    if (timeKeys.test(key) && v) return '<time>'
    const text = String(v)
    if (own.has(text) || ((key === 'id' || key === '_parent_id') && v !== null)) {
      if (!names.has(text)) names.set(text, `<id ${names.size}>`)
      return names.get(text)
    }
    if (key === 'token' || key === 'exp') return '<token>'
    return v
  }
  return walk(value)
}

/** Rows and views of a document, ids and times out. */
async function observe(doc: GeneratedDocument, id: string) {
  const observed = {
    rows: await rows(doc.collection, id),
    views: await views(doc.collection, id),
  }
  const versionIds = (observed.rows[`_${doc.collection}_v`] ?? []).map((r) => String(r.id))
  return normalise(observed, new Set([id, ...versionIds])) as Json
}

describe('a document written by the generator’s fast path', () => {
  beforeAll(prepareSamples)

  for (const name of [
    'newsEveryLocale',
    'newsTwoLocales',
    'newsDraft',
    'event',
    'nestedPage',
  ] as const) {
    it(`equals one made by payload.create from the same data (${name})`, async () => {
      const doc = samples[name]!
      const reference = references[name]!
      expect(await observe(doc, doc.id)).toEqual(reference)
      // The comparison is not vacuous: the document was there, with its version and locales.
      const seen = reference
      expect(seen.rows[doc.collection]).toHaveLength(1)
      expect(seen.rows[`_${doc.collection}_v`]).toHaveLength(1)
      expect(seen.views.versionCount).toBe(1)
      expect(Object.keys(seen.views.localAll.title).sort()).toEqual(
        Object.keys(doc.data.title as Json).sort(),
      )
      expect(seen.views.restAll.status).toBe(200)
      expect(seen.views.restAnonymous.status).toBe(doc.data._status === 'draft' ? 404 : 200)
    })
  }

  it('covers relations and nesting: featured districts, hero image, parent path', () => {
    const news = samples.newsEveryLocale!.data as Json
    expect(news.featuredOn.length).toBeGreaterThan(1)
    expect(news.heroImage).toBeTruthy()
    const nested = samples.nestedPage!.data as Json
    expect(nested.path).toBe(`${samples.sectionPage!.data.path}/${nested.slug}`)
  })

  it('copies an upload as payload.create makes it under that name, published: rows, versions, files, Local API and REST', async () => {
    // The generator's own image: its picture, alternative text, site and status.
    const planned = image(prng(4), equivalenceCtx, 0)
    const jpeg = await renderBenchImage(planned.svg!)
    const { data } = planned
    expect(data._status).toBe('published')
    const upload = async (name: string) =>
      String(
        (
          await payload.create({
            collection: 'media',
            locale: 'all' as never,
            data: structuredClone(data) as never,
            file: { data: jpeg, mimetype: 'image/jpeg', name, size: jpeg.length },
            depth: 0,
            context: { skipBuilds: true },
          })
        ).id,
      )
    const staticDir = payload.collections.media.config.upload.staticDir!
    const rest = async (url: string, auth = true) => {
      const response = await handleEndpoints({
        config: payload.config,
        request: new Request(`http://localhost/api/${url}`, {
          headers: auth ? { authorization: `JWT ${token}` } : {},
        }),
      })
      return { status: response.status, body: (await response.json()) as Json }
    }
    /**
     * The media document's rows (its versions' included), what the Local API and REST answer
     * (every locale, versions, anonymous reads), and its files' bytes as served.
     */
    const observeMedia = async (id: string) => {
      const local = (await payload.findByID({
        collection: 'media',
        id,
        locale: 'all' as never,
        depth: 0,
        draft: true,
      })) as Json
      const versions = { parent: { equals: id } }
      const urls = [
        local.url,
        ...Object.values(local.sizes as Record<string, Json>).map((s) => s.url),
      ]
      const files: Record<string, string> = {}
      for (const url of urls.filter(Boolean) as string[]) {
        const { pathname } = new URL(url, 'http://localhost')
        const served = await handleEndpoints({
          config: payload.config,
          request: new Request(`http://localhost${pathname}`),
        })
        expect(served.status, pathname).toBe(200)
        const bytes = Buffer.from(await served.arrayBuffer())
        const name = decodeURIComponent(pathname.split('/').pop()!)
        expect(bytes.equals(readFileSync(path.join(staticDir, name))), name).toBe(true)
        files[name] = createHash('sha256').update(bytes).digest('hex')
      }
      const stored = await rows('media', id)
      const observed = {
        rows: stored,
        local,
        localFrench: await payload.findByID({ collection: 'media', id, locale: 'fr', depth: 0 }),
        localVersions: (
          await payload.findVersions({
            collection: 'media',
            where: versions,
            locale: 'all' as never,
            depth: 0,
          })
        ).docs,
        versionCount: (await payload.countVersions({ collection: 'media', where: versions }))
          .totalDocs,
        restAll: await rest(`media/${id}?locale=all&depth=0&draft=true`),
        restVersions: await rest(`media/versions?where[parent][equals]=${id}&locale=all&depth=0`),
        restAnonymous: await rest(`media/${id}?locale=ar`, false),
        restAnonymousList: await rest(`media?where[id][equals]=${id}&locale=fr`, false),
        files,
      }
      const versionIds = (stored._media_v ?? []).map((r) => String(r.id))
      return normalise(observed, new Set([id, ...versionIds])) as Json
    }

    const reference = await upload('equivalence-copy.jpg')
    const expected = await observeMedia(reference)
    await payload.delete({ collection: 'media', id: reference, context: { skipBuilds: true } })
    expect(existsSync(path.join(staticDir, 'equivalence-copy.jpg'))).toBe(false)

    const template = await upload('equivalence-picture.jpg')
    const id = uuidFrom('equivalence:media:copy')
    const req = await createLocalReq({ context: { skipBuilds: true } }, payload)
    await atomically(req, async () => {
      const stored = await storedUpload(req, 'media', template)
      await writeRows(req, [
        await copyUpload(req, stored, { id, filename: 'equivalence-copy.jpg', data }),
      ])
    })
    const copied = await observeMedia(id)
    expect(copied).toEqual(expected)
    // Not vacuous: the original and three sizes, each with its own file; published, with one
    // published version that holds the sizes; public to anonymous callers.
    expect(Object.keys(copied.files).sort()).toEqual([
      'equivalence-copy-1024x576.jpg',
      'equivalence-copy-480x270.jpg',
      'equivalence-copy-960x540.jpg',
      'equivalence-copy.jpg',
    ])
    expect(copied.rows.media_locales).toHaveLength(2)
    expect(copied.rows.media[0]._status).toBe('published')
    expect(copied.rows._media_v).toHaveLength(1)
    expect(copied.rows._media_v[0].version__status).toBe('published')
    expect(copied.rows._media_v[0].latest).toBeTruthy()
    expect(copied.rows._media_v[0].version_sizes_card_filename).toBe('equivalence-copy-960x540.jpg')
    expect(copied.rows._media_v_locales).toHaveLength(2)
    expect(copied.versionCount).toBe(1)
    expect(copied.localVersions[0].version.sizes.hero.filename).toBe(
      'equivalence-copy-1024x576.jpg',
    )
    expect(copied.restVersions.status).toBe(200)
    expect(copied.restVersions.body.docs).toHaveLength(1)
    expect(copied.restAnonymous.status).toBe(200)
    expect(copied.restAnonymousList.body.docs).toHaveLength(1)
  })
})
