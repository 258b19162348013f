/** schema.org JSON-LD for the heritage places. */
import { text } from '@bawaba/content'
import type { Locale } from '@bawaba/registry'
import type { HeritageCategory, HeritagePlace } from '@bawaba/schemas'
import { geoOf, postalAddress } from './seo.ts'

type Json = Record<string, unknown>

/** The most precise schema.org type for a category; TouristAttraction for the others. */
const typeByCategory: Partial<Record<HeritageCategory, string>> = {
  monument: 'LandmarksOrHistoricalBuildings',
  'art-deco': 'LandmarksOrHistoricalBuildings',
  religious: 'PlaceOfWorship',
  museum: 'Museum',
}

export function heritageType(category: HeritageCategory): string {
  return typeByCategory[category] ?? 'TouristAttraction'
}

export function heritagePlaceData(
  place: HeritagePlace,
  locale: Locale,
  url: string,
  /** The arrondissement the place belongs to, with its home page. */
  area: { name: string; url: string } | null,
  images: string[] = [],
): Json {
  const description = text(place.summary, locale)
  const address = text(place.address, locale)
  return {
    '@context': 'https://schema.org',
    '@type': heritageType(place.category),
    name: text(place.name, locale),
    ...(description ? { description } : {}),
    url,
    ...(address ? { address: postalAddress(address) } : {}),
    ...geoOf(place.location),
    ...(images.length ? { image: images } : {}),
    ...(area
      ? { containedInPlace: { '@type': 'AdministrativeArea', name: area.name, url: area.url } }
      : {}),
  }
}
