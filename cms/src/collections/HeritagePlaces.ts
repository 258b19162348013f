import { heritageCategories } from '@bawaba/schemas'
import type { CollectionConfig } from 'payload'
import { geoPointField } from '../fields/geo.ts'
import { label } from '../fields/labels.ts'
import { slugField } from '../fields/slug.ts'
import { heritageCategoryLabels, heritageGroup, optionsOf } from './civicLabels.ts'
import { siteOwned } from './siteScopedConfig.ts'
import { previewButton } from '../preview/link.ts'

/** A heritage place of an arrondissement; the portal lists every arrondissement's. */
export const HeritagePlaces: CollectionConfig = {
  slug: 'heritage-places',
  ...siteOwned,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'period', '_status'],
    group: heritageGroup,
    preview: previewButton('heritage-places'),
  },
  labels: {
    singular: label('موقع تراثي', 'Lieu patrimonial', 'Heritage place'),
    plural: label('المواقع التراثية', 'Lieux patrimoniaux', 'Heritage places'),
  },
  graphQL: { singularName: 'HeritagePlace', pluralName: 'HeritagePlaces' },
  defaultSort: 'name',
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 160,
      label: label('الاسم', 'Nom', 'Name'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          index: true,
          options: optionsOf(heritageCategories, heritageCategoryLabels),
          label: label('الصنف', 'Catégorie', 'Category'),
        },
        {
          name: 'period',
          type: 'text',
          localized: true,
          label: label('الحقبة', 'Époque', 'Period'),
          admin: {
            description: label('مثلا: ثلاثينيات القرن العشرين', 'Ex. : années 1930', 'E.g. 1930s'),
          },
        },
        {
          name: 'year',
          type: 'number',
          min: 1,
          max: 2100,
          label: label('سنة البناء', 'Année', 'Year'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: label('نبذة', 'Résumé', 'Summary'),
    },
    {
      name: 'address',
      type: 'text',
      localized: true,
      label: label('العنوان', 'Adresse', 'Address'),
    },
    geoPointField(),
    {
      name: 'history',
      type: 'richText',
      localized: true,
      label: label('التاريخ', 'Histoire', 'History'),
    },
    {
      name: 'visiting',
      type: 'textarea',
      localized: true,
      label: label('معلومات الزيارة', 'Informations pratiques', 'Visiting information'),
    },
    {
      name: 'gallery',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: 12,
      label: label('معرض الصور', 'Galerie', 'Gallery'),
    },
    slugField({ from: 'name' }),
  ],
}
