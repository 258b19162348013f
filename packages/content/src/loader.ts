/**
 * Astro content-layer loaders for Bawaba: one factory per kind of content, all fed by the one
 * CMS client. Each loader keeps only the documents of its site (anonymous reads return every
 * site's), only published ones, and refreshes incrementally by `updatedAt`.
 */
import { centralSite } from '@bawaba/registry'
import * as schemas from '@bawaba/schemas'
import type { Loader, LoaderContext } from 'astro/loaders'
import type { z } from 'zod'
import type { CmsClient } from './client.ts'
import {
  normalizeCouncilDecision,
  normalizeCouncilMember,
  normalizeCouncilSession,
  normalizeEvent,
  normalizeNews,
  normalizePage,
  normalizeSettings,
  normalizeSite,
  type Issue,
  type NormalizeContext,
} from './normalize.ts'
import {
  normalizeAlert,
  normalizeHeritagePlace,
  normalizeLibraryDocument,
  normalizeOffice,
  normalizePartner,
  normalizeProcedure,
  normalizeTimelineEntry,
} from './normalize.civic.ts'
import type { QueryObject } from './query.ts'
import { ContentError, validate } from './validate.ts'

type Raw = Record<string, any>

/** Bump when the stored shape changes in a way the code digest would not notice. */
const storeVersion = 1

/**
 * How far before the last seen `updatedAt` an incremental fetch starts: a document saved while
 * the previous build was reading can carry an `updatedAt` just older than the newest one seen.
 */
export const safetyMarginMs = 2 * 60_000

/**
 * Which documents of a collection a site publishes:
 * - `own`: the site's own;
 * - `featured`: its own plus the portal's featured on it (news, events);
 * - `city`: its own, and on the portal every site's (heritage places, offices);
 * - `library`: its own plus the portal's, and on the portal every site's (documents);
 * - `shared`: the commune's, one list for every site (procedures, partners, timeline, alerts).
 */
type Scope = 'own' | 'featured' | 'city' | 'library' | 'shared'

interface Definition {
  kind: string
  schema: z.ZodType
  normalize: (raw: Raw, ctx: NormalizeContext) => unknown
  scope: Scope
  /** Whether the collection has drafts (`_status`); uploads and alerts do not. */
  drafts: boolean
  /** Extra condition (e.g. documents listed in the library only). */
  where?: () => QueryObject
}

const collections = {
  news: {
    kind: 'news',
    schema: schemas.news,
    normalize: normalizeNews,
    scope: 'featured',
    drafts: true,
  },
  events: {
    kind: 'event',
    schema: schemas.event,
    normalize: normalizeEvent,
    scope: 'featured',
    drafts: true,
  },
  pages: {
    kind: 'page',
    schema: schemas.page,
    normalize: normalizePage,
    scope: 'own',
    drafts: true,
  },
  'council-members': {
    kind: 'council member',
    schema: schemas.councilMember,
    normalize: normalizeCouncilMember,
    scope: 'own',
    drafts: true,
  },
  'council-sessions': {
    kind: 'council session',
    schema: schemas.councilSession,
    normalize: normalizeCouncilSession,
    scope: 'own',
    drafts: true,
  },
  'council-decisions': {
    kind: 'council decision',
    schema: schemas.councilDecision,
    normalize: normalizeCouncilDecision,
    scope: 'own',
    drafts: true,
  },
  'heritage-places': {
    kind: 'heritage place',
    schema: schemas.heritagePlace,
    normalize: normalizeHeritagePlace,
    scope: 'city',
    drafts: true,
  },
  offices: {
    kind: 'office',
    schema: schemas.office,
    normalize: normalizeOffice,
    scope: 'city',
    drafts: true,
  },
  documents: {
    kind: 'document',
    schema: schemas.libraryDocument,
    normalize: normalizeLibraryDocument,
    scope: 'library',
    drafts: false,
    where: () => ({ kind: { exists: true } }),
  },
  'timeline-entries': {
    kind: 'timeline entry',
    schema: schemas.timelineEntry,
    normalize: normalizeTimelineEntry,
    scope: 'shared',
    drafts: true,
  },
  procedures: {
    kind: 'procedure',
    schema: schemas.procedure,
    normalize: normalizeProcedure,
    scope: 'shared',
    drafts: true,
  },
  partners: {
    kind: 'partner',
    schema: schemas.partner,
    normalize: normalizePartner,
    scope: 'shared',
    drafts: true,
  },
  alerts: {
    kind: 'alert',
    schema: schemas.alert,
    normalize: normalizeAlert,
    scope: 'shared',
    drafts: false,
    // Alerts already over are of no use to any build.
    where: () => ({ endsAt: { greater_than: new Date().toISOString() } }),
  },
} satisfies Record<string, Definition>

export type CmsCollection = keyof typeof collections

const published: QueryObject = { _status: { equals: 'published' } }

/** Every site of the CMS, fetched once per build. */
export async function siteDirectory(client: CmsClient) {
  return client.once('sites', async () => {
    const raw = await client.findAll<Raw>('sites', { depth: 1, locale: 'all', limit: 100 })
    const ids = new Map(raw.map((site) => [String(site.id), String(site.slug)]))
    const bySlug = new Map(raw.map((site) => [String(site.slug), site]))
    return { raw, ids, bySlug }
  })
}

/** The CMS id of `slug`, or an error saying which sites the CMS does have. */
export async function siteId(client: CmsClient, slug: string): Promise<string> {
  const directory = await siteDirectory(client)
  const site = directory.bySlug.get(slug)
  if (!site) {
    const known = [...directory.bySlug.keys()].join(', ') || 'none'
    throw new Error(`site '${slug}' is not in the CMS at ${client.baseUrl} (it has: ${known})`)
  }
  return String(site.id)
}

/**
 * The `where` that selects what site `slug` publishes from `collection` (see `Scope`), published
 * documents only.
 */
export async function siteWhere(
  client: CmsClient,
  collection: CmsCollection | 'site-settings',
  slug: string,
): Promise<QueryObject> {
  const id = await siteId(client, slug)
  if (collection === 'site-settings') return { site: { equals: id } }
  const definition: Definition = collections[collection]
  const central = slug === centralSite.slug
  const centralId = central ? id : await siteId(client, centralSite.slug)
  const own: QueryObject = { site: { equals: id } }
  let scope: QueryObject | null
  switch (definition.scope) {
    case 'own':
      scope = own
      break
    case 'featured':
      scope = central
        ? own
        : { or: [own, { and: [{ site: { equals: centralId } }, { featuredOn: { in: id } }] }] }
      break
    case 'city':
      scope = central ? null : own
      break
    case 'library':
      scope = central ? null : { site: { in: [id, centralId] } }
      break
    case 'shared':
      scope = null
  }
  const parts = [
    ...(definition.drafts ? [published] : []),
    ...(scope ? [scope] : []),
    ...(definition.where ? [definition.where()] : []),
  ]
  return parts.length ? { and: parts } : {}
}

/** id → path of a site's published pages, for page links that arrive as bare ids. */
export async function pagePaths(client: CmsClient, slug: string): Promise<Map<string, string>> {
  return client.once(`pagePaths:${slug}`, async () => {
    const where = await siteWhere(client, 'pages', slug)
    const docs = await client.findAll<Raw>('pages', {
      where,
      depth: 0,
      limit: 1000,
      select: { path: true, slug: true },
    })
    return new Map(docs.map((doc) => [String(doc.id), String(doc.path || doc.slug)]))
  })
}

/**
 * When any upload last changed (images, and the PDFs of the council): uploads are embedded in
 * documents, so an edit there refreshes all.
 */
async function mediaStamp(client: CmsClient): Promise<string> {
  return client.once('mediaStamp', async () => {
    const stamps: string[] = []
    for (const collection of ['media', 'documents']) {
      const result = await client.find<Raw>(collection, {
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
      })
      stamps.push(`${result.totalDocs}:${result.docs[0]?.updatedAt ?? ''}`)
    }
    return stamps.join('|')
  })
}

export interface LoaderOptions {
  /** Slug of the site being built. */
  site: string
  client: CmsClient
  /** Digest of the loader and schema source: a change forces a full reload. */
  codeVersion?: string
}

async function context(options: LoaderOptions): Promise<NormalizeContext> {
  const directory = await siteDirectory(options.client)
  return {
    site: options.site,
    siteSlugs: directory.ids,
    absolute: options.client.absolute,
    pagePaths: await pagePaths(options.client, options.site),
    issues: [],
  }
}

/**
 * One document exactly as the build would store it, for the preview of a draft: the same
 * normaliser and schema as the collection's loader. Throws a ContentError listing what keeps
 * it from being published as it stands (drafts skip the CMS's required-field checks).
 */
export async function normalizeOne(
  options: LoaderOptions & { collection: CmsCollection },
  raw: Raw,
): Promise<Record<string, unknown>> {
  const definition: Definition = collections[options.collection]
  const ctx = await context(options)
  const data = definition.normalize(raw, ctx)
  const ref = { kind: definition.kind, key: String(raw.slug ?? raw.id), site: options.site }
  const valid = validate(definition.schema, data, ref, ctx.issues)
  const errors = ctx.issues.filter((issue) => issue.level === 'error').map((i) => i.message)
  if (!valid || errors.length) throw new ContentError(options.site, options.collection, errors)
  return valid as Record<string, unknown>
}

/** Logs warnings; throws one error listing every error. */
function settle(
  issues: Issue[],
  site: string,
  collection: string,
  logger: LoaderContext['logger'],
) {
  for (const issue of issues) if (issue.level === 'warning') logger.warn(issue.message)
  const errors = issues.filter((issue) => issue.level === 'error').map((issue) => issue.message)
  if (errors.length) throw new ContentError(site, collection, errors)
}

/** Writes an entry unless its digest shows it is unchanged; says whether it wrote. */
async function put(ctx: LoaderContext, id: string, data: Record<string, unknown>) {
  const digest = ctx.generateDigest(data)
  if (ctx.store.get(id)?.digest === digest) return false
  const parsed = await ctx.parseData({ id, data })
  return ctx.store.set({ id, data: parsed, digest })
}

/** One collection, as site `site` publishes it (see `Scope`). */
export function cmsLoader(options: LoaderOptions & { collection: CmsCollection }): Loader {
  const { collection, site, client } = options
  const definition: Definition = collections[collection]
  const version = [storeVersion, options.codeVersion ?? '', client.baseUrl, site].join('|')

  async function load(ctx: LoaderContext, forceFull = false): Promise<void> {
    const where = await siteWhere(client, collection, site)
    const stamp = await mediaStamp(client)
    const since = ctx.meta.get('since')
    const incremental =
      !forceFull &&
      !!since &&
      ctx.meta.get('version') === version &&
      ctx.meta.get('media') === stamp &&
      ctx.store.keys().length > 0
    const cutoff = incremental ? new Date(Date.parse(since!) - safetyMarginMs).toISOString() : null

    const raw = await client.findAll<Raw>(collection, {
      where: cutoff ? { and: [where, { updatedAt: { greater_than_equal: cutoff } }] } : where,
      depth: 1,
      locale: 'all',
      limit: 50,
    })
    const live = incremental
      ? await client.ids(collection, where)
      : new Set(raw.map((d) => String(d.id)))
    const gone = ctx.store.keys().filter((id) => !live.has(id))

    // A page that moved or vanished changes the hrefs of links in pages that did not change
    // themselves; rather than track who links where, reload every page of the site.
    if (incremental && collection === 'pages') {
      const moved = raw.some((doc) => {
        const stored = ctx.store.get<{ path: string }>(String(doc.id))
        return stored && stored.data.path !== doc.path
      })
      if (moved || gone.length) return load(ctx, true)
    }

    const normalize = await context(options)
    const entries: Array<{ id: string; data: Record<string, unknown> }> = []
    for (const doc of raw) {
      const data = definition.normalize(doc, normalize)
      const ref = { kind: definition.kind, key: String(doc.slug ?? doc.filename ?? doc.id), site }
      const valid = validate(definition.schema, data, ref, normalize.issues)
      if (valid) entries.push({ id: String(doc.id), data: valid as Record<string, unknown> })
    }
    settle(normalize.issues, site, collection, ctx.logger)

    let written = 0
    for (const entry of entries) if (await put(ctx, entry.id, entry.data)) written++
    for (const id of gone) ctx.store.delete(id)

    const latest = raw.reduce(
      (max, doc) => (doc.updatedAt && doc.updatedAt > max ? doc.updatedAt : max),
      incremental ? since! : '',
    )
    if (latest) ctx.meta.set('since', latest)
    ctx.meta.set('version', version)
    ctx.meta.set('media', stamp)
    ctx.logger.info(
      `${site}/${collection}: ${incremental ? `${raw.length} changed since ${cutoff}` : `${raw.length} fetched`}, ` +
        `${written} written, ${gone.length} removed, ${ctx.store.keys().length} in store`,
    )
  }

  return { name: `bawaba-${collection}`, schema: definition.schema, load: (ctx) => load(ctx) }
}

/** Every site (the central portal lists the arrondissements; every site links to the portal). */
export function sitesLoader(options: Omit<LoaderOptions, 'site'> & { site?: string }): Loader {
  return {
    name: 'bawaba-sites',
    schema: schemas.site,
    async load(ctx) {
      const directory = await siteDirectory(options.client)
      const normalize: NormalizeContext = {
        site: options.site ?? centralSite.slug,
        siteSlugs: directory.ids,
        absolute: options.client.absolute,
        issues: [],
      }
      const entries = directory.raw.flatMap((doc) => {
        const ref = { kind: 'site', key: String(doc.slug), site: String(doc.slug) }
        const valid = validate(schemas.site, normalizeSite(doc, normalize), ref, normalize.issues)
        return valid ? [valid] : []
      })
      settle(normalize.issues, normalize.site, 'sites', ctx.logger)
      const keep = new Set(entries.map((entry) => entry.slug))
      for (const entry of entries) await put(ctx, entry.slug, entry)
      for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id)
    },
  }
}

/** The site's settings (navigation, footer, quick links), stored under the site's slug. */
export function settingsLoader(options: LoaderOptions): Loader {
  const { site, client } = options
  return {
    name: 'bawaba-settings',
    schema: schemas.siteSettings,
    async load(ctx) {
      const where = await siteWhere(client, 'site-settings', site)
      const result = await client.find<Raw>('site-settings', {
        where,
        depth: 1,
        locale: 'all',
        limit: 1,
      })
      const normalize = await context(options)
      const doc = result.docs[0]
      let data: schemas.SiteSettings | null
      if (doc) {
        const ref = { kind: 'site-settings', key: String(doc.id), site }
        data = validate(
          schemas.siteSettings,
          normalizeSettings(doc, normalize),
          ref,
          normalize.issues,
        )
      } else {
        ctx.logger.warn(`site '${site}' has no site-settings document: empty navigation`)
        data = { id: 'none', site, navigation: [], footerLinks: [], quickLinks: [] }
      }
      settle(normalize.issues, site, 'site-settings', ctx.logger)
      if (data) await put(ctx, site, data)
      for (const id of ctx.store.keys()) if (id !== site) ctx.store.delete(id)
    },
  }
}
