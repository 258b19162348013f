import type { CollectionConfig } from 'payload'
import { label } from '../fields/labels.ts'
import { titleField } from '../fields/title.ts'
import { heritageGroup } from './civicLabels.ts'
import { centrallyOwned } from './siteScopedConfig.ts'

/** The city's history, year by year: written by central staff, shown on the portal. */
export const TimelineEntries: CollectionConfig = {
  slug: 'timeline-entries',
  ...centrallyOwned,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', '_status'],
    group: heritageGroup,
  },
  labels: {
    singular: label('محطة تاريخية', 'Date historique', 'Timeline entry'),
    plural: label('تاريخ المدينة', 'Histoire de la ville', 'City timeline'),
  },
  graphQL: { singularName: 'TimelineEntry', pluralName: 'TimelineEntries' },
  defaultSort: 'year',
  fields: [
    {
      name: 'year',
      type: 'number',
      required: true,
      index: true,
      min: -1000,
      max: 2100,
      label: label('السنة', 'Année', 'Year'),
    },
    titleField(),
    { name: 'text', type: 'textarea', localized: true, label: label('النص', 'Texte', 'Text') },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('صورة', 'Image', 'Image') },
  ],
}
