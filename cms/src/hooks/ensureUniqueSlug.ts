import type { CollectionSlug, TextFieldSingleValidation } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'
import { ensureUniquePerSite } from './ensureUniquePerSite.ts'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const uniqueInSite = ensureUniquePerSite('slug', 'slugTaken')

/**
 * Slugs are unique per site, not across the city: every arrondissement may have its own
 * `about` page. A compound index on (site, slug) backs this check against races.
 */
export const ensureUniqueSlug: TextFieldSingleValidation = (value, options) => {
  if (typeof value !== 'string' || !slugPattern.test(value)) {
    return message('slugFormat', languageOf(options.req))
  }
  return uniqueInSite(value, options)
}

/** Slugs of the commune's shared collections (procedures, partners): unique in the collection. */
export const ensureUniqueSharedSlug: TextFieldSingleValidation = async (
  value,
  { id, req, collectionSlug },
) => {
  if (typeof value !== 'string' || !slugPattern.test(value)) {
    return message('slugFormat', languageOf(req))
  }
  if (!collectionSlug) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
    pagination: false,
    req,
  })
  return clash.docs.length ? message('slugTakenShared', languageOf(req)) : true
}
