import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isAdminUser, siteIdsOf } from '../access/roles.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { idOf } from '../lib/ids.ts'

/**
 * A document stays in the site it was created in, and staff only write into their own
 * sites. Checked after defaults are applied, so a forged `site` in the body is caught too.
 */
export const enforceSiteScope: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!req.user || isAdminUser(req.user)) return data
  const before = idOf(originalDoc?.site)
  const after = idOf(data.site) ?? before
  if (operation === 'update' && data.site !== undefined && after !== before) {
    throw new APIError(message('cannotMove', languageOf(req)), 403, null, true)
  }
  if (!after || !siteIdsOf(req.user).includes(after)) {
    throw new APIError(message('notYourSite', languageOf(req)), 403, null, true)
  }
  return data
}
