import type { CollectionConfig } from 'payload'
import { newsCategories } from '@bawaba/schemas'
import {
  ownSitesOnly,
  ownSitesVersions,
  publishedOrOwnSites,
  publishersOfOwnSites,
  staffWithSite,
} from '../access/siteScoped.ts'
import { featuredOnField } from '../fields/featuredOn.ts'
import { label } from '../fields/labels.ts'
import { titleField } from '../fields/title.ts'
import { slugField } from '../fields/slug.ts'
import { enforcePublishRight } from '../hooks/enforcePublishRight.ts'
import { enforceSiteScope } from '../hooks/enforceSiteScope.ts'
import { previewButton } from '../preview/link.ts'
import { categoryLabels } from './categoryLabels.ts'
import { editorialVersions } from './siteScopedConfig.ts'

export const News: CollectionConfig = {
  slug: 'news',
  access: {
    read: publishedOrOwnSites,
    readVersions: ownSitesVersions,
    create: staffWithSite,
    update: ownSitesOnly,
    delete: publishersOfOwnSites,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: label('المحتوى', 'Contenu', 'Content'),
    preview: previewButton('news'),
  },
  labels: {
    singular: label('خبر', 'Actualité', 'News item'),
    plural: label('الأخبار', 'Actualités', 'News'),
  },
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  defaultSort: '-publishedAt',
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
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('الصورة الرئيسية', 'Image principale', 'Hero image'),
    },
    { name: 'body', type: 'richText', localized: true, label: label('النص', 'Texte', 'Body') },
    slugField(),
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'announcement',
      options: newsCategories.map((value) => ({ value, label: categoryLabels[value] })),
      admin: { position: 'sidebar' },
      label: label('التصنيف', 'Catégorie', 'Category'),
    },
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: label('تاريخ النشر', 'Date de publication', 'Publication date'),
    },
    featuredOnField(),
  ],
  hooks: {
    beforeOperation: [enforcePublishRight],
    beforeChange: [enforceSiteScope],
  },
  versions: editorialVersions,
}
