import type { CollectionConfig, FieldHook } from 'payload'
import { sessionKinds, sessionStatuses } from '@bawaba/schemas'
import { httpsUrlField } from '../fields/httpsUrl.ts'
import { label } from '../fields/labels.ts'
import { slugField, slugify } from '../fields/slug.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { isOrdinarySessionDate } from '../lib/sessionCalendar.ts'
import { siteOwned } from './siteScopedConfig.ts'
import { councilGroup, sessionKindLabels, sessionStatusLabels } from './councilLabels.ts'

/** A session has no title: its slug says what and when, e.g. `ordinary-2026-10-06`. */
const sessionSlug: FieldHook = ({ value, data }) => {
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed) return typed
  const day = typeof data?.date === 'string' ? data.date.slice(0, 10) : ''
  return slugify(`${data?.kind ?? 'session'}-${day}`)
}

/** Sessions of a site's council: agenda before, minutes and video after. */
export const CouncilSessions: CollectionConfig = {
  slug: 'council-sessions',
  ...siteOwned,
  admin: {
    useAsTitle: 'slug',
    defaultColumns: ['slug', 'kind', 'date', 'status', '_status'],
    group: councilGroup,
  },
  labels: {
    singular: label('دورة المجلس', 'Session du conseil', 'Council session'),
    plural: label('دورات المجلس', 'Sessions du conseil', 'Council sessions'),
  },
  graphQL: { singularName: 'CouncilSession', pluralName: 'CouncilSessions' },
  defaultSort: '-date',
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'ordinary',
          options: sessionKinds.map((value) => ({ value, label: sessionKindLabels[value] })),
          label: label('نوع الدورة', 'Type de session', 'Kind'),
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('التاريخ', 'Date', 'Date'),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
          ) => {
            if (!value) return message('sessionDateRequired', languageOf(req))
            const kind = (siblingData as { kind?: string }).kind
            if (kind === 'ordinary' && !isOrdinarySessionDate(value as string))
              return message('ordinarySessionMonth', languageOf(req))
            return true
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'announced',
          options: sessionStatuses.map((value) => ({ value, label: sessionStatusLabels[value] })),
          label: label('الحالة', 'Statut', 'Status'),
        },
      ],
    },
    { name: 'place', type: 'text', localized: true, label: label('المكان', 'Lieu', 'Place') },
    {
      name: 'agenda',
      type: 'array',
      labels: {
        singular: label('نقطة', 'Point', 'Item'),
        plural: label('نقاط', 'Points', 'Items'),
      },
      label: label('جدول الأعمال', 'Ordre du jour', 'Agenda'),
      fields: [
        {
          name: 'item',
          type: 'textarea',
          localized: true,
          label: label('النقطة', 'Point', 'Item'),
        },
      ],
    },
    httpsUrlField('videoUrl', label('رابط الفيديو', 'Lien de la vidéo', 'Video link')),
    {
      name: 'minutes',
      type: 'upload',
      relationTo: 'documents',
      label: label('المحضر (PDF)', 'Procès-verbal (PDF)', 'Minutes (PDF)'),
    },
    { ...slugField(), hooks: { beforeValidate: [sessionSlug] } },
  ],
}
