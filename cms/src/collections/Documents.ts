import path from 'node:path'
import type { CollectionConfig } from 'payload'
import {
  ownSitesOnly,
  publicRead,
  publishersOfOwnSites,
  staffWithSite,
} from '../access/siteScoped.ts'
import { dataDir } from '../env.ts'
import { label } from '../fields/labels.ts'
import { titleField } from '../fields/title.ts'
import { enforceSiteScope } from '../hooks/enforceSiteScope.ts'

/**
 * PDF documents of a site: council minutes, full texts of deliberations. PDF only — Payload
 * checks the content, not the name, so an HTML or SVG page renamed `.pdf` is refused.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  access: {
    read: publicRead,
    create: staffWithSite,
    update: ownSitesOnly,
    delete: publishersOfOwnSites,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize'],
    group: label('المحتوى', 'Contenu', 'Content'),
  },
  labels: {
    singular: label('وثيقة', 'Document', 'Document'),
    plural: label('الوثائق', 'Documents', 'Documents'),
  },
  fields: [titleField()],
  hooks: {
    beforeChange: [enforceSiteScope],
  },
  upload: {
    staticDir: path.join(dataDir(), 'documents'),
    mimeTypes: ['application/pdf'],
  },
}
