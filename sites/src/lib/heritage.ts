/**
 * What the heritage pages need beyond the getters: which arrondissement owns a place (only
 * real sites are linked), the places of a filter, and the plain OpenStreetMap link.
 */
import { siteOrigin, siteSlugs, type Locale } from '@bawaba/registry'
import type { GeoPoint, HeritageCategory, HeritagePlace, Site } from '@bawaba/schemas'
import { getHeritagePlaces, siteOrder } from './civic.ts'
import { currentSlug, getSites } from './content.ts'
import { paths } from './urls.ts'

/** The site a place belongs to, when it is a real site (in the registry and the CMS). */
export async function ownerOf(place: HeritagePlace): Promise<Site | null> {
  if (!siteSlugs.includes(place.site)) return null
  return (await getSites()).find((site) => site.slug === place.site) ?? null
}

/** Sites that have places, in registry order (the portal's arrondissement filter). */
export async function heritageSites(): Promise<string[]> {
  const slugs = new Set((await getHeritagePlaces()).map((place) => place.site))
  return [...slugs].sort((a, b) => siteOrder(a) - siteOrder(b))
}

export interface HeritageFilter {
  category?: HeritageCategory
  site?: string
}

export async function placesFor(filter: HeritageFilter = {}): Promise<HeritagePlace[]> {
  return (await getHeritagePlaces()).filter(
    (place) =>
      (!filter.category || place.category === filter.category) &&
      (!filter.site || place.site === filter.site),
  )
}

/**
 * The place's page on the arrondissement that owns it, when this site is another one (the
 * portal): that page is the original. Null for the site's own places and unknown owners.
 */
export function originalUrl(place: HeritagePlace, locale: Locale): string | null {
  if (place.site === currentSlug() || !siteSlugs.includes(place.site)) return null
  return new URL(paths.place(locale, place.slug), siteOrigin(place.site)).href
}

/** OpenStreetMap centred on the point; a plain link, no tiles on our pages. */
export function osmUrl({ lat, lng }: GeoPoint): string {
  const la = Number(lat.toFixed(6))
  const lo = Number(lng.toFixed(6))
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`
}
