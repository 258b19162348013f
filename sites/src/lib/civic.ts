/**
 * Typed getters over the civic collections (heritage, timeline, library, offices, procedures,
 * partners, alerts), ordered for the pages. Like `content.ts`, the only way pages read them.
 */
import { text } from '@bawaba/content'
import { centralSite, siteSlugs, type Locale } from '@bawaba/registry'
import {
  alertShows,
  heritageCategories,
  libraryKinds,
  officeKinds,
  procedureThemes,
  type Alert,
  type HeritagePlace,
  type LibraryDocument,
  type Office,
  type OfficeKind,
  type Partner,
  type Procedure,
  type TimelineEntry,
} from '@bawaba/schemas'
import { getCollection } from 'astro:content'
import { site as currentSlug } from 'virtual:bawaba/site'
import { councilYear } from './content.ts'

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= load())
}

/** Registry order of the sites (portal first, then arrondissements by prefecture). */
export const siteOrder = (slug: string) => {
  const index = siteSlugs.indexOf(slug)
  return index < 0 ? siteSlugs.length : index
}

export const isCentral = () => currentSlug === centralSite.slug

/** Heritage places by name (French spelling, which every place has). */
export const getHeritagePlaces = memo(async (): Promise<HeritagePlace[]> => {
  const places = (await getCollection('heritagePlaces')).map((e) => e.data as HeritagePlace)
  return places.sort((a, b) => text(a.name, 'fr').localeCompare(text(b.name, 'fr'), 'fr'))
})

/**
 * The URL key of a place on this site: its slug, or `<site>-<slug>` on the portal when two
 * arrondissements chose the same slug.
 */
export async function placeKey(place: HeritagePlace): Promise<string> {
  const places = await getHeritagePlaces()
  const clash = places.some((other) => other.id !== place.id && other.slug === place.slug)
  return clash ? `${place.site}-${place.slug}` : place.slug
}

/** Categories that have at least one place, in the schema's order. */
export async function getHeritageCategories() {
  const used = new Set((await getHeritagePlaces()).map((p) => p.category))
  return heritageCategories.filter((category) => used.has(category))
}

/** The city's timeline, oldest first. */
export const getTimeline = memo(async (): Promise<TimelineEntry[]> => {
  const entries = (await getCollection('timeline')).map((e) => e.data as TimelineEntry)
  return entries.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
})

/** The documents library, most recent first. */
export const getLibrary = memo(async (): Promise<LibraryDocument[]> => {
  const docs = (await getCollection('library')).map((e) => e.data as LibraryDocument)
  return docs.sort((a, b) => b.date.localeCompare(a.date) || a.filename.localeCompare(b.filename))
})

export async function getLibraryKinds() {
  const used = new Set((await getLibrary()).map((d) => d.kind))
  return libraryKinds.filter((kind) => used.has(kind))
}

export async function getLibraryYears(): Promise<number[]> {
  const years = new Set((await getLibrary()).map((d) => councilYear(d.date)))
  return [...years].sort((a, b) => b - a)
}

/** Sites that have library documents, in registry order (the portal's filter). */
export async function getLibrarySites(): Promise<string[]> {
  const sites = new Set((await getLibrary()).map((d) => d.site))
  return [...sites].sort((a, b) => siteOrder(a) - siteOrder(b))
}

/** Offices by site (registry order), then kind (schema order), then name. */
export const getOffices = memo(async (): Promise<Office[]> => {
  const offices = (await getCollection('offices')).map((e) => e.data as Office)
  return offices.sort(
    (a, b) =>
      siteOrder(a.site) - siteOrder(b.site) ||
      officeKinds.indexOf(a.kind) - officeKinds.indexOf(b.kind) ||
      text(a.name, 'fr').localeCompare(text(b.name, 'fr'), 'fr'),
  )
})

/** This site's own offices of the given kinds (on the portal: the portal's own). */
export async function officesFor(kinds: OfficeKind[]): Promise<Office[]> {
  return (await getOffices()).filter((o) => o.site === currentSlug && kinds.includes(o.kind))
}

/** The procedure catalogue, by theme (schema order) then title. */
export const getProcedures = memo(async (): Promise<Procedure[]> => {
  const procedures = (await getCollection('procedures')).map((e) => e.data as Procedure)
  return procedures.sort(
    (a, b) =>
      procedureThemes.indexOf(a.theme) - procedureThemes.indexOf(b.theme) ||
      text(a.title, 'fr').localeCompare(text(b.title, 'fr'), 'fr'),
  )
})

export async function getProcedureThemes() {
  const used = new Set((await getProcedures()).map((p) => p.theme))
  return procedureThemes.filter((theme) => used.has(theme))
}

export const getPartners = memo(async (): Promise<Partner[]> => {
  const partners = (await getCollection('partners')).map((e) => e.data as Partner)
  return partners.sort((a, b) => text(a.name, 'fr').localeCompare(text(b.name, 'fr'), 'fr'))
})

export async function partnerBySlug(slug: string | null | undefined): Promise<Partner | null> {
  if (!slug) return null
  return (await getPartners()).find((p) => p.slug === slug) ?? null
}

/**
 * Alerts showing on this site now (build time), most severe first. The build worker rebuilds
 * the site when an alert's window opens or closes (`nextAlertChange`).
 */
export async function getActiveAlerts(now = new Date()): Promise<Alert[]> {
  const rank = { critical: 0, warning: 1, info: 2 } as const
  const alerts = (await getCollection('alerts')).map((e) => e.data as Alert)
  return alerts
    .filter((alert) => alertShows(alert, currentSlug, now))
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.startsAt.localeCompare(b.startsAt))
}

export type { Locale }
