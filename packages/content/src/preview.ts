import type { PreviewClaims } from '@bawaba/preview'
import type { CmsClient } from './client.ts'
import { normalizeOne } from './loader.ts'

/**
 * The draft a preview token names, read from the CMS's `/api/preview/draft` (which checks the
 * token again and answers for that document only) and shaped by the build's own normaliser.
 */
export async function previewEntry(
  client: CmsClient,
  token: string,
  claims: PreviewClaims,
): Promise<Record<string, unknown>> {
  const raw = await client.get<Record<string, any>>('/api/preview/draft', { t: token })
  return normalizeOne({ client, site: claims.site, collection: claims.collection }, raw)
}
