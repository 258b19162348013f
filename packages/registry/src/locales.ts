/** The four content locales, Arabic first. `fallback` is the locale read when a field is empty. */
export const locales = [
  { code: 'ar', label: 'العربية', dir: 'rtl', hreflang: 'ar-MA', fallback: null },
  { code: 'fr', label: 'Français', dir: 'ltr', hreflang: 'fr-MA', fallback: 'ar' },
  { code: 'zgh', label: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', dir: 'ltr', hreflang: 'zgh', fallback: 'ar' },
  { code: 'en', label: 'English', dir: 'ltr', hreflang: 'en', fallback: 'fr' },
] as const

export type Locale = (typeof locales)[number]['code']
export type Dir = 'rtl' | 'ltr'

export const localeCodes = locales.map((l) => l.code) as Locale[]
export const defaultLocale: Locale = 'ar'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeInfo(code: Locale) {
  const info = locales.find((l) => l.code === code)
  if (!info) throw new Error(`unknown locale '${code}'`)
  return info
}

export function dirOf(code: Locale): Dir {
  return localeInfo(code).dir
}

/** The locales to try, in order, when reading a field in `code` (e.g. en → fr → ar). */
export function fallbackChain(code: Locale): Locale[] {
  const chain: Locale[] = []
  let next: Locale | null = code
  while (next && !chain.includes(next)) {
    chain.push(next)
    next = localeInfo(next).fallback
  }
  return chain
}
