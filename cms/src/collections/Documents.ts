import path from 'node:path'
import { libraryKinds } from '@bawaba/schemas'
import type { CollectionConfig } from 'payload'
import { dataDir } from '../env.ts'
import { label } from '../fields/labels.ts'
import { titleField } from '../fields/title.ts'
import { inspectPdfUpload } from '../hooks/inspectPdfUpload.ts'
import { libraryKindLabels, optionsOf } from './civicLabels.ts'
import { siteOwnedUpload } from './siteScopedConfig.ts'

/**
 * PDF documents of a site: council minutes, full texts of deliberations and, when given a
 * library type, the documents library (plans, legal texts, reports, forms). PDF only — Payload
 * checks the content, not the name, so an HTML or SVG page renamed `.pdf` is refused.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  ...siteOwnedUpload,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'filesize'],
    group: label('المحتوى', 'Contenu', 'Content'),
  },
  labels: {
    singular: label('وثيقة', 'Document', 'Document'),
    plural: label('الوثائق', 'Documents', 'Documents'),
  },
  fields: [
    titleField(),
    {
      name: 'kind',
      type: 'select',
      index: true,
      options: optionsOf(libraryKinds, libraryKindLabels),
      label: label('نوع الوثيقة في الخزانة', 'Type (bibliothèque)', 'Library type'),
      admin: {
        description: label(
          'تظهر الوثيقة في خزانة الوثائق بالموقع متى حُدد نوعها.',
          'Le document figure dans la bibliothèque du site dès qu’il a un type.',
          'The document is listed in the site’s library once it has a type.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          maxLength: 80,
          label: label('المرجع', 'Référence', 'Reference'),
        },
        {
          name: 'date',
          type: 'date',
          index: true,
          label: label('التاريخ', 'Date', 'Date'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: label('ملخص', 'Résumé', 'Summary'),
    },
  ],
  hooks: {
    ...siteOwnedUpload.hooks,
    beforeChange: [...(siteOwnedUpload.hooks?.beforeChange ?? []), inspectPdfUpload],
  },
  upload: {
    staticDir: path.join(dataDir(), 'documents'),
    mimeTypes: ['application/pdf'],
  },
}
