/**
 * A group of UI strings for one part of the sites (heritage, library, services…) in all four
 * locales, kept in one file. French defines the keys; Arabic and English must have every one;
 * Amazigh may be partial (it falls back to Arabic). The locale tables spread these in.
 */
export function area<K extends string>(tables: {
  fr: Record<K, string>
  ar: Record<NoInfer<K>, string>
  en: Record<NoInfer<K>, string>
  zgh: Partial<Record<NoInfer<K>, string>>
}) {
  return tables
}
