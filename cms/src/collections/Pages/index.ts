import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import {
  ownSitesOnly,
  ownSitesVersions,
  publishedOrOwnSites,
  publishersOfOwnSites,
  staffWithSite,
} from '../../access/siteScoped.ts'
import { pageBlocks } from '../../blocks/index.ts'
import { label } from '../../fields/labels.ts'
import { titleField } from '../../fields/title.ts'
import { slugField } from '../../fields/slug.ts'
import { enforcePublishRight } from '../../hooks/enforcePublishRight.ts'
import { enforceSiteScope } from '../../hooks/enforceSiteScope.ts'
import { languageOf, message } from '../../i18n/messages.ts'
import { computePath, updateChildPaths } from './hooks/computePath.ts'
import { idOf } from '../../lib/ids.ts'
import { previewButton } from '../../preview/link.ts'
import { editorialVersions } from '../siteScopedConfig.ts'

/** The parent is a page of the same site and not the page itself or one of its descendants. */
const validateParent: RelationshipFieldSingleValidation = async (value, { data, id, req }) => {
  const parentId = idOf(value)
  if (!parentId) return true
  const lang = languageOf(req)
  let cursor: string | undefined = parentId
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === id) return message('parentCycle', lang)
    const page = await req.payload.findByID({
      collection: 'pages',
      id: cursor,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!page) return true
    if (depth === 0 && idOf(page.site) !== idOf((data as { site?: unknown }).site))
      return message('parentOtherSite', lang)
    cursor = idOf(page.parent)
  }
  return true
}

/** Content pages of a site, nested (`about/history`), built from layout blocks. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    read: publishedOrOwnSites,
    readVersions: ownSitesVersions,
    create: staffWithSite,
    update: ownSitesOnly,
    delete: publishersOfOwnSites,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', '_status', 'updatedAt'],
    group: label('المحتوى', 'Contenu', 'Content'),
    preview: previewButton('pages'),
  },
  labels: { singular: label('صفحة', 'Page', 'Page'), plural: label('الصفحات', 'Pages', 'Pages') },
  graphQL: { singularName: 'Page', pluralName: 'Pages' },
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  fields: [
    titleField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 320,
      label: label('الملخص', 'Résumé', 'Summary'),
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: pageBlocks,
      label: label('المحتوى', 'Contenu', 'Layout'),
    },
    slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: label('الصفحة الأم', 'Page parente', 'Parent page'),
      filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true),
      validate: validateParent,
      admin: { position: 'sidebar' },
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      label: label('المسار', 'Chemin', 'Path'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeOperation: [enforcePublishRight],
    beforeChange: [enforceSiteScope, computePath],
    afterChange: [updateChildPaths],
  },
  versions: editorialVersions,
}
