/**
 * The CMS collections the sites publish from, as data: how each is normalised and checked, which
 * documents of it are public (published ones only where the collection has drafts), which of its
 * fields point at other documents (joined from the store: documents are fetched at depth 0), and
 * which documents of it each site shows (`scope`).
 */
import * as schemas from '@bawaba/schemas'
import type { z } from 'zod'
import {
  normalizeCouncilDecision,
  normalizeCouncilMember,
  normalizeCouncilSession,
  normalizeEvent,
  normalizeNews,
  normalizePage,
  normalizeSettings,
  normalizeSite,
  type NormalizeContext,
} from '../normalize.ts'
import {
  normalizeAlert,
  normalizeHeritagePlace,
  normalizeLibraryDocument,
  normalizeOffice,
  normalizePartner,
  normalizeProcedure,
  normalizeTimelineEntry,
} from '../normalize.civic.ts'

type Raw = Record<string, any>

/**
 * Which documents of a collection a site shows:
 * - `own`: the site's own;
 * - `featured`: its own plus the portal's featured on it (news, events);
 * - `city`: its own, and on the portal every site's (heritage places, offices);
 * - `library`: its own plus the portal's, and on the portal every site's (typed documents);
 * - `shared`: the commune's, one list for every site (procedures, partners, timeline, alerts,
 *   the sites themselves);
 * - `none`: on no page by itself, only joined into documents that link it (uploads).
 */
export type Scope = 'own' | 'featured' | 'city' | 'library' | 'shared' | 'none'

export interface CollectionDefinition {
  /** What a document is called in messages (`news 'x' (site anfa)`). */
  kind: string
  /** Only documents whose `_status` is `published` are public. */
  drafts: boolean
  scope: Scope
  /** Field name → collection it points at, wherever the field sits in the document. */
  relations: Record<string, StoredCollection>
  /** Normalised shape (null: kept raw, only joined into other documents). */
  normalize: ((raw: Raw, ctx: NormalizeContext) => unknown) | null
  schema: z.ZodType | null
  /** Extra condition on the normalised document (e.g. library documents only). */
  keep?: (raw: Raw) => boolean
  /** How a document is named in messages. */
  key?: (raw: Raw) => string
}

/** The collections the store keeps, in the order a sync reads them. */
export const storedCollectionNames = [
  'sites',
  'site-settings',
  'media',
  'documents',
  'news',
  'events',
  'pages',
  'council-members',
  'council-sessions',
  'council-decisions',
  'heritage-places',
  'offices',
  'timeline-entries',
  'procedures',
  'partners',
  'alerts',
] as const

export type StoredCollection = (typeof storedCollectionNames)[number]

const site = { site: 'sites' } as const

export const storedCollections: Record<StoredCollection, CollectionDefinition> = {
  sites: {
    kind: 'site',
    drafts: false,
    scope: 'shared',
    relations: { logo: 'media' },
    normalize: normalizeSite,
    schema: schemas.site,
  },
  'site-settings': {
    kind: 'site-settings',
    drafts: false,
    scope: 'own',
    relations: { ...site, page: 'pages' },
    normalize: normalizeSettings,
    schema: schemas.siteSettings,
    key: (raw: Raw) => String(raw.id),
  },
  // Uploads have drafts too: an image or a PDF is on a page once it is published.
  media: {
    kind: 'image',
    drafts: true,
    scope: 'none',
    relations: {},
    normalize: null,
    schema: null,
  },
  documents: {
    kind: 'document',
    drafts: true,
    scope: 'library',
    relations: site,
    normalize: normalizeLibraryDocument,
    schema: schemas.libraryDocument,
    // Every PDF can be joined into council documents; the library lists the typed ones.
    keep: (raw) => raw.kind !== undefined && raw.kind !== null,
    key: (raw) => String(raw.filename ?? raw.id),
  },
  news: {
    kind: 'news',
    drafts: true,
    scope: 'featured',
    relations: { ...site, heroImage: 'media', featuredOn: 'sites' },
    normalize: normalizeNews,
    schema: schemas.news,
  },
  events: {
    kind: 'event',
    drafts: true,
    scope: 'featured',
    relations: { ...site, image: 'media', featuredOn: 'sites' },
    normalize: normalizeEvent,
    schema: schemas.event,
  },
  pages: {
    kind: 'page',
    drafts: true,
    scope: 'own',
    relations: { ...site, parent: 'pages', image: 'media', page: 'pages' },
    normalize: normalizePage,
    schema: schemas.page,
  },
  'council-members': {
    kind: 'council member',
    drafts: true,
    scope: 'own',
    relations: { ...site, photo: 'media' },
    normalize: normalizeCouncilMember,
    schema: schemas.councilMember,
    key: (raw) => String(raw.id),
  },
  'council-sessions': {
    kind: 'council session',
    drafts: true,
    scope: 'own',
    relations: { ...site, minutes: 'documents' },
    normalize: normalizeCouncilSession,
    schema: schemas.councilSession,
  },
  'council-decisions': {
    kind: 'council decision',
    drafts: true,
    scope: 'own',
    relations: { ...site, session: 'council-sessions', fullText: 'documents' },
    normalize: normalizeCouncilDecision,
    schema: schemas.councilDecision,
  },
  'heritage-places': {
    kind: 'heritage place',
    drafts: true,
    scope: 'city',
    relations: { ...site, gallery: 'media' },
    normalize: normalizeHeritagePlace,
    schema: schemas.heritagePlace,
  },
  offices: {
    kind: 'office',
    drafts: true,
    scope: 'city',
    relations: site,
    normalize: normalizeOffice,
    schema: schemas.office,
  },
  'timeline-entries': {
    kind: 'timeline entry',
    drafts: true,
    scope: 'shared',
    relations: { image: 'media' },
    normalize: normalizeTimelineEntry,
    schema: schemas.timelineEntry,
    key: (raw) => String(raw.year ?? raw.id),
  },
  procedures: {
    kind: 'procedure',
    drafts: true,
    scope: 'shared',
    relations: { partner: 'partners' },
    normalize: normalizeProcedure,
    schema: schemas.procedure,
  },
  partners: {
    kind: 'partner',
    drafts: true,
    scope: 'shared',
    relations: { logo: 'media' },
    normalize: normalizePartner,
    schema: schemas.partner,
  },
  alerts: {
    kind: 'alert',
    drafts: false,
    scope: 'shared',
    relations: { sites: 'sites' },
    normalize: normalizeAlert,
    schema: schemas.alert,
    key: (raw) => String(raw.id),
  },
}

export function definitionOf(collection: StoredCollection): CollectionDefinition {
  return storedCollections[collection]
}

/** Normalised shapes by collection, for typed reads of the store. */
export interface Shapes {
  sites: schemas.Site
  'site-settings': schemas.SiteSettings
  media: never
  documents: schemas.LibraryDocument
  news: schemas.News
  events: schemas.Event
  pages: schemas.Page
  'council-members': schemas.CouncilMember
  'council-sessions': schemas.CouncilSession
  'council-decisions': schemas.CouncilDecision
  'heritage-places': schemas.HeritagePlace
  offices: schemas.Office
  'timeline-entries': schemas.TimelineEntry
  procedures: schemas.Procedure
  partners: schemas.Partner
  alerts: schemas.Alert
}

export type PublishedCollection = Exclude<StoredCollection, 'media'>
