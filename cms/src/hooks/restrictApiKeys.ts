import { APIError, type CollectionBeforeValidateHook } from 'payload'
import { isAdminUser } from '../access/roles.ts'
import { languageOf, message } from '../i18n/messages.ts'

/**
 * API keys are for the forms service account, set by the platform admin. A staff member who
 * mints a key for their own account turns a stolen session into a credential that outlives
 * logout, a password change and the account's lock: refused, with a clear error. (A key that
 * exists anyway on a staff account gives no rights: see `roleOf`.)
 */
export const restrictApiKeys: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const asks = data?.enableAPIKey === true || (typeof data?.apiKey === 'string' && data.apiKey)
  if (!asks) return data
  const role = data?.role ?? originalDoc?.role
  const allowed = (!req.user || isAdminUser(req.user)) && role === 'forms-service'
  if (!allowed)
    throw new APIError(message('apiKeyFormsServiceOnly', languageOf(req)), 403, null, true)
  return data
}
