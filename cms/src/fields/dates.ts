import type { CollectionConfig, DateField, Field } from 'payload'

/**
 * Dates in the admin read day-month-year with a 24-hour clock, whatever the admin language
 * (and a time list captioned in it):
 * Payload's defaults are American ("02/04/2027" is 4 February to it, 2 April to a Moroccan)
 * with a 12-hour clock. `dateFormat` in the config covers the document meta; date fields carry
 * their own format, set here for every one of them so that a new field cannot miss it.
 */
export const adminDateFormat = 'dd/MM/yyyy HH:mm'

const displayFormats: Record<string, string> = {
  dayAndTime: adminDateFormat,
  timeOnly: 'HH:mm',
  monthOnly: 'MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  default: 'dd/MM/yyyy',
}

function dayFirst(field: DateField): DateField {
  // `date` is a union keyed by `pickerAppearance`; every variant takes these two formats.
  const date = (field.admin?.date ?? {}) as { pickerAppearance?: string } & Record<string, unknown>
  const appearance = date.pickerAppearance ?? 'default'
  const withTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
  const components = field.admin?.components ?? {}
  return {
    ...field,
    admin: {
      ...field.admin,
      // The time list's caption in the staff's language (see components/LocalDateField).
      ...(withTime && !components.Field
        ? { components: { ...components, Field: '/components/LocalDateField#LocalDateField' } }
        : {}),
      date: {
        ...date,
        displayFormat: date.displayFormat ?? displayFormats[appearance],
        timeFormat: date.timeFormat ?? 'HH:mm',
      } as NonNullable<DateField['admin']>['date'],
    },
  }
}

function walk(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return dayFirst(field)
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: walk(block.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: walk(field.fields) } as Field
    return field
  })
}

/** The collection with every date field, however nested, shown day first. */
export function withDayFirstDates(config: CollectionConfig): CollectionConfig {
  return { ...config, fields: walk(config.fields) }
}
