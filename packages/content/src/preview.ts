import type { PreviewClaims } from '@bawaba/preview'
import type { CmsClient } from './client.ts'
import { definitionOf } from './store/collections.ts'
import type { ContentSnapshot } from './store/snapshot.ts'
import { ContentError, validate } from './validate.ts'

type Raw = Record<string, any>

/**
 * The draft a preview token names, read from the CMS's `/api/preview/draft` (which checks the
 * token again and answers for that document only) and shaped exactly as the renderer shapes a
 * published document: relations the draft leaves as ids joined from the content store, the same
 * normaliser and schema. Throws a ContentError listing what keeps it from being published as it
 * stands (drafts skip the CMS's required-field checks).
 */
export async function previewEntry(
  client: CmsClient,
  token: string,
  claims: PreviewClaims,
  store: ContentSnapshot,
): Promise<Record<string, unknown>> {
  const raw = await client.get<Raw>('/api/preview/draft', { t: token })
  const definition = definitionOf(claims.collection)
  const ctx = store.normalizeContext(claims.site)
  const data = definition.normalize!(store.joined(claims.collection, raw).doc, ctx)
  const ref = { kind: definition.kind, key: String(raw.slug ?? raw.id), site: claims.site }
  const valid = validate(definition.schema!, data, ref, ctx.issues)
  const errors = ctx.issues.filter((issue) => issue.level === 'error').map((i) => i.message)
  if (!valid || errors.length) throw new ContentError(claims.site, claims.collection, errors)
  return valid as Record<string, unknown>
}
