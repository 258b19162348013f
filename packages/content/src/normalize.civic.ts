/**
 * Normalisers of the civic collections (heritage, timeline, library, offices, procedures,
 * partners, alerts): CMS wire format (`locale=all`, `depth=1`) → `@bawaba/schemas` shapes.
 */
import type {
  Alert,
  GeoPoint,
  HeritagePlace,
  HoursRow,
  LibraryDocument,
  Office,
  Partner,
  Procedure,
  TimelineEntry,
} from '@bawaba/schemas'
import type { Localized } from './localized.ts'
import {
  localizedList,
  localizedRichText,
  localizedText,
  normalizeMedia,
  refOf,
  relationId,
  report,
  siteSlugOf,
  writtenLocales,
  type DocRef,
  type NormalizeContext,
} from './normalize.ts'

type Raw = Record<string, any>

const orUndefined = <T extends object>(value: T): T | undefined =>
  Object.keys(value).length ? value : undefined

function required(value: Localized<string>, field: string, ctx: NormalizeContext, ref: DocRef) {
  if (!Object.keys(value).length)
    report(ctx, 'error', ref, `field '${field}' is empty in every locale`)
  return value
}

function point(raw: unknown): GeoPoint | null {
  const value = raw as Raw | null | undefined
  return value && typeof value.lat === 'number' && typeof value.lng === 'number'
    ? { lat: value.lat, lng: value.lng }
    : null
}

function ownedBy(raw: Raw, ctx: NormalizeContext, ref: DocRef) {
  const site = siteSlugOf(raw.site, ctx)
  if (!site) report(ctx, 'error', ref, `field 'site': unknown site '${relationId(raw.site)}'`)
  return site ?? ''
}

function hours(rows: unknown): HoursRow[] {
  return (Array.isArray(rows) ? rows : [])
    .filter((row: Raw) => Array.isArray(row?.days) && row.days.length && row.opens && row.closes)
    .map((row: Raw) => ({ days: row.days, opens: row.opens, closes: row.closes }))
}

export function normalizeHeritagePlace(raw: Raw, ctx: NormalizeContext): HeritagePlace {
  const ref = refOf('heritage place', raw, ctx)
  const name = required(localizedText(raw.name), 'name', ctx, ref)
  return {
    id: String(raw.id),
    site: ownedBy(raw, ctx, ref),
    locales: writtenLocales(name),
    updatedAt: raw.updatedAt,
    slug: raw.slug,
    name,
    category: raw.category,
    period: orUndefined(localizedText(raw.period)),
    year: typeof raw.year === 'number' ? raw.year : null,
    address: orUndefined(localizedText(raw.address)),
    location: point(raw.location),
    summary: orUndefined(localizedText(raw.summary)),
    history: localizedRichText(raw.history, ctx, ref),
    visiting: orUndefined(localizedText(raw.visiting)),
    gallery: (Array.isArray(raw.gallery) ? raw.gallery : [])
      .map((item: unknown, i: number) => normalizeMedia(item, ctx, ref, `gallery[${i}]`))
      .filter((item): item is NonNullable<typeof item> => item !== null),
  }
}

export function normalizeTimelineEntry(raw: Raw, ctx: NormalizeContext): TimelineEntry {
  const ref: DocRef = { kind: 'timeline entry', key: String(raw.year ?? raw.id), site: ctx.site }
  const title = required(localizedText(raw.title), 'title', ctx, ref)
  return {
    id: String(raw.id),
    locales: writtenLocales(title),
    updatedAt: raw.updatedAt,
    year: raw.year,
    title,
    text: orUndefined(localizedText(raw.text)),
    image: normalizeMedia(raw.image, ctx, ref, 'image'),
  }
}

export function normalizeLibraryDocument(raw: Raw, ctx: NormalizeContext): LibraryDocument {
  const ref: DocRef = { kind: 'document', key: String(raw.filename ?? raw.id), site: ctx.site }
  const title = required(localizedText(raw.title), 'title', ctx, ref)
  if (!raw.url) report(ctx, 'error', ref, `has no file URL`)
  return {
    id: String(raw.id),
    site: ownedBy(raw, ctx, ref),
    locales: writtenLocales(title),
    updatedAt: raw.updatedAt,
    kind: raw.kind,
    title,
    reference: raw.reference || null,
    // Undated documents are listed by the day they were added.
    date: raw.date ?? raw.createdAt,
    summary: orUndefined(localizedText(raw.summary)),
    url: raw.url ? ctx.absolute(raw.url) : '',
    filename: String(raw.filename),
    mimeType: raw.mimeType ?? 'application/pdf',
    filesize: typeof raw.filesize === 'number' ? raw.filesize : 0,
  }
}

export function normalizeOffice(raw: Raw, ctx: NormalizeContext): Office {
  const ref = refOf('office', raw, ctx)
  const name = required(localizedText(raw.name), 'name', ctx, ref)
  return {
    id: String(raw.id),
    site: ownedBy(raw, ctx, ref),
    locales: writtenLocales(name),
    updatedAt: raw.updatedAt,
    slug: raw.slug,
    kind: raw.kind,
    name,
    address: orUndefined(localizedText(raw.address)),
    location: point(raw.location),
    phone: raw.phone || null,
    email: raw.email || null,
    hours: hours(raw.hours),
    ramadanHours: hours(raw.ramadanHours),
    services: localizedList(raw.services, 'name'),
  }
}

export function normalizeProcedure(raw: Raw, ctx: NormalizeContext): Procedure {
  const ref = refOf('procedure', raw, ctx)
  const title = required(localizedText(raw.title), 'title', ctx, ref)
  const online = (raw.online ?? {}) as Raw
  const partner = raw.partner
  const text = (field: string) => orUndefined(localizedText(raw[field]))
  return {
    id: String(raw.id),
    locales: writtenLocales(title),
    updatedAt: raw.updatedAt,
    slug: raw.slug,
    theme: raw.theme,
    title,
    summary: text('summary'),
    audience: text('audience'),
    documents: localizedList(raw.documents, 'item'),
    cost: text('cost'),
    timeLimit: text('timeLimit'),
    submitAt: text('submitAt'),
    collectAt: text('collectAt'),
    legalBasis: text('legalBasis'),
    keywords: (Array.isArray(raw.keywords) ? (raw.keywords as Raw[]) : [])
      .filter((row) => typeof row.words === 'string' && row.words.trim() !== '')
      .map((row) => ({ language: row.language, words: row.words })),
    officeKinds: Array.isArray(raw.officeKinds) ? raw.officeKinds : [],
    online: online.url ? { label: localizedText(online.label), url: online.url } : null,
    form: raw.form || null,
    // A draft or deleted partner is not linked: the sites only know published partners.
    partner:
      partner && typeof partner === 'object' && partner._status === 'published'
        ? (partner.slug ?? null)
        : null,
  }
}

export function normalizePartner(raw: Raw, ctx: NormalizeContext): Partner {
  const ref = refOf('partner', raw, ctx)
  const name = required(localizedText(raw.name), 'name', ctx, ref)
  return {
    id: String(raw.id),
    locales: writtenLocales(name),
    updatedAt: raw.updatedAt,
    slug: raw.slug,
    kind: raw.kind,
    name,
    runs: orUndefined(localizedText(raw.runs)),
    phone: raw.phone || null,
    email: raw.email || null,
    url: raw.url || null,
    logo: normalizeMedia(raw.logo, ctx, ref, 'logo'),
  }
}

export function normalizeAlert(raw: Raw, ctx: NormalizeContext): Alert {
  const ref: DocRef = { kind: 'alert', key: String(raw.id), site: ctx.site }
  const link = (raw.link ?? {}) as Raw
  return {
    id: String(raw.id),
    severity: raw.severity,
    message: required(localizedText(raw.message), 'message', ctx, ref),
    link: link.url ? { label: localizedText(link.label), url: link.url } : null,
    startsAt: raw.startsAt,
    endsAt: raw.endsAt,
    sites: (Array.isArray(raw.sites) ? raw.sites : [])
      .map((value: unknown) => siteSlugOf(value, ctx))
      .filter((slug: string | null): slug is string => slug !== null),
    updatedAt: raw.updatedAt,
  }
}
