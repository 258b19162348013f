import type { CollectionConfig } from 'payload'
import { eventCategories } from '@bawaba/schemas'
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
import { languageOf, message } from '../i18n/messages.ts'
import { previewButton } from '../preview/link.ts'
import { categoryLabels } from './categoryLabels.ts'
import { editorialVersions } from './siteScopedConfig.ts'

/** Events and activities of a site: cultural, sport, citizenship… */
export const Events: CollectionConfig = {
  slug: 'events',
  access: {
    read: publishedOrOwnSites,
    readVersions: ownSitesVersions,
    create: staffWithSite,
    update: ownSitesOnly,
    delete: publishersOfOwnSites,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'startsAt', '_status'],
    group: label('المحتوى', 'Contenu', 'Content'),
    preview: previewButton('events'),
  },
  labels: {
    singular: label('نشاط', 'Événement', 'Event'),
    plural: label('الأنشطة', 'Événements', 'Events'),
  },
  graphQL: { singularName: 'Event', pluralName: 'Events' },
  defaultSort: '-startsAt',
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
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('البداية', 'Début', 'Starts'),
        },
        {
          name: 'endsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('النهاية', 'Fin', 'Ends'),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
          ) => {
            const start = (siblingData as { startsAt?: string }).startsAt
            if (!value || !start) return true
            return new Date(value as string) > new Date(start)
              ? true
              : message('endBeforeStart', languageOf(req))
          },
        },
      ],
    },
    { name: 'venue', type: 'text', localized: true, label: label('المكان', 'Lieu', 'Venue') },
    {
      name: 'address',
      type: 'textarea',
      localized: true,
      label: label('العنوان', 'Adresse', 'Address'),
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: label('الصورة', 'Image', 'Image'),
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('التفاصيل', 'Détails', 'Details'),
    },
    slugField(),
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'culture',
      options: eventCategories.map((value) => ({ value, label: categoryLabels[value] })),
      admin: { position: 'sidebar' },
      label: label('التصنيف', 'Catégorie', 'Category'),
    },
    featuredOnField(),
  ],
  hooks: {
    beforeOperation: [enforcePublishRight],
    beforeChange: [enforceSiteScope],
  },
  versions: editorialVersions,
}
