'use client'
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { inLanguage } from '../fields/labels.ts'
import { reviewText } from './reviewText.ts'

/**
 * Payload's date field with its time list captioned in the admin's language: the picker's
 * caption is a prop of the date library ("Time"), which field config, shared by every language,
 * cannot translate. Set on every date field with a time by `withDayFirstDates`.
 */
export function LocalDateField(props: DateFieldClientProps) {
  const { i18n } = useTranslation()
  const admin = (props.field.admin ?? {}) as NonNullable<DateFieldClientProps['field']['admin']>
  const date = (admin.date ?? {}) as { overrides?: Record<string, unknown> }
  const field = {
    ...props.field,
    admin: {
      ...admin,
      date: {
        ...date,
        overrides: { ...date.overrides, timeCaption: inLanguage(reviewText.time, i18n.language) },
      },
    },
  } as DateFieldClientProps['field']
  return <DateTimeField {...props} field={field} />
}
