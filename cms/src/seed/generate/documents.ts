import { eventCategories, newsCategories } from '@bawaba/schemas'
import type { Locale, SiteEntry } from '@bawaba/registry'
import { slugify } from '../../fields/slug.ts'
import { paragraphsToLexical } from '../lexical.ts'
import { pick, type Rand } from '../random.ts'
import { benchImageSvg } from './images.ts'
import { objectIdFrom, uuidFrom } from './ids.ts'
import type { GeneratedDocument } from './rows.ts'
import { article, int, pageTopics, venue } from './text.ts'

/**
 * What each generated document holds, drawn from a seeded PRNG: the same site, collection and
 * index always give the same document, ids included. Values are final (slugs slugified, a page's
 * path computed, block ids set), so either writer stores exactly this.
 */

/** Share of documents that also have Amazigh, English; share of central news featured. */
const share = { zgh: 0.2, en: 0.35, heroImage: 0.6, eventImage: 0.5, featured: 0.08, draft: 0.02 }

const DAY = 86_400_000
/** Dates count from here, so a generated database is the same whenever it is generated. */
const anchor = Date.UTC(2026, 10, 1, 9)

/** What a site's documents refer to: its id, the districts, its images, its section pages. */
export interface SiteContext {
  site: SiteEntry
  siteId: string
  districtIds: string[]
  images: string[]
  /** Section pages written so far, with the path their children extend. */
  sections: { id: string; path: string }[]
}

/** Locales a generated document is written in: Arabic and French always. */
function localesOf(r: Rand): Locale[] {
  const out: Locale[] = ['ar', 'fr']
  if (r() < share.zgh) out.push('zgh')
  if (r() < share.en) out.push('en')
  return out
}

const lexical = (paragraphs: string[], locale: Locale) =>
  paragraphsToLexical(paragraphs, { dir: locale === 'ar' ? 'rtl' : 'ltr' })

/** The Latin part of a slug, from the French title (shorter than an editor's). */
const slugPart = (text: string) => slugify(text).slice(0, 60).replace(/-+$/, '')

/** Localized fields as Payload stores them with `locale: 'all'`: `{ field: { locale: value } }`. */
function byField(byLocale: Partial<Record<Locale, Record<string, unknown>>>) {
  const out: Record<string, Partial<Record<Locale, unknown>>> = {}
  for (const [locale, fields] of Object.entries(byLocale))
    for (const [name, value] of Object.entries(fields ?? {}))
      (out[name] ??= {})[locale as Locale] = value
  return out
}

const key = (ctx: SiteContext, collection: string, i: number) =>
  `${ctx.site.slug}:${collection}:${i}`

/**
 * Media documents per picture drawn: each has its own files and alternative text, but Payload
 * resizes a picture once and the others copy what it made (`uploads.ts`). The sites still
 * fetch and resize every file on its own (a rendition is keyed on its source's URL).
 */
export const imagesPerPicture = 4

/**
 * An uploaded image: its alternative text, file name and picture (drawn with the first).
 * Published: uploads have drafts, and only published ones are on the sites.
 */
export function image(r: Rand, ctx: SiteContext, i: number) {
  const picture = Math.floor(i / imagesPerPicture)
  const svg = i % imagesPerPicture === 0 ? benchImageSvg(r, ctx.site.accent) : undefined
  const subject = article(r)
  return {
    data: {
      alt: { ar: subject.title.ar, fr: subject.title.fr },
      site: ctx.siteId,
      _status: 'published',
    },
    id: uuidFrom(key(ctx, 'media', i)),
    filename: `bench-${ctx.site.slug}-${i + 1}.jpg`,
    picture,
    svg,
  }
}

export type PlannedImage = ReturnType<typeof image>

export function newsItem(r: Rand, ctx: SiteContext, i: number): GeneratedDocument {
  const text = article(r)
  const locales = localesOf(r)
  const featured =
    ctx.site.kind === 'central' && r() < share.featured
      ? [...new Set(Array.from({ length: int(r, 1, 3) }, () => pick(r, ctx.districtIds)))]
      : []
  const hero = r() < share.heroImage ? pick(r, ctx.images) : undefined
  const daysAgo = Math.floor(r() * 6 * 365)
  const data = {
    site: ctx.siteId,
    slug: slugify(`${slugPart(text.title.fr)}-${i + 1}`),
    category: pick(r, newsCategories),
    publishedAt: new Date(anchor - daysAgo * DAY - int(r, 0, 600) * 60_000).toISOString(),
    ...(hero ? { heroImage: hero } : {}),
    ...(featured.length ? { featuredOn: featured } : {}),
    ...byField(
      Object.fromEntries(
        locales.map((l) => [
          l,
          { title: text.title[l], summary: text.summary[l], body: lexical(text.paragraphs[l], l) },
        ]),
      ),
    ),
  }
  const published = r() >= share.draft
  return {
    collection: 'news',
    id: uuidFrom(key(ctx, 'news', i)),
    data: { ...data, _status: published ? 'published' : 'draft' },
  }
}

export function event(r: Rand, ctx: SiteContext, i: number): GeneratedDocument {
  const text = article(r)
  const place = venue(r)
  const locales = localesOf(r)
  // Three years back to nine months ahead, at a local hour between 9:00 and 19:00.
  const day = Math.floor(r() * (3 * 365 + 270)) - 3 * 365
  const startsAt = anchor + day * DAY + int(r, 0, 10) * 3_600_000
  const picture = r() < share.eventImage ? pick(r, ctx.images) : undefined
  return {
    collection: 'events',
    id: uuidFrom(key(ctx, 'events', i)),
    data: {
      site: ctx.siteId,
      slug: slugify(`${slugPart(text.title.fr)}-event-${i + 1}`),
      category: pick(r, eventCategories),
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + int(r, 1, 6) * 3_600_000).toISOString(),
      ...(picture ? { image: picture } : {}),
      ...byField(
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
      ),
      _status: 'published',
    },
  }
}

/** A section page (one per topic), then pages nested under one (paths like `topic/page-n`). */
export function page(r: Rand, ctx: SiteContext, i: number): GeneratedDocument {
  const topic = i < pageTopics.length ? pageTopics[i]! : undefined
  const text = article(r)
  const title = topic ?? text.title
  const locales = localesOf(r)
  const parent = !topic && ctx.sections.length ? pick(r, ctx.sections) : undefined
  const slug = slugify(
    topic ? `guide-${slugPart(topic.fr)}` : `${slugPart(text.title.fr)}-page-${i + 1}`,
  )
  return {
    collection: 'pages',
    id: uuidFrom(key(ctx, 'pages', i)),
    data: {
      site: ctx.siteId,
      slug,
      ...(parent ? { parent: parent.id } : {}),
      // What the computePath hook makes of it.
      path: parent ? `${parent.path}/${slug}` : slug,
      // The layout is shared; the text inside a block is per locale.
      layout: [
        {
          id: objectIdFrom(key(ctx, 'pages', i)),
          blockType: 'richText',
          content: Object.fromEntries(locales.map((l) => [l, lexical(text.paragraphs[l], l)])),
        },
      ],
      ...byField(
        Object.fromEntries(locales.map((l) => [l, { title: title[l], summary: text.summary[l] }])),
      ),
      _status: 'published',
    },
  }
}
