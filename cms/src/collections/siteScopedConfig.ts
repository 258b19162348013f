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
