import { sites as registrySites, type SiteEntry } from '@bawaba/registry'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { atomically } from '../../lib/atomically.ts'
import { prng, type Rand } from '../random.ts'
import { event, image, newsItem, page, type PlannedImage, type SiteContext } from './documents.ts'
import { seedOf } from './ids.ts'
import { renderBenchImage } from './images.ts'
import { writeRows, type GeneratedDocument } from './rows.ts'
import { copyUpload, storedUpload, type StoredUpload } from './uploads.ts'

/**
 * City-scale synthetic content for `npm run bench`, on top of the normal seed. Deterministic:
 * the same scale gives the same documents (dates count from a fixed day, not from today).
 *
 * Images go through `payload.create`, several at a time (Payload resizes each with sharp, off
 * the main thread, so both cores work), once per picture: a picture's other images copy what
 * Payload made of it. News, events and pages are written as rows through the database adapter
 * (`rows.ts`), the rows `payload.create` would write, in a fraction of its time. On MongoDB, or
 * with `writer: 'local-api'`, everything goes through `payload.create` instead.
 */
export interface GenerateOptions {
  /** 1 = the city: ≈ 25,000 news, 5,000 events, 500 pages, 2,000 images. */
  scale?: number
  /** Slugs of the sites to fill (default: all 17); the others are left as they are. */
  sites?: string[]
  /** Documents written per transaction. */
  batch?: number
  /** `rows` (SQLite's default) or `local-api` (MongoDB's: one `payload.create` each). */
  writer?: Writer
  /** Images uploaded at once (4: libuv's thread pool, which sharp works in, has four). */
  imageConcurrency?: number
  log?: (line: string) => void
}

export type Writer = 'rows' | 'local-api'

type Collection = 'media' | 'news' | 'events' | 'pages'

export interface GenerateFigures {
  scale: number
  seconds: number
  /** How news, events and pages were written. */
  writer: Writer
  /** Documents created per collection. */
  counts: Record<Collection, number>
  documentsPerSecond: number
  perCollectionSeconds: Record<string, number>
  perCollectionDocumentsPerSecond: Record<string, number>
}

/** The city's totals at scale 1, split between the portal and the 16 arrondissements. */
export const cityTotals = {
  news: { central: 6000, arrondissement: 1200 },
  events: { central: 1000, arrondissement: 250 },
  pages: { central: 68, arrondissement: 27 },
  media: { central: 480, arrondissement: 95 },
} as const

const countFor = (kind: keyof typeof cityTotals, site: SiteEntry, scale: number) =>
  Math.max(1, Math.round(cityTotals[kind][site.kind] * scale))

/** Hooks that only queue rebuilds or move child pages have nothing to do for a new city. */
const context = { skipBuilds: true, skipChildPaths: true }

export async function generateCity(
  payload: Payload,
  options: GenerateOptions = {},
): Promise<GenerateFigures> {
  const scale = options.scale ?? 1
  const writer: Writer = options.writer ?? (payload.db.name === 'sqlite' ? 'rows' : 'local-api')
  if (writer === 'rows' && payload.db.name !== 'sqlite')
    throw new Error(`generate: the rows writer is for SQLite, not ${payload.db.name}`)
  const batch = options.batch ?? (writer === 'rows' ? 500 : 200)
  // Uploads are slow enough that a hundred hold the write lock long enough.
  const imageBatch = Math.min(batch, 100)
  const imageConcurrency = options.imageConcurrency ?? 4
  const log = options.log ?? (() => {})
  const started = performance.now()
  const counts: Record<Collection, number> = { media: 0, news: 0, events: 0, pages: 0 }
  const perCollectionSeconds: Partial<Record<Collection, number>> = {}

  const siteDocs = await payload.find({ collection: 'sites', limit: 100, depth: 0 })
  const siteIds = new Map(siteDocs.docs.map((s) => [s.slug as string, String(s.id)]))
  const targets = registrySites.filter((s) => !options.sites || options.sites.includes(s.slug))
  const districtIds = targets
    .filter((s) => s.kind === 'arrondissement')
    .map((s) => siteIds.get(s.slug)!)

  /** `count` documents in transactions of `size`: one commit per batch, not per statement. */
  async function inBatches(
    collection: Collection,
    count: number,
    write: (from: number, to: number, req: PayloadRequest) => Promise<void>,
    size = batch,
  ) {
    const t0 = performance.now()
    for (let from = 0; from < count; from += size) {
      const req = await createLocalReq({ context }, payload)
      await atomically(req, () => write(from, Math.min(count, from + size), req))
    }
    perCollectionSeconds[collection] =
      (perCollectionSeconds[collection] ?? 0) + (performance.now() - t0) / 1000
    counts[collection] += count
  }

  /** One `payload.create`; answers the id Payload gave the document. */
  async function createThroughApi(req: PayloadRequest, doc: GeneratedDocument): Promise<string> {
    const created = await payload.create({
      collection: doc.collection,
      locale: 'all' as never,
      data: doc.data as never,
      draft: doc.data._status === 'draft',
      depth: 0,
      req,
    })
    return String(created.id)
  }

  /**
   * Documents drawn one after another from `r`: as rows, all of a batch at once; through the
   * Local API, each written before the next is drawn (a page's parent has its id then).
   */
  const writeEach =
    (
      r: Rand,
      ctx: SiteContext,
      make: (r: Rand, ctx: SiteContext, i: number) => GeneratedDocument,
      after?: (doc: GeneratedDocument, id: string) => void,
    ) =>
    async (from: number, to: number, req: PayloadRequest) => {
      const docs: GeneratedDocument[] = []
      for (let i = from; i < to; i++) {
        const doc = make(r, ctx, i)
        if (writer === 'rows') docs.push(doc)
        const id = writer === 'rows' ? doc.id : await createThroughApi(req, doc)
        after?.(doc, id)
      }
      if (docs.length) await writeRows(req, docs)
    }

  /**
   * Images: each picture's first image through `payload.create`, which resizes it with sharp
   * off the main thread (`imageConcurrency` at once keep both cores busy); the picture's other
   * images copy what Payload made of it (`uploads.ts`) as rows, or through the Local API are
   * uploaded again. Drawn in order first, so nothing depends on which upload finishes first.
   */
  const upload = (r: Rand, ctx: SiteContext) => {
    const made = new Map<number, { jpeg: Buffer; stored?: StoredUpload }>()
    return async (from: number, to: number, req: PayloadRequest) => {
      const planned = Array.from({ length: to - from }, (_, k) => image(r, ctx, from + k))
      const createMedia = async (picture: PlannedImage) => {
        let source = made.get(picture.picture)
        if (!source)
          made.set(picture.picture, (source = { jpeg: await renderBenchImage(picture.svg!) }))
        // Each upload its own request (Payload keeps the file on it), in the batch's transaction.
        const own = await createLocalReq({ context }, payload)
        own.transactionID = req.transactionID
        const { jpeg } = source
        const doc = await payload.create({
          collection: 'media',
          locale: 'all' as never,
          data: picture.data as never,
          file: { data: jpeg, mimetype: 'image/jpeg', name: picture.filename, size: jpeg.length },
          depth: 0,
          req: own,
        })
        if (writer === 'rows') source.stored = await storedUpload(req, 'media', String(doc.id))
        return String(doc.id)
      }
      // First each picture's first image, then the others: theirs is made by then.
      const firsts = planned.filter((p) => p.svg)
      const others = planned.filter((p) => !p.svg)
      const ids = new Map<PlannedImage, string>()
      const remember = (images: PlannedImage[], written: string[]) =>
        images.forEach((p, k) => ids.set(p, written[k]!))
      remember(firsts, await inParallel(firsts, imageConcurrency, createMedia))
      if (writer === 'rows') {
        const copies: GeneratedDocument[] = []
        for (const p of others) copies.push(await copyUpload(req, made.get(p.picture)!.stored!, p))
        await writeRows(req, copies)
        remember(
          others,
          others.map((p) => p.id),
        )
      } else remember(others, await inParallel(others, imageConcurrency, createMedia))
      ctx.images.push(...planned.map((p) => ids.get(p)!))
    }
  }

  for (const site of targets) {
    const siteId = siteIds.get(site.slug)
    if (!siteId) throw new Error(`generate: site '${site.slug}' is not seeded`)
    const t0 = performance.now()
    const ctx: SiteContext = { site, siteId, districtIds, images: [], sections: [] }

    // Images first: a pool per site that news and events draw from.
    const rImages = prng(seedOf(`${site.slug}:media`))
    await inBatches('media', countFor('media', site, scale), upload(rImages, ctx), imageBatch)

    const rNews = prng(seedOf(`${site.slug}:news`))
    await inBatches('news', countFor('news', site, scale), writeEach(rNews, ctx, newsItem))
    const rEvents = prng(seedOf(`${site.slug}:events`))
    await inBatches('events', countFor('events', site, scale), writeEach(rEvents, ctx, event))
    const rPages = prng(seedOf(`${site.slug}:pages`))
    await inBatches(
      'pages',
      countFor('pages', site, scale),
      writeEach(rPages, ctx, page, (doc, id) => {
        if (!doc.data.parent) ctx.sections.push({ id, path: String(doc.data.path) })
      }),
    )
    log(
      `${site.slug}: ${counts.media} images, ${counts.news} news, ${counts.events} events, ${counts.pages} pages so far (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
    )
  }

  const seconds = (performance.now() - started) / 1000
  const documents = counts.media + counts.news + counts.events + counts.pages
  return {
    scale,
    seconds: round(seconds),
    writer,
    counts,
    documentsPerSecond: round(documents / seconds),
    perCollectionSeconds: Object.fromEntries(
      Object.entries(perCollectionSeconds).map(([k, v]) => [k, round(v)]),
    ),
    perCollectionDocumentsPerSecond: Object.fromEntries(
      Object.entries(perCollectionSeconds).map(([k, v]) => [k, round(counts[k as Collection] / v)]),
    ),
  }
}

const round = (n: number) => Math.round(n * 10) / 10

/** `work` over `items` with at most `limit` at once; results in the order of `items`. */
async function inParallel<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  const lane = async () => {
    while (next < items.length && !failed) {
      const i = next++
      try {
        results[i] = await work(items[i]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  // Every lane settles before the error goes up: nothing writes after its transaction is gone.
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, lane),
  )
  const rejected = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected')
  if (rejected) throw rejected.reason
  return results
}
