import { officeKinds } from '@bawaba/schemas'
import type { CollectionConfig } from 'payload'
import { geoPointField } from '../fields/geo.ts'
import { hoursField } from '../fields/hours.ts'
import { label } from '../fields/labels.ts'
import { slugField } from '../fields/slug.ts'
import { officeKindLabels, optionsOf, servicesGroup } from './civicLabels.ts'
import { siteOwned } from './siteScopedConfig.ts'

/**
 * Where citizens are received: annexes, civil-status offices, legalisation and one-stop desks,
 * with their hours and a separate Ramadan timetable.
 */
export const Offices: CollectionConfig = {
  slug: 'offices',
  ...siteOwned,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'phone', '_status'],
    group: servicesGroup,
  },
  labels: {
    singular: label('مكتب استقبال', 'Guichet', 'Office'),
    plural: label('المكاتب والملحقات', 'Guichets et annexes', 'Offices'),
  },
  graphQL: { singularName: 'Office', pluralName: 'Offices' },
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
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(officeKinds, officeKindLabels),
      label: label('النوع', 'Type', 'Kind'),
    },
    {
      name: 'address',
      type: 'text',
      localized: true,
      label: label('العنوان', 'Adresse', 'Address'),
    },
    geoPointField(),
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
    hoursField('hours', label('أوقات العمل', "Horaires d'ouverture", 'Opening hours')),
    hoursField('ramadanHours', label('التوقيت في رمضان', 'Horaires du Ramadan', 'Ramadan hours')),
    {
      name: 'services',
      type: 'array',
      labels: {
        singular: label('خدمة', 'Service', 'Service'),
        plural: label('خدمات', 'Services', 'Services'),
      },
      label: label('الخدمات المقدمة', 'Services offerts', 'Services offered'),
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          label: label('الخدمة', 'Service', 'Service'),
        },
      ],
    },
    slugField({ from: 'name' }),
  ],
}
