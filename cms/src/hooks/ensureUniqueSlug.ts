import type { TextFieldSingleValidation } from 'payload'
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
