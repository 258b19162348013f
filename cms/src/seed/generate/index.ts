import { createHash } from 'node:crypto'
import { eventCategories, newsCategories } from '@bawaba/schemas'
import { sites as registrySites, type Locale, type SiteEntry } from '@bawaba/registry'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { atomically } from '../../lib/atomically.ts'
import { slugify } from '../../fields/slug.ts'
import { paragraphsToLexical } from '../lexical.ts'
import { renderBenchImage } from './images.ts'
import { pick, prng, type Rand } from '../random.ts'
import { article, int, pageTopics, venue } from './text.ts'

/**
 * City-scale synthetic content for `npm run bench`, added through the Local API on top of the
 * normal seed: the same hooks, validation and versions as an editor's save. Deterministic: the
 * same scale gives the same documents (dates count from a fixed day, not from today).
 */
export interface GenerateOptions {
  /** 1 = the city: ≈ 25,000 news, 5,000 events, 500 pages, 2,000 images. */
  scale?: number
  /** Slugs of the sites to fill (default: all 17); the others are left as they are. */
  sites?: string[]
  /** Documents written per SQLite transaction. */
  batch?: number
  log?: (line: string) => void
}

export interface GenerateFigures {
  scale: number
  seconds: number
  /** Documents created per collection. */
  counts: Record<'media' | 'news' | 'events' | 'pages', number>
  /** Documents created per second: one Local API create each, every locale at once. */
  documentsPerSecond: number
  perCollectionSeconds: Record<string, number>
}

/** The city's totals at scale 1, split between the portal and the 16 arrondissements. */
export const cityTotals = {
  news: { central: 6000, arrondissement: 1200 },
  events: { central: 1000, arrondissement: 250 },
  pages: { central: 68, arrondissement: 27 },
  media: { central: 480, arrondissement: 95 },
} as const

/** Share of documents that also have Amazigh, English; share of central news featured. */
const share = { zgh: 0.2, en: 0.35, heroImage: 0.6, eventImage: 0.5, featured: 0.08, draft: 0.02 }

const DAY = 86_400_000
/** Dates count from here, so a generated database is the same whenever it is generated. */
const anchor = Date.UTC(2026, 10, 1, 9)

const countFor = (kind: keyof typeof cityTotals, site: SiteEntry, scale: number) =>
  Math.max(1, Math.round(cityTotals[kind][site.kind] * scale))

/** Locales a generated document is written in: Arabic and French always. */
function localesOf(r: Rand): Locale[] {
  const out: Locale[] = ['ar', 'fr']
  if (r() < share.zgh) out.push('zgh')
  if (r() < share.en) out.push('en')
  return out
}

const lexical = (paragraphs: string[], locale: Locale) =>
  paragraphsToLexical(paragraphs, { dir: locale === 'ar' ? 'rtl' : 'ltr' })

/** A stable number from a string, to seed one PRNG per site and collection. */
const seedOf = (text: string) => createHash('sha256').update(text).digest().readUInt32LE(0)

export async function generateCity(
  payload: Payload,
  options: GenerateOptions = {},
): Promise<GenerateFigures> {
  const scale = options.scale ?? 1
  const batch = options.batch ?? 200
  const log = options.log ?? (() => {})
  const started = performance.now()
  const counts = { media: 0, news: 0, events: 0, pages: 0 }
  const perCollectionSeconds: Record<string, number> = {}

  const siteDocs = await payload.find({ collection: 'sites', limit: 100, depth: 0 })
  const siteIds = new Map(siteDocs.docs.map((s) => [s.slug as string, String(s.id)]))
  const targets = registrySites.filter((s) => !options.sites || options.sites.includes(s.slug))
  const districtIds = targets
    .filter((s) => s.kind === 'arrondissement')
    .map((s) => siteIds.get(s.slug)!)

  /**
   * Writes `count` documents in transactions of `batch`: one commit per batch instead of one
   * per statement is what makes SQLite fast here; hooks and validation run as for any save.
   */
  async function inBatches(
    collection: string,
    count: number,
    write: (i: number, req: PayloadRequest) => Promise<void>,
  ) {
    const t0 = performance.now()
    for (let from = 0; from < count; from += batch) {
      const req = await createLocalReq({ context: { skipChildPaths: true } }, payload)
      await atomically(req, async () => {
        for (let i = from; i < Math.min(count, from + batch); i++) await write(i, req)
      })
    }
    perCollectionSeconds[collection] =
      (perCollectionSeconds[collection] ?? 0) + (performance.now() - t0) / 1000
  }

  /**
   * One create with every written locale (`locale: 'all'`, locale-keyed values): the same
   * hooks, validation and single version as a save, without one update per translation.
   */
  async function createLocalized(
    req: PayloadRequest,
    collection: CollectionSlug,
    common: Record<string, unknown>,
    byLocale: Partial<Record<Locale, Record<string, unknown>>>,
    published: boolean,
  ) {
    const localized: Record<string, Partial<Record<Locale, unknown>>> = {}
    for (const [locale, fields] of Object.entries(byLocale))
      for (const [name, value] of Object.entries(fields ?? {}))
        (localized[name] ??= {})[locale as Locale] = value
    const doc = await payload.create({
      collection,
      locale: 'all' as never,
      data: { ...common, ...localized, _status: published ? 'published' : 'draft' } as never,
      draft: !published,
      depth: 0,
      req,
    })
    return String(doc.id)
  }

  for (const site of targets) {
    const siteId = siteIds.get(site.slug)
    if (!siteId) throw new Error(`generate: site '${site.slug}' is not seeded`)
    const t0 = performance.now()

    // Images: a pool per site that news and events draw from.
    const images: string[] = []
    const rImages = prng(seedOf(`${site.slug}:media`))
    await inBatches('media', countFor('media', site, scale), async (i, req) => {
      const data = await renderBenchImage(rImages, site.accent)
      const subject = article(rImages)
      const doc = await payload.create({
        collection: 'media',
        locale: 'all' as never,
        data: {
          alt: { ar: subject.title.ar, fr: subject.title.fr },
          site: siteId,
          _status: 'published',
        } as never,
        file: {
          data,
          mimetype: 'image/jpeg',
          name: `bench-${site.slug}-${i + 1}.jpg`,
          size: data.length,
        },
        depth: 0,
        req,
      })
      images.push(String(doc.id))
      counts.media++
    })

    const rNews = prng(seedOf(`${site.slug}:news`))
    await inBatches('news', countFor('news', site, scale), async (i, req) => {
      const text = article(rNews)
      const locales = localesOf(rNews)
      const featured =
        site.kind === 'central' && rNews() < share.featured
          ? [...new Set(Array.from({ length: int(rNews, 1, 3) }, () => pick(rNews, districtIds)))]
          : []
      const hero = rNews() < share.heroImage ? pick(rNews, images) : undefined
      const daysAgo = Math.floor(rNews() * 6 * 365)
      await createLocalized(
        req,
        'news',
        {
          site: siteId,
          slug: `${slugPart(text.title.fr)}-${i + 1}`,
          category: pick(rNews, newsCategories),
          publishedAt: new Date(anchor - daysAgo * DAY - int(rNews, 0, 600) * 60_000).toISOString(),
          ...(hero ? { heroImage: hero } : {}),
          ...(featured.length ? { featuredOn: featured } : {}),
        },
        Object.fromEntries(
          locales.map((l) => [
            l,
            {
              title: text.title[l],
              summary: text.summary[l],
              body: lexical(text.paragraphs[l], l),
            },
          ]),
        ),
        rNews() >= share.draft,
      )
      counts.news++
    })

    const rEvents = prng(seedOf(`${site.slug}:events`))
    await inBatches('events', countFor('events', site, scale), async (i, req) => {
      const text = article(rEvents)
      const place = venue(rEvents)
      const locales = localesOf(rEvents)
      // Three years back to nine months ahead, at a local hour between 9:00 and 19:00.
      const day = Math.floor(rEvents() * (3 * 365 + 270)) - 3 * 365
      const startsAt = anchor + day * DAY + int(rEvents, 0, 10) * 3_600_000
      const image = rEvents() < share.eventImage ? pick(rEvents, images) : undefined
      await createLocalized(
        req,
        'events',
        {
          site: siteId,
          slug: `${slugPart(text.title.fr)}-event-${i + 1}`,
          category: pick(rEvents, eventCategories),
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + int(rEvents, 1, 6) * 3_600_000).toISOString(),
          ...(image ? { image } : {}),
        },
        Object.fromEntries(
          locales.map((l) => [
            l,
            {
              title: text.title[l],
              summary: text.summary[l],
              venue: place[l],
              body: lexical(text.paragraphs[l], l),
            },
          ]),
        ),
        true,
      )
      counts.events++
    })

    // Pages: a topic per section page, the rest nested under one (paths like `topic/page-n`).
    const rPages = prng(seedOf(`${site.slug}:pages`))
    const parents: string[] = []
    await inBatches('pages', countFor('pages', site, scale), async (i, req) => {
      const topic = i < pageTopics.length ? pageTopics[i]! : undefined
      const text = article(rPages)
      const title = topic ?? text.title
      const locales = localesOf(rPages)
      const id = await createLocalized(
        req,
        'pages',
        {
          site: siteId,
          slug: topic ? `guide-${slugPart(topic.fr)}` : `${slugPart(text.title.fr)}-page-${i + 1}`,
          ...(!topic && parents.length ? { parent: pick(rPages, parents) } : {}),
          // The layout is shared; the text inside a block is per locale.
          layout: [
            {
              blockType: 'richText',
              content: Object.fromEntries(locales.map((l) => [l, lexical(text.paragraphs[l], l)])),
            },
          ],
        },
        Object.fromEntries(
          locales.map((l) => [
            l,
            {
              title: title[l],
              summary: text.summary[l],
            },
          ]),
        ),
        true,
      )
      if (topic) parents.push(id)
      counts.pages++
    })
    log(
      `${site.slug}: ${counts.media} images, ${counts.news} news, ${counts.events} events, ${counts.pages} pages so far (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
    )
  }

  const seconds = (performance.now() - started) / 1000
  const documents = counts.media + counts.news + counts.events + counts.pages
  return {
    scale,
    seconds: round(seconds),
    counts,
    documentsPerSecond: round(documents / seconds),
    perCollectionSeconds: Object.fromEntries(
      Object.entries(perCollectionSeconds).map(([k, v]) => [k, round(v)]),
    ),
  }
}

const round = (n: number) => Math.round(n * 10) / 10

/** The Latin part of a slug, from the French title (shorter than an editor's). */
const slugPart = (text: string) => slugify(text).slice(0, 60).replace(/-+$/, '')
