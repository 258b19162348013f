import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { canPublish } from '../access/roles.ts'
import { languageOf, message } from '../i18n/messages.ts'

/**
 * District editors write drafts only. Any write that would change what is live — creating
 * or saving as published, unpublishing, or updating the live document without `draft` —
 * is refused for them. Runs before the operation, where the `draft` flag is known.
 */
export const enforcePublishRight: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || canPublish(req.user)) return args
  const status = (args as { data?: { _status?: unknown } }).data?._status
  const draft = Boolean((args as { draft?: boolean }).draft)
  const forbidden =
    (operation === 'create' && status === 'published') ||
    (operation === 'update' && (!draft || status === 'published'))
  if (forbidden) throw new APIError(message('cannotPublish', languageOf(req)), 403, null, true)
  return args
}
