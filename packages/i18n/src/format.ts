import type { Locale } from '@bawaba/registry'

/**
 * Intl locale per content locale. Arabic uses Latin digits, as Moroccan administrations do;
 * English uses the day-month order and 24-hour clock familiar in Morocco.
 */
const intlLocales: Record<Locale, string> = {
  ar: 'ar-MA',
  fr: 'fr-MA',
  zgh: 'zgh-MA',
  en: 'en-GB',
}

/** Every date is shown in Casablanca time, whatever the time zone of the build machine. */
export const timeZone = 'Africa/Casablanca'

export function intlLocale(locale: Locale): string {
  return intlLocales[locale]
}

const base = { numberingSystem: 'latn', timeZone } as const

/**
 * Formatters are made once per locale and options: making one costs far more than formatting
 * with it (a site renders thousands of dates).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}
const numberFormats = new Map<Locale, Intl.NumberFormat>()

function toDate(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: '${String(value)}'`)
  return date
}

/** "14 mars 2025" / "14 مارس 2025". */
export function formatDate(locale: Locale, value: string | Date): string {
  return dateFormat(intlLocale(locale), { ...base, dateStyle: 'long' }).format(toDate(value))
}

/** "vendredi 14 mars 2025 à 18:30". */
export function formatDateTime(locale: Locale, value: string | Date): string {
  return dateFormat(intlLocale(locale), { ...base, dateStyle: 'full', timeStyle: 'short' }).format(
    toDate(value),
  )
}

/** A start–end range, collapsing what both ends share ("14–16 mars 2025"). */
export function formatDateRange(
  locale: Locale,
  start: string | Date,
  end?: string | Date | null,
): string {
  if (!end) return formatDateTime(locale, start)
  const format = dateFormat(intlLocale(locale), { ...base, dateStyle: 'long', timeStyle: 'short' })
  return format.formatRange(toDate(start), toDate(end))
}

/** Day number and short month for date badges. */
export function dateParts(locale: Locale, value: string | Date): { day: string; month: string } {
  const date = toDate(value)
  const day = dateFormat(intlLocale(locale), { ...base, day: 'numeric' }).format(date)
  const month = dateFormat(intlLocale(locale), { ...base, month: 'short' }).format(date)
  return { day, month }
}

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale)
  if (!format)
    numberFormats.set(
      locale,
      (format = new Intl.NumberFormat(intlLocale(locale), { numberingSystem: 'latn' })),
    )
  return format.format(value)
}

/** ISO date (YYYY-MM-DD) in Casablanca time, for `<time datetime>` on date-only displays. */
export function isoDay(value: string | Date): string {
  return dateFormat('en-CA', { timeZone, dateStyle: 'short' }).format(toDate(value))
}
