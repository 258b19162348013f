import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { canPublish } from '../access/roles.ts'
import { languageOf, message } from '../i18n/messages.ts'

/**
 * The one place that decides whether a write may change what is live. District editors write
 * drafts only; whatever the route (REST, GraphQL, the admin's server functions, the Local API
 * on a person's behalf), a write that would publish, unpublish or edit the live document is
 * refused for them. Runs before the operation, where its `draft` flag is known.
 *
 * What counts as going live, by operation:
 * - create: saved as published (`_status`), or a duplicate not saved as a draft (it copies
 *   the original's status);
 * - update (one document or many): anything but a draft save — even without `_status`, it
 *   rewrites the live document;
 * - restoreVersion: anything but a restore as a draft — restoring a published version
 *   publishes it, restoring a draft one over a published document unpublishes it.
 * Deleting is an access rule (`publishersOfOwnSites`). A review workflow adds its own states
 * on top: the question "may this person make it live?" stays `mayPublish`.
 */

type Args = {
  data?: { _status?: unknown }
  draft?: boolean
  duplicateFromID?: unknown
  publishSpecificLocale?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
}

/** Whether a write, as asked, would change what the sites show. */
export function goesLive(operation: string, args: Args): boolean {
  // Publishing or unpublishing locales is a publication whatever the draft flag says.
  const draft =
    args.draft === true &&
    !args.publishSpecificLocale &&
    !args.publishAllLocales &&
    !args.unpublishAllLocales
  switch (operation) {
    case 'create':
      return (
        args.data?._status === 'published' ||
        (args.duplicateFromID !== undefined && args.duplicateFromID !== null && !draft)
      )
    case 'update':
      return !draft || args.data?._status === 'published'
    case 'restoreVersion':
      return !draft
    default:
      return false
  }
}

/** Whether the person behind a request may make a change live (system writes always may). */
export function mayPublish(req: PayloadRequest): boolean {
  return !req.user || canPublish(req.user)
}

export const enforcePublishRight: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (mayPublish(req) || !goesLive(operation, args as Args)) return args
  throw new APIError(message('cannotPublish', languageOf(req)), 403, null, true)
}
