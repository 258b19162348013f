import type { Access, Where } from 'payload'
import { mayPublish } from '../hooks/enforcePublishRight.ts'
import { canPublish, isAdminUser, isStaffUser, siteIdsOf } from './roles.ts'

/** Documents of the user's own sites: the only ones staff may see or change. */
function ownSites(user: Parameters<typeof siteIdsOf>[0]): Where | false {
  const ids = siteIdsOf(user)
  return ids.length ? { site: { in: ids } } : false
}

/**
 * Read: anonymous callers (the sites' build) see published documents of every site; staff
 * see their own sites' documents, drafts included, and nothing of other sites.
 */
export const publishedOrOwnSites: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (req.user) return ownSites(req.user)
  return { _status: { equals: 'published' } }
}

/** Read for collections without drafts (media, settings): public, like the sites they feed. */
export const publicRead: Access = () => true

/**
 * Staff change documents of their own sites only. Asked for a change to `published` (Payload's
 * admin asks this to show the Publish button and scheduling), it answers with the publish
 * right, so editors are offered "Submit for review" instead; the writes themselves are refused
 * by `enforcePublishRight`, whatever the route.
 */
export const ownSitesOnly: Access = ({ req, data }) => {
  if (isAdminUser(req.user)) return true
  if (!isStaffUser(req.user)) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published' && !mayPublish(req))
    return false
  return ownSites(req.user)
}

/** Version history of their own sites' documents (versions keep the site under `version`). */
export const ownSitesVersions: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  const ids = isStaffUser(req.user) ? siteIdsOf(req.user) : []
  return ids.length ? { 'version.site': { in: ids } } : false
}

/**
 * Create: staff with at least one site; the site the document lands in is checked against
 * the user's sites by the `enforceSiteScope` hook once defaults are applied.
 */
export const staffWithSite: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  return isStaffUser(req.user) && siteIdsOf(req.user).length > 0
}

/** Delete: publishers (and the central editor) in their own sites. */
export const publishersOfOwnSites: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!canPublish(req.user)) return false
  return ownSites(req.user)
}
