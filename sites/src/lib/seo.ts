/** schema.org JSON-LD for the home page, articles and events. */
import { text } from '@bawaba/content'
import { localeInfo, type Locale } from '@bawaba/registry'
import type { CouncilSession, Event, News, Site } from '@bawaba/schemas'

type Json = Record<string, unknown>

/** A street address in Casablanca, as schema.org wants it. */
export function postalAddress(street: string): Json {
  return {
    '@type': 'PostalAddress',
    streetAddress: street,
    addressLocality: 'Casablanca',
    addressCountry: 'MA',
  }
}

/** `{ geo }` for a point on the map, or nothing. */
export function geoOf(point: { lat: number; lng: number } | null | undefined): Json {
  return point
    ? { geo: { '@type': 'GeoCoordinates', latitude: point.lat, longitude: point.lng } }
    : {}
}

function organization(site: Site, locale: Locale, url: string): Json {
  return {
    '@type': 'GovernmentOrganization',
    name: text(site.name, locale),
    url,
  }
}

export function governmentOrganization(
  site: Site,
  locale: Locale,
  url: string,
  parent?: { site: Site; url: string },
  logo?: string,
): Json {
  const address = text(site.contact.address, locale)
  return {
    '@context': 'https://schema.org',
    ...organization(site, locale, url),
    ...(logo ? { logo } : {}),
    ...(address ? { address: postalAddress(address) } : {}),
    ...(site.contact.phone ? { telephone: site.contact.phone } : {}),
    ...(site.contact.email ? { email: site.contact.email } : {}),
    ...(site.social.length ? { sameAs: site.social.map((s) => s.url) } : {}),
    ...geoOf(site.location),
    ...(parent ? { parentOrganization: organization(parent.site, locale, parent.url) } : {}),
  }
}

export function newsArticle(
  news: News,
  locale: Locale,
  url: string,
  publisher: { site: Site; url: string },
  image?: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(news.title, locale),
    ...(news.summary ? { description: text(news.summary, locale) } : {}),
    datePublished: news.publishedAt,
    dateModified: news.updatedAt,
    inLanguage: localeInfo(locale).hreflang,
    mainEntityOfPage: url,
    ...(image ? { image: [image] } : {}),
    author: organization(publisher.site, locale, publisher.url),
    publisher: organization(publisher.site, locale, publisher.url),
  }
}

export function eventData(
  event: Event,
  locale: Locale,
  url: string,
  organizer: { site: Site; url: string },
  image?: string,
): Json {
  const venue = text(event.venue, locale)
  const address = text(event.address, locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(event.title, locale),
    ...(event.summary ? { description: text(event.summary, locale) } : {}),
    startDate: event.startsAt,
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: localeInfo(locale).hreflang,
    url,
    ...(venue || address
      ? {
          location: {
            '@type': 'Place',
            name: venue || address,
            address: postalAddress(address || venue),
          },
        }
      : {}),
    ...(image ? { image: [image] } : {}),
    organizer: organization(organizer.site, locale, organizer.url),
  }
}

/**
 * A council session as a schema.org Event: public sittings of the council, at its seat. The
 * name is the kind of session, in the page's language (`name` is given by the caller from the
 * i18n table).
 */
export function councilSessionData(
  session: CouncilSession,
  locale: Locale,
  name: string,
  url: string,
  organizer: { site: Site; url: string },
): Json {
  const place = text(session.place, locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate: session.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: session.videoUrl
      ? 'https://schema.org/MixedEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: localeInfo(locale).hreflang,
    url,
    ...(place
      ? {
          location: {
            '@type': 'Place',
            name: place,
            address: {
              '@type': 'PostalAddress',
              addressLocality: 'Casablanca',
              addressCountry: 'MA',
            },
          },
        }
      : {}),
    organizer: organization(organizer.site, locale, organizer.url),
  }
}

/** Serialises JSON-LD for a `<script>`: `<` escaped so text cannot close the element. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
