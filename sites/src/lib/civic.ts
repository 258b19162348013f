/**
 * Typed getters over the civic collections (heritage, timeline, library, offices, procedures,
 * partners, alerts), ordered for the pages. Like `content.ts`, the only way pages read them, and
 * each a query (`query.ts`).
 */
import { text } from '@bawaba/content'
import { centralSite, siteSlugs, type Locale } from '@bawaba/registry'
import {
  alertShows,
  heritageCategories,
  libraryKinds,
  nextAlertChange,
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
import { councilYear, currentSlug, derived, scoped } from './content.ts'
import { renderContext } from './context.ts'
import { query, timedQuery } from './query.ts'

/** Registry order of the sites (portal first, then arrondissements by prefecture). */
export const siteOrder = (slug: string) => {
  const index = siteSlugs.indexOf(slug)
  return index < 0 ? siteSlugs.length : index
}

export const isCentral = () => currentSlug() === centralSite.slug

const byFrenchName = (a: { name: Partial<Record<Locale, string | null>> }, b: typeof a) =>
  text(a.name, 'fr').localeCompare(text(b.name, 'fr'), 'fr')

const sortedPlaces = derived('places', () =>
  [...scoped('heritage-places')].sort(
    (a, b) => byFrenchName(a, b) || a.site.localeCompare(b.site) || a.slug.localeCompare(b.slug),
  ),
)

/** Heritage places by name (French spelling, which every place has). */
export const getHeritagePlaces = query('heritagePlaces', (): HeritagePlace[] => sortedPlaces())

/** Slugs chosen by more than one place of this site's list (only the portal has several owners). */
const clashingSlugs = derived('placeClashes', () => {
  const seen = new Map<string, number>()
  for (const place of sortedPlaces()) seen.set(place.slug, (seen.get(place.slug) ?? 0) + 1)
  return new Set([...seen].filter(([, n]) => n > 1).map(([slug]) => slug))
})

const keyOf = (place: HeritagePlace) =>
  clashingSlugs().has(place.slug) ? `${place.site}-${place.slug}` : place.slug

const placesByKey = derived('placesByKey', () => new Map(sortedPlaces().map((p) => [keyOf(p), p])))

/**
 * The URL key of a place on this site: its slug, or `<site>-<slug>` on the portal when two
 * arrondissements chose the same slug.
 */
export const placeKeyOf = query('placeKey', (site: string, slug: string): string =>
  clashingSlugs().has(slug) ? `${site}-${slug}` : slug,
)

export async function placeKey(place: HeritagePlace): Promise<string> {
  return placeKeyOf(place.site, place.slug)
}

/** The place at `key` on this site, or null. */
export const getPlaceAt = query('placeAt', (key: string) => placesByKey().get(key) ?? null)

/** Locales of the place at `key` (for links to it), or null. */
export const placeLocales = query(
  'placeLocales',
  (key: string) => placesByKey().get(key)?.locales ?? null,
)

/** Categories that have at least one place, in the schema's order. */
export const getHeritageCategories = query('heritageCategories', () => {
  const used = new Set(sortedPlaces().map((p) => p.category))
  return heritageCategories.filter((category) => used.has(category))
})

/** The city's timeline, oldest first. */
export const getTimeline = query('timeline', (): TimelineEntry[] =>
  [...scoped('timeline-entries')].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
)

const sortedLibrary = derived('library', () =>
  [...scoped('documents')].sort(
    (a, b) => b.date.localeCompare(a.date) || a.filename.localeCompare(b.filename),
  ),
)

/** The documents library, most recent first. */
export const getLibrary = query('library', (): LibraryDocument[] => sortedLibrary())

/** Whether the site has a library (the footer links it). */
export const hasLibrary = query('hasLibrary', () => sortedLibrary().length > 0)

export const getLibraryKinds = query('libraryKinds', () => {
  const used = new Set(sortedLibrary().map((d) => d.kind))
  return libraryKinds.filter((kind) => used.has(kind))
})

export const getLibraryYears = query('libraryYears', (): number[] => {
  const years = new Set(sortedLibrary().map((d) => councilYear(d.date)))
  return [...years].sort((a, b) => b - a)
})

/** Sites that have library documents, in registry order (the portal's filter). */
export const getLibrarySites = query('librarySites', (): string[] => {
  const sites = new Set(sortedLibrary().map((d) => d.site))
  return [...sites].sort((a, b) => siteOrder(a) - siteOrder(b))
})

/** The library filtered: by kind, by year (Casablanca's calendar), by publishing site. */
export const getLibraryOfKind = query('libraryOfKind', (kind: string) =>
  sortedLibrary().filter((d) => d.kind === kind),
)
export const getLibraryOfYear = query('libraryOfYear', (year: number) =>
  sortedLibrary().filter((d) => councilYear(d.date) === year),
)
export const getLibraryOfSite = query('libraryOfSite', (site: string) =>
  sortedLibrary().filter((d) => d.site === site),
)

/** Offices by site (registry order), then kind (schema order), then name. */
export const getOffices = query('offices', (): Office[] =>
  [...scoped('offices')].sort(
    (a, b) =>
      siteOrder(a.site) - siteOrder(b.site) ||
      officeKinds.indexOf(a.kind) - officeKinds.indexOf(b.kind) ||
      byFrenchName(a, b) ||
      a.slug.localeCompare(b.slug),
  ),
)

/** This site's own offices of the given kinds (on the portal: the portal's own). */
export const officesOfKinds = query('officesOfKinds', (kinds: string) =>
  getOffices().filter((o) => o.site === currentSlug() && kinds.split(',').includes(o.kind)),
)

export async function officesFor(kinds: OfficeKind[]): Promise<Office[]> {
  return officesOfKinds([...kinds].sort().join(','))
}

/** The procedure catalogue, by theme (schema order) then title. */
export const getProcedures = query('procedures', (): Procedure[] =>
  [...scoped('procedures')].sort(
    (a, b) =>
      procedureThemes.indexOf(a.theme) - procedureThemes.indexOf(b.theme) ||
      text(a.title, 'fr').localeCompare(text(b.title, 'fr'), 'fr') ||
      a.slug.localeCompare(b.slug),
  ),
)

export const getProcedureAt = query(
  'procedureAt',
  (slug: string) => getProcedures().find((p) => p.slug === slug) ?? null,
)

export const procedureLocales = query(
  'procedureLocales',
  (slug: string) => getProcedures().find((p) => p.slug === slug)?.locales ?? null,
)

export const getProcedureThemes = query('procedureThemes', () => {
  const used = new Set(getProcedures().map((p) => p.theme))
  return procedureThemes.filter((theme) => used.has(theme))
})

export const getPartners = query('partners', (): Partner[] =>
  [...scoped('partners')].sort((a, b) => byFrenchName(a, b) || a.slug.localeCompare(b.slug)),
)

export const getPartner = query(
  'partner',
  (slug: string) => getPartners().find((p) => p.slug === slug) ?? null,
)

export async function partnerBySlug(slug: string | null | undefined): Promise<Partner | null> {
  return slug ? getPartner(slug) : null
}

/** Alerts showing on this site at the render's instant, most severe first. */
export const getActiveAlerts = timedQuery('activeAlerts', (now) => {
  const rank = { critical: 0, warning: 1, info: 2 } as const
  const site = renderContext().site
  const alerts = scoped('alerts') as Alert[]
  return {
    value: alerts
      .filter((alert) => alertShows(alert, site, now))
      .sort(
        (a, b) =>
          rank[a.severity] - rank[b.severity] ||
          a.startsAt.localeCompare(b.startsAt) ||
          a.id.localeCompare(b.id),
      ),
    until: nextAlertChange(alerts, site, now)?.getTime() ?? null,
  }
})

export type { Locale }
