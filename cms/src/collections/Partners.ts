import { partnerKinds } from '@bawaba/schemas'
import type { CollectionConfig } from 'payload'
import { httpsUrlField } from '../fields/httpsUrl.ts'
import { label } from '../fields/labels.ts'
import { slugField } from '../fields/slug.ts'
import { communeGroup, optionsOf, partnerKindLabels } from './civicLabels.ts'
import { centrallyOwned } from './siteScopedConfig.ts'

/** Delegated-management operators and local development companies working for the commune. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  ...centrallyOwned,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', '_status'],
    group: communeGroup,
  },
  labels: {
    singular: label('شريك', 'Partenaire', 'Partner'),
    plural: label('الشركاء', 'Partenaires', 'Partners'),
  },
  graphQL: { singularName: 'Partner', pluralName: 'Partners' },
  defaultSort: 'name',
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
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsOf(partnerKinds, partnerKindLabels),
      label: label('الصفة', 'Statut', 'Kind'),
    },
    {
      name: 'runs',
      type: 'textarea',
      localized: true,
      label: label('المرفق الذي يدبره', 'Ce qu’il gère', 'What it runs'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          maxLength: 30,
          label: label('الهاتف', 'Téléphone', 'Phone'),
        },
        { name: 'email', type: 'email', label: label('البريد الإلكتروني', 'Courriel', 'Email') },
      ],
    },
    httpsUrlField('url', label('الموقع الإلكتروني', 'Site web', 'Website')),
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('الشعار', 'Logo', 'Logo') },
    slugField({ scope: 'shared', from: 'name' }),
  ],
}
