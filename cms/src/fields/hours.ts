import { weekDays, type WeekDay } from '@bawaba/schemas'
import type { ArrayField } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'
import { label, type AdminLabel } from './labels.ts'

const dayLabels: Record<WeekDay, AdminLabel> = {
  mon: label('الاثنين', 'Lundi', 'Monday'),
  tue: label('الثلاثاء', 'Mardi', 'Tuesday'),
  wed: label('الأربعاء', 'Mercredi', 'Wednesday'),
  thu: label('الخميس', 'Jeudi', 'Thursday'),
  fri: label('الجمعة', 'Vendredi', 'Friday'),
  sat: label('السبت', 'Samedi', 'Saturday'),
  sun: label('الأحد', 'Dimanche', 'Sunday'),
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/

type Req = { req: { i18n?: { language?: string } }; siblingData?: unknown }

const timeField = (name: 'opens' | 'closes', fieldLabel: AdminLabel) => ({
  name,
  type: 'text' as const,
  required: true,
  label: fieldLabel,
  admin: { placeholder: name === 'opens' ? '08:30' : '16:30', width: '50%' },
  validate: (value: unknown, { req, siblingData }: Req) => {
    if (typeof value !== 'string' || !clock.test(value))
      return message('clockFormat', languageOf(req))
    const opens = (siblingData as { opens?: string } | undefined)?.opens
    if (name === 'closes' && typeof opens === 'string' && clock.test(opens) && value <= opens)
      return message('closesBeforeOpens', languageOf(req))
    return true
  },
})

/** Structured opening hours: rows of days with one opening and one closing time. */
export const hoursField = (name: string, fieldLabel: AdminLabel): ArrayField => ({
  name,
  type: 'array',
  label: fieldLabel,
  labels: {
    singular: label('فترة', 'Plage', 'Time slot'),
    plural: label('فترات', 'Plages', 'Time slots'),
  },
  fields: [
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      required: true,
      options: weekDays.map((value) => ({ value, label: dayLabels[value] })),
      label: label('الأيام', 'Jours', 'Days'),
    },
    {
      type: 'row',
      fields: [
        timeField('opens', label('يفتح', 'Ouverture', 'Opens')),
        timeField('closes', label('يغلق', 'Fermeture', 'Closes')),
      ],
    },
  ],
})
