import type { Locale } from '@bawaba/registry'

/**
 * The Algolia index of a locale: one per locale so each has its language settings.
 * `ALGOLIA_INDEX_PREFIX` (default `bawaba`) separates environments sharing an application.
 */
export function algoliaIndexName(
  locale: Locale,
  env: Record<string, string | undefined> = process.env,
): string {
  return `${env.ALGOLIA_INDEX_PREFIX || 'bawaba'}_${locale}`
}
