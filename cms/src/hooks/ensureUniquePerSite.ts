import type { CollectionSlug, TextFieldSingleValidation } from 'payload'
import { languageOf, message, type MessageKey } from '../i18n/messages.ts'
import { idOf } from '../lib/ids.ts'

/**
 * A text field unique within its site (e.g. a deliberation number: every arrondissement
 * numbers its own register). A compound index on (site, field) backs this against races.
 */
export const ensureUniquePerSite =
  (field: string, taken: MessageKey): TextFieldSingleValidation =>
  async (value, { data, id, req, collectionSlug }) => {
    if (typeof value !== 'string' || !value.trim()) return true
    const site = idOf((data as { site?: unknown }).site)
    if (!site || !collectionSlug) return true
    const clash = await req.payload.find({
      collection: collectionSlug as CollectionSlug,
      where: {
        and: [
          { [field]: { equals: value } },
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
    return clash.docs.length ? message(taken, languageOf(req)) : true
  }
