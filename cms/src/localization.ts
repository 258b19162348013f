import { defaultLocale, locales } from '@bawaba/registry'
import type { LocalizationConfig } from 'payload'

/** Content locales from the registry: Arabic first and right-to-left, with fallback chains. */
export const localization: LocalizationConfig = {
  locales: locales.map((l) => ({
    code: l.code,
    label: l.label,
    rtl: l.dir === 'rtl',
    ...(l.fallback ? { fallbackLocale: l.fallback } : {}),
  })),
  defaultLocale,
  fallback: true,
}
