import { fallbackChain, localeCodes, type Locale } from '@bawaba/registry'

/** A value per content locale, as the loader stores it: a missing locale is "not translated". */
export type Localized<T> = Partial<Record<Locale, T | null | undefined>>

/** What a page shows for one field: the value, the locale it is written in, and whether that is a fallback. */
export interface Picked<T> {
  value: T
  locale: Locale
  fallback: boolean
}

/** Reads `value` in `locale`, walking the registry's fallback chain (en → fr → ar). */
export function pick<T>(value: Localized<T> | null | undefined, locale: Locale): Picked<T> | null {
  if (!value) return null
  for (const candidate of fallbackChain(locale)) {
    const found = value[candidate]
    if (found !== undefined && found !== null && found !== '') {
      return { value: found, locale: candidate, fallback: candidate !== locale }
    }
  }
  return null
}

/** The text in `locale` (with fallback), or '' when no locale has one. */
export function text(value: Localized<string> | null | undefined, locale: Locale): string {
  return pick(value, locale)?.value ?? ''
}

/** Locales in which `value` is actually written. */
export function writtenIn<T>(value: Localized<T> | null | undefined): Locale[] {
  if (!value) return []
  return localeCodes.filter((code) => {
    const found = value[code]
    return found !== undefined && found !== null && found !== ''
  })
}
