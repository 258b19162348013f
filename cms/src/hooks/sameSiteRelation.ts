import type { CollectionSlug, RelationshipFieldSingleValidation } from 'payload'
import { languageOf, message, type MessageKey } from '../i18n/messages.ts'
import { idOf } from '../lib/ids.ts'

/**
 * A relation to a document of the same site only (a decision names a session of its own
 * council). Read with full access: the question is where the target lives, not who asks.
 */
export const sameSiteRelation =
  (collection: CollectionSlug, otherSite: MessageKey): RelationshipFieldSingleValidation =>
  async (value, { data, req }) => {
    const targetId = idOf(value)
    if (!targetId) return true
    const target = await req.payload.findByID({
      collection,
      id: targetId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const site = idOf((data as { site?: unknown }).site)
    if (!target || idOf((target as { site?: unknown }).site) !== site)
      return message(otherSite, languageOf(req))
    return true
  }
