/**
 * What a download link says about its file before anyone clicks: the type ("PDF") and the
 * size in kilobytes or megabytes, numbers written the locale's way ("1,2 Mo", "1.2 MB").
 */
import { intlLocale, lookup } from '@bawaba/i18n'
import type { Locale } from '@bawaba/registry'

/** "PDF" for `application/pdf`. */
export function fileType(mimeType: string): string {
  return (mimeType.split('/')[1] ?? mimeType).toUpperCase()
}

const formats = new Map<string, Intl.NumberFormat>()
/** Made once per locale and precision: making a formatter costs more than using it. */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`
  let format = formats.get(key)
  if (!format)
    formats.set(
      key,
      (format = new Intl.NumberFormat(locale, {
        numberingSystem: 'latn',
        maximumFractionDigits: digits,
      })),
    )
  return format
}

/** "12 Ko" under a megabyte (at least 1), "1,2 Mo" from there on. */
export function fileSize(locale: Locale, bytes: number): string {
  const kilobytes = bytes / 1024
  const mega = kilobytes >= 1024
  const key = mega ? 'library.megabytes' : 'library.kilobytes'
  // Digits follow the locale the unit comes from (zgh falls back to Arabic's units).
  const words = lookup(locale, key, { size: '' }).locale
  const value = mega ? kilobytes / 1024 : Math.max(1, Math.round(kilobytes))
  const size = numberFormat(intlLocale(words), mega ? 1 : 0).format(value)
  return lookup(locale, key, { size }).text
}
