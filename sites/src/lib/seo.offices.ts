/** schema.org JSON-LD for the offices: one `GovernmentOffice` per office. */
import { text } from '@bawaba/content'
import type { Locale } from '@bawaba/registry'
import type { HoursRow, Office, WeekDay } from '@bawaba/schemas'
import { geoOf, postalAddress } from './seo.ts'
import { officeId } from './services.ts'

type Json = Record<string, unknown>

const schemaDays: Record<WeekDay, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
}

export function openingHoursSpecification(rows: readonly HoursRow[]): Json[] {
  return rows
    .filter((row) => row.days.length > 0)
    .map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: row.days.map((day) => schemaDays[day]),
      opens: row.opens,
      closes: row.closes,
    }))
}

/** An office; `url` is its place on the offices page (`…/offices/#office-<slug>`). */
export function governmentOffice(office: Office, locale: Locale, url: string): Json {
  const address = text(office.address, locale)
  const hours = openingHoursSpecification(office.hours)
  return {
    '@type': 'GovernmentOffice',
    '@id': url,
    url,
    name: text(office.name, locale),
    ...(address ? { address: postalAddress(address) } : {}),
    ...(office.phone ? { telephone: office.phone } : {}),
    ...(office.email ? { email: office.email } : {}),
    ...geoOf(office.location),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
  }
}

/** One JSON-LD document per office of a page (Base prints each in its own script). */
export function officesJsonLd(offices: readonly Office[], locale: Locale, pageUrl: string): Json[] {
  return offices.map((office) => ({
    '@context': 'https://schema.org',
    ...governmentOffice(office, locale, `${pageUrl}#${officeId(office.slug)}`),
  }))
}
