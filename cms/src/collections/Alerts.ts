import { alertSeverities, parseHref } from '@bawaba/schemas'
import type { CollectionConfig } from 'payload'
import { centralStaffOnly } from '../access/central.ts'
import { publicRead } from '../access/siteScoped.ts'
import { label } from '../fields/labels.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { alertSeverityLabels, communeGroup, optionsOf } from './civicLabels.ts'

/** An https link or a path of the sites, read as browsers read it (no `//host`). */
const safeUrl = (value: string) => {
  const href = parseHref(value)
  return href?.kind === 'path'
    ? href.href.startsWith('/')
    : href?.href.startsWith('https:') === true
}

/**
 * An alert banner (water cut, storm, office closure) on every page of all or chosen sites,
 * shown during its window only: the sites are rebuilt when it starts and when it ends.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  access: {
    read: publicRead,
    create: centralStaffOnly,
    update: centralStaffOnly,
    delete: centralStaffOnly,
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'severity', 'startsAt', 'endsAt'],
    group: communeGroup,
  },
  labels: {
    singular: label('تنبيه', 'Alerte', 'Alert'),
    plural: label('التنبيهات', 'Alertes', 'Alerts'),
  },
  graphQL: { singularName: 'Alert', pluralName: 'Alerts' },
  defaultSort: '-startsAt',
  fields: [
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: optionsOf(alertSeverities, alertSeverityLabels),
      label: label('الدرجة', 'Gravité', 'Severity'),
    },
    {
      name: 'message',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 280,
      label: label('الرسالة', 'Message', 'Message'),
    },
    {
      name: 'link',
      type: 'group',
      label: label('رابط للمزيد', 'Lien « en savoir plus »', 'More link'),
      fields: [
        { name: 'label', type: 'text', localized: true, label: label('النص', 'Libellé', 'Label') },
        {
          name: 'url',
          type: 'text',
          label: label('العنوان', 'Adresse', 'Address'),
          validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
            value === null ||
            value === undefined ||
            value === '' ||
            (typeof value === 'string' && safeUrl(value))
              ? true
              : message('httpsOnly', languageOf(req)),
        },
      ],
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
          label: label('يبدأ في', 'Début', 'Starts'),
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('ينتهي في', 'Fin', 'Ends'),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
          ) => {
            if (!value) return message('endBeforeStart', languageOf(req))
            const start = (siblingData as { startsAt?: string }).startsAt
            return !start || new Date(value as string) > new Date(start)
              ? true
              : message('endBeforeStart', languageOf(req))
          },
        },
      ],
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      label: label('المواقع المعنية', 'Sites concernés', 'Sites'),
      admin: {
        description: label(
          'اتركه فارغًا ليظهر التنبيه على جميع المواقع.',
          'Laisser vide pour afficher l’alerte sur tous les sites.',
          'Leave empty to show the alert on every site.',
        ),
      },
    },
  ],
}
