import type { CollectionConfig } from 'payload'
import {
  ownSitesOnly,
  ownSitesVersions,
  publishedOrOwnSites,
  publishersOfOwnSites,
  staffWithSite,
} from '../access/siteScoped.ts'
import { centralStaffOnly, centralVersions, publishedOrCentral } from '../access/central.ts'
import { enforcePublishRight } from '../hooks/enforcePublishRight.ts'
import { enforceSiteScope } from '../hooks/enforceSiteScope.ts'

/**
 * The two ownership models of editorial collections, as config: a site's own content (its
 * staff write drafts and publish by role) or the commune's shared content (central staff only).
 */
export const siteOwned: Pick<CollectionConfig, 'access' | 'hooks' | 'versions'> = {
  access: {
    read: publishedOrOwnSites,
    readVersions: ownSitesVersions,
    create: staffWithSite,
    update: ownSitesOnly,
    delete: publishersOfOwnSites,
  },
  hooks: {
    beforeOperation: [enforcePublishRight],
    beforeChange: [enforceSiteScope],
  },
  versions: { drafts: { autosave: { interval: 3000 }, schedulePublish: true }, maxPerDoc: 50 },
}

/**
 * A site's images and PDFs: the same owners and the same publish right as its other content.
 * An upload, or a new file for one, is a draft until a publisher publishes it; until then it is
 * on no page, in no build and not served to anonymous callers. No autosave (a file is sent
 * once) and no scheduling.
 */
export const siteOwnedUpload: Pick<CollectionConfig, 'access' | 'hooks' | 'versions'> = {
  ...siteOwned,
  versions: { drafts: true, maxPerDoc: 20 },
}

export const centrallyOwned: Pick<CollectionConfig, 'access' | 'versions'> = {
  access: {
    read: publishedOrCentral,
    readVersions: centralVersions,
    create: centralStaffOnly,
    update: centralStaffOnly,
    delete: centralStaffOnly,
  },
  versions: { drafts: { autosave: { interval: 3000 }, schedulePublish: true }, maxPerDoc: 50 },
}
