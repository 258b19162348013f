import type { CollectionSlug, TextFieldSingleValidation } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'

const idOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value ? (value as { id?: string }).id : (value as string | undefined)

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Slugs are unique per site, not across the city: every arrondissement may have its own
 * `about` page. A compound index on (site, slug) backs this check against races.
 */
export const ensureUniqueSlug: TextFieldSingleValidation = async (
  value,
  { data, id, req, collectionSlug },
) => {
  const lang = languageOf(req)
  if (typeof value !== 'string' || !slugPattern.test(value)) return message('slugFormat', lang)
  const site = idOf((data as { site?: unknown }).site)
  if (!site || !collectionSlug) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where: {
      and: [
        { slug: { equals: value } },
        { site: { equals: site } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
    pagination: false,
    req,
  })
  return clash.docs.length ? message('slugTaken', lang) : true
}
