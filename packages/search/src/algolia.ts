/**
 * Algolia sync, used only when `ALGOLIA_APP_ID` and `ALGOLIA_ADMIN_KEY` are set: one index per
 * locale (`bawaba_ar`, `bawaba_fr`, …, see names.ts) with that language's settings, one record
 * per (collection, document, locale) the document is really written in, the owner site as a
 * facet. Documents are read through the content client (published only, as the sites see
 * them); a document that is no longer readable (unpublished, deleted) loses its records.
 *
 * The publishing pipeline calls `syncAlgolia` after a successful publish; `npm run
 * search:reindex` (scripts/search-reindex.ts) rebuilds every index with `reindexAll`.
 */
import { algoliasearch, type Algoliasearch } from 'algoliasearch'
import {
  createCmsClient,
  normalizeEvent,
  normalizeHeritagePlace,
  normalizeNews,
  normalizePage,
  normalizeProcedure,
  siteDirectory,
  type CmsClient,
  type NormalizeContext,
} from '@bawaba/content'
import { centralSite, localeCodes, siteOrigin, type Locale } from '@bawaba/registry'
import {
  procedureKeywords,
  type Block,
  type Event,
  type HeritagePlace,
  type Media,
  type News,
  type Page,
  type Procedure,
} from '@bawaba/schemas'
import { algoliaIndexName } from './names.ts'

/** The collections with search records, and the type their records carry (as Pagefind's). */
export const syncedCollections = {
  news: 'news',
  events: 'event',
  pages: 'page',
  'heritage-places': 'heritage',
  procedures: 'procedure',
} as const
export type SyncedCollection = keyof typeof syncedCollections

export interface SearchRecord {
  /** `<collection>:<id>:<locale>`: stable, so a publish replaces and an unpublish deletes. */
  objectID: string
  title: string
  /** The summary, or the start of the text. */
  summary: string
  /** More of the text, searchable, never shown. */
  content: string
  /** Other words people use for it (a procedure's keywords), searchable right after the title. */
  keywords: string[]
  /** Absolute, on the owner site's origin. */
  url: string
  site: string
  collection: SyncedCollection
  type: (typeof syncedCollections)[SyncedCollection]
  /** ISO date: publication (news), start (events), last change (the others). */
  date: string
  /** The same as a number (seconds), for ranking newest first. */
  timestamp: number
  image: string | null
  lang: Locale
}

export type ChangeAction = 'publish' | 'unpublish' | 'delete'
export interface Change {
  collection: string
  id: string | number
  action: ChangeAction
}

/** Algolia's language for each locale; Amazigh has none, its index stays language-neutral. */
const languages: Record<Locale, 'ar' | 'fr' | 'en' | null> = {
  ar: 'ar',
  fr: 'fr',
  en: 'en',
  zgh: null,
}

export interface AlgoliaEnv {
  ALGOLIA_APP_ID?: string
  ALGOLIA_ADMIN_KEY?: string
  ALGOLIA_INDEX_PREFIX?: string
  [name: string]: string | undefined
}

/** Whether the sync is configured: the application and the admin (write) key. */
export function algoliaConfigured(env: AlgoliaEnv = process.env): boolean {
  return Boolean(env.ALGOLIA_APP_ID && env.ALGOLIA_ADMIN_KEY)
}

export interface AlgoliaOptions {
  env?: AlgoliaEnv
  /** Passed to the Algolia client: tests give a `requester` that answers without network. */
  clientOptions?: Parameters<typeof algoliasearch>[2]
  /** The content client; by default one on `CMS_URL`. */
  cms?: CmsClient
}

/** The index settings of a locale's index. */
export function indexSettings(locale: Locale) {
  const language = languages[locale]
  return {
    indexLanguages: language ? [language] : [],
    queryLanguages: language ? [language] : [],
    searchableAttributes: ['title', 'keywords', 'summary', 'content'],
    attributesForFaceting: ['site', 'type'],
    attributesToSnippet: ['summary:24'],
    customRanking: ['desc(timestamp)'],
    // Arabic and French plurals and stop words, by the index language.
    ignorePlurals: true,
    removeStopWords: true,
  }
}

// --- records ---------------------------------------------------------------------------------

type Lexical = { root?: Node }
type Node = { type?: string; text?: string; children?: Node[] }

function plainText(state: unknown): string {
  const parts: string[] = []
  const walk = (node: Node | undefined) => {
    if (!node) return
    if (node.type === 'text') parts.push(String(node.text ?? ''))
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'linebreak')
      parts.push(' ')
    for (const child of node.children ?? []) walk(child)
  }
  walk((state as Lexical | undefined)?.root)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

function imageOf(media: Media | null | undefined): string | null {
  if (!media) return null
  return (media.sizes.card ?? media.sizes.thumbnail ?? media)?.url ?? null
}

/** The normalised document of each synced collection. */
interface SyncedDocs {
  news: News
  events: Event
  pages: Page
  'heritage-places': HeritagePlace
  procedures: Procedure
}
type SyncedDoc = SyncedDocs[SyncedCollection]

/** What a collection's records are made of; the paths are those of sites/src/lib/urls.ts. */
interface RecordShape<D> {
  normalize: (raw: Record<string, unknown>, ctx: NormalizeContext) => D
  /** The site whose page it is (its origin in the URL, the `site` facet). */
  site: (doc: D) => string
  /** The page path without the locale (`news/budget-2025`). */
  path: (doc: D) => string
  title: (doc: D, locale: Locale) => string
  summary: (doc: D, locale: Locale) => string | null | undefined
  /** Other words people use for it. */
  keywords?: (doc: D, locale: Locale) => string[]
  /** The searchable text, plain. */
  text: (doc: D, locale: Locale) => string
  /** ISO date: publication (news), start (events), last change (the others). */
  date: (doc: D) => string
  image: (doc: D) => Media | null | undefined
}

const lines = (...parts: (string | undefined | null)[]) => parts.filter(Boolean).join(' ')

/** The words of a content page's block (images and link lists have none worth searching). */
function blockText(block: Block, locale: Locale): string {
  switch (block.blockType) {
    case 'richText':
      return plainText(block.content[locale])
    case 'imageWithCaption':
      return block.caption?.[locale] ?? ''
    case 'callToAction':
      return lines(block.heading[locale], block.text?.[locale])
    case 'accordion':
      return lines(
        block.title?.[locale],
        ...block.items.flatMap((item) => [item.question[locale], plainText(item.answer[locale])]),
      )
    default:
      return ''
  }
}

const shapes: { [C in SyncedCollection]: RecordShape<SyncedDocs[C]> } = {
  news: {
    normalize: normalizeNews,
    site: (doc) => doc.site,
    path: (doc) => `news/${doc.slug}`,
    title: (doc, locale) => doc.title[locale]!,
    summary: (doc, locale) => doc.summary?.[locale],
    text: (doc, locale) => plainText(doc.body?.[locale]),
    date: (doc) => doc.publishedAt,
    image: (doc) => doc.hero,
  },
  events: {
    normalize: normalizeEvent,
    site: (doc) => doc.site,
    path: (doc) => `events/${doc.slug}`,
    title: (doc, locale) => doc.title[locale]!,
    summary: (doc, locale) => doc.summary?.[locale],
    text: (doc, locale) => plainText(doc.body?.[locale]),
    date: (doc) => doc.startsAt,
    image: (doc) => doc.image,
  },
  pages: {
    normalize: normalizePage,
    site: (doc) => doc.site,
    path: (doc) => doc.path.replace(/^\/+|\/+$/g, ''),
    title: (doc, locale) => doc.title[locale]!,
    summary: (doc, locale) => doc.summary?.[locale],
    text: (doc, locale) => lines(...doc.layout.map((block) => blockText(block, locale))),
    date: (doc) => doc.updatedAt,
    image: () => null,
  },
  // A place's page on its own site (the portal lists it too, under the same record).
  'heritage-places': {
    normalize: normalizeHeritagePlace,
    site: (doc) => doc.site,
    path: (doc) => `heritage/${doc.slug}`,
    title: (doc, locale) => doc.name[locale]!,
    summary: (doc, locale) => doc.summary?.[locale],
    text: (doc, locale) =>
      lines(doc.period?.[locale], doc.address?.[locale], plainText(doc.history?.[locale])),
    date: (doc) => doc.updatedAt,
    image: (doc) => doc.gallery[0],
  },
  // The commune's shared catalogue, whose home is the portal.
  procedures: {
    normalize: normalizeProcedure,
    site: () => centralSite.slug,
    path: (doc) => `procedures/${doc.slug}`,
    title: (doc, locale) => doc.title[locale]!,
    summary: (doc, locale) => doc.summary?.[locale],
    keywords: (doc, locale) => procedureKeywords(doc, locale),
    text: (doc, locale) =>
      lines(
        doc.audience?.[locale],
        ...doc.documents.map((item) => item[locale]),
        doc.cost?.[locale],
        doc.timeLimit?.[locale],
        doc.submitAt?.[locale],
        doc.collectAt?.[locale],
        doc.legalBasis?.[locale],
      ),
    date: (doc) => doc.updatedAt,
    image: () => null,
  },
}

/** The records of one document: one per locale it has a real translation in. */
export function recordsFor<C extends SyncedCollection>(
  collection: C,
  doc: SyncedDocs[C],
  env: Record<string, string | undefined> = process.env,
): SearchRecord[] {
  const shape = shapes[collection] as unknown as RecordShape<SyncedDocs[C]>
  const mode = env.BAWABA_ORIGINS === 'production' ? 'production' : 'local'
  const date = shape.date(doc)
  const site = shape.site(doc)
  const image = imageOf(shape.image(doc))
  return doc.locales.map((locale) => {
    const text = shape.text(doc, locale).replace(/\s+/g, ' ').trim()
    return {
      objectID: `${collection}:${doc.id}:${locale}`,
      title: shape.title(doc, locale),
      summary: shape.summary(doc, locale) || clip(text, 240),
      content: clip(text, 4000),
      keywords: shape.keywords?.(doc, locale) ?? [],
      url: new URL(`/${locale}/${shape.path(doc)}/`, siteOrigin(site, mode)).href,
      site,
      collection,
      type: syncedCollections[collection],
      date,
      timestamp: Math.floor(Date.parse(date) / 1000),
      image,
      lang: locale,
    }
  })
}

/** The published document as the sites see it, or null when it is not (or no longer). */
async function readDocument(
  cms: CmsClient,
  collection: SyncedCollection,
  id: string,
): Promise<SyncedDoc | null> {
  const { docs } = await cms.find<Record<string, unknown>>(collection, {
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 1,
    locale: 'all',
    limit: 1,
  })
  if (!docs[0]) return null
  const directory = await siteDirectory(cms)
  const ctx: NormalizeContext = {
    site: 'search',
    siteSlugs: directory.ids,
    absolute: cms.absolute,
    issues: [],
  }
  return shapes[collection].normalize(docs[0], ctx)
}

// --- sync ------------------------------------------------------------------------------------

function clientFor(options: AlgoliaOptions): { client: Algoliasearch; env: AlgoliaEnv } {
  const env = options.env ?? process.env
  if (!algoliaConfigured(env))
    throw new Error('Algolia is not configured: set ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY')
  return {
    client: algoliasearch(env.ALGOLIA_APP_ID!, env.ALGOLIA_ADMIN_KEY!, options.clientOptions),
    env,
  }
}

/** Writes every locale index's settings (idempotent; once per client). */
async function applySettings(client: Algoliasearch, env: AlgoliaEnv) {
  for (const locale of localeCodes) {
    const task = await client.setSettings({
      indexName: algoliaIndexName(locale, env),
      indexSettings: indexSettings(locale),
    })
    await client.waitForTask({ indexName: algoliaIndexName(locale, env), taskID: task.taskID })
  }
}

export interface SyncResult {
  /** Records written (added or replaced). */
  saved: number
  /** Record ids deleted (a locale the document no longer has, or the whole document). */
  deleted: number
  /** Changes that concern no search records (another collection), or another site's. */
  ignored: number
}

/**
 * The entry point for the publishing pipeline: after a successful publish, bring the Algolia
 * indexes in line with each changed document. A published document's records replace the old
 * ones (locales it no longer has are deleted); an unpublished or deleted one loses them all.
 * Does nothing (and says so) when Algolia is not configured.
 */
export async function syncAlgolia(
  options: AlgoliaOptions & {
    changes: Change[]
    /**
     * The site just built: a published document is synced with its own site's build, when its
     * page is live (not again with each site that also shows it). Without it, every change.
     */
    site?: string
  },
): Promise<SyncResult | null> {
  const { changes, site } = options
  if (!algoliaConfigured(options.env ?? process.env)) return null
  const { client, env } = clientFor(options)
  const cms = options.cms ?? createCmsClient({ retries: 1 })
  type Write = { action: 'updateObject' | 'deleteObject'; body: Record<string, unknown> }
  const writes = new Map<Locale, Write[]>(localeCodes.map((l) => [l, []]))
  const result: SyncResult = { saved: 0, deleted: 0, ignored: 0 }
  for (const change of changes) {
    if (!(change.collection in syncedCollections)) {
      result.ignored++
      continue
    }
    const collection = change.collection as SyncedCollection
    const id = String(change.id)
    const doc = change.action === 'publish' ? await readDocument(cms, collection, id) : null
    if (doc && site && shapes[collection].site(doc as never) !== site) {
      result.ignored++
      continue
    }
    const records = doc ? recordsFor(collection, doc as never, env) : []
    for (const locale of localeCodes) {
      const record = records.find((r) => r.lang === locale)
      if (record) {
        writes.get(locale)!.push({ action: 'updateObject', body: { ...record } })
        result.saved++
      } else {
        writes
          .get(locale)!
          .push({ action: 'deleteObject', body: { objectID: `${collection}:${id}:${locale}` } })
        result.deleted++
      }
    }
  }
  if (!result.saved && !result.deleted) return result
  await applySettings(client, env)
  for (const [locale, requests] of writes) {
    if (!requests.length) continue
    const indexName = algoliaIndexName(locale, env)
    const task = await client.batch({ indexName, batchWriteParams: { requests } })
    await client.waitForTask({ indexName, taskID: task.taskID })
  }
  return result
}

/** Every published record of every synced collection, per locale. */
export async function allRecords(
  cms: CmsClient,
  env: Record<string, string | undefined> = process.env,
): Promise<Map<Locale, SearchRecord[]>> {
  const directory = await siteDirectory(cms)
  const ctx: NormalizeContext = {
    site: 'search',
    siteSlugs: directory.ids,
    absolute: cms.absolute,
    issues: [],
  }
  const byLocale = new Map<Locale, SearchRecord[]>(localeCodes.map((l) => [l, []]))
  for (const collection of Object.keys(syncedCollections) as SyncedCollection[]) {
    const docs = await cms.findAll<Record<string, unknown>>(collection, {
      where: { _status: { equals: 'published' } },
      depth: 1,
      locale: 'all',
    })
    for (const raw of docs) {
      const doc = shapes[collection].normalize(raw, ctx)
      for (const record of recordsFor(collection, doc as never, env))
        byLocale.get(record.lang)!.push(record)
    }
  }
  return byLocale
}

/**
 * The full reindex: settings, then each locale's index replaced atomically with every
 * published record (Algolia's replaceAllObjects: a temporary index moved over the old one).
 */
export async function reindexAll(options: AlgoliaOptions = {}): Promise<Record<Locale, number>> {
  const { client, env } = clientFor(options)
  const cms = options.cms ?? createCmsClient({ retries: 2 })
  const records = await allRecords(cms, env)
  await applySettings(client, env)
  const counts = {} as Record<Locale, number>
  for (const [locale, objects] of records) {
    await client.replaceAllObjects({
      indexName: algoliaIndexName(locale, env),
      objects: objects.map((record) => ({ ...record })),
    })
    counts[locale] = objects.length
  }
  return counts
}
