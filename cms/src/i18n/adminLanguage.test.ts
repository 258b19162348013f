import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { adminTranslations } from './admin.ts'

// Taken before the config loads: plugins merge their own strings into the same object.
const corrections = structuredClone(adminTranslations)

/**
 * Everything the admin shows staff is in their language and reads day first: walks the
 * sanitized config (every collection, every nested field) rather than a list that a new
 * field could be missing from.
 */

let config: SanitizedConfig

beforeAll(async () => {
  config = await (await import('../payload.config.ts')).default
}, 60_000)

interface Found {
  path: string
  field: Field
}

function fieldsOf(fields: Field[], path: string, out: Found[] = []): Found[] {
  for (const field of fields) {
    const here = 'name' in field && field.name ? `${path}.${field.name}` : path
    out.push({ path: here, field })
    if (field.type === 'tabs') for (const tab of field.tabs) fieldsOf(tab.fields, here, out)
    else if (field.type === 'blocks')
      for (const block of field.blocks) fieldsOf(block.fields, `${here}.${block.slug}`, out)
    else if ('fields' in field && Array.isArray(field.fields)) fieldsOf(field.fields, here, out)
  }
  return out
}

const ours = () =>
  config.collections
    .filter((c) => !c.slug.startsWith('payload-'))
    .flatMap((c) => fieldsOf(c.fields, c.slug))

const inThreeLanguages = (text: unknown) =>
  typeof text === 'object' &&
  text !== null &&
  ['ar', 'fr', 'en'].every((l) => typeof (text as Record<string, unknown>)[l] === 'string')

describe('the admin in the staff’s language', () => {
  it('labels every choice of every select in Arabic, French and English (no raw values)', () => {
    const raw = ours().flatMap(({ path, field }) =>
      field.type === 'select' || field.type === 'radio'
        ? field.options
            // Payload's own options (`_status`) are labelled by its translations (a function).
            .filter(
              (o) =>
                typeof o === 'string' ||
                (typeof o.label !== 'function' && !inThreeLanguages(o.label)),
            )
            .map((o) => `${path}: ${typeof o === 'string' ? o : o.value}`)
        : [],
    )
    expect(raw).toEqual([])
  })

  it('titles every document by words, never by a raw value or an id (a build was titled "failed")', () => {
    const raw = config.collections
      .filter((c) => !c.slug.startsWith('payload-'))
      .flatMap((c) => {
        const title = c.admin.useAsTitle
        const field = fieldsOf(c.fields, c.slug).find((f) => f.path === `${c.slug}.${title}`)
        return !field ||
          ['select', 'radio', 'relationship', 'upload', 'date', 'number', 'checkbox'].includes(
            field.field.type,
          )
          ? [`${c.slug}: ${title}`]
          : []
      })
    expect(raw).toEqual([])
  })

  it('names the rows of every list ("نقطة 01", not "Agenda 01")', () => {
    const unnamed = ours()
      .filter(
        ({ field }) => field.type === 'array' && !field.admin?.hidden && !field.admin?.disabled,
      )
      .filter(
        ({ field }) =>
          !inThreeLanguages((field as { labels?: { singular?: unknown } }).labels?.singular),
      )
      .map(({ path }) => path)
    expect(unnamed).toEqual([])
  })

  it('shows every date day first, with a 24-hour clock', () => {
    const dates = ours().filter(({ field }) => field.type === 'date')
    expect(dates.length).toBeGreaterThan(10)
    // Payload's own dates (createdAt, updatedAt…) come after ours and use the config's format.
    const own = new Set(['createdAt', 'updatedAt', 'deletedAt', 'expiresAt'])
    for (const { path, field } of dates) {
      const date = (field.admin as { date?: { displayFormat?: string; timeFormat?: string } })?.date
      const { hidden, disabled } = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
      const never = (field as { hidden?: boolean }).hidden
      if ((hidden || disabled || never || own.has(path.split('.').at(-1)!)) && !date?.displayFormat)
        continue
      expect(date?.displayFormat ?? `${path}: none`, path).toMatch(
        /^(dd\/MM\/yyyy( HH:mm)?|HH:mm|MM\/yyyy)$/,
      )
      expect(date?.timeFormat, path).toBe('HH:mm')
      // A time list captioned in the staff's language, not "Time".
      const appearance = (date as { pickerAppearance?: string } | undefined)?.pickerAppearance
      if (appearance === 'dayAndTime' || appearance === 'timeOnly')
        expect(field.admin?.components?.Field, path).toBe(
          '/components/LocalDateField#LocalDateField',
        )
    }
    expect(config.admin.dateFormat).toBe('dd/MM/yyyy HH:mm')
    expect(config.admin.timezones.defaultTimezone).toBe('Africa/Casablanca')
  })

  it('keeps Payload’s placeholders in the strings it corrects (no literal "{{العنوان}}")', async () => {
    const { en } = await import('@payloadcms/translations/languages/en')
    const english = en.translations as unknown as Record<string, Record<string, string>>
    for (const [language, groups] of Object.entries(corrections))
      for (const [group, keys] of Object.entries(groups as Record<string, Record<string, string>>))
        for (const [key, text] of Object.entries(keys)) {
          const wanted = english[group]?.[key]
          expect(wanted, `${language} ${group}:${key} exists in Payload`).toBeTypeOf('string')
          const names = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
          expect(names(text), `${language} ${group}:${key}`).toEqual(names(wanted!))
        }
  })

  it('never calls a content locale "الموقع" (the site) in Arabic', () => {
    const arabic = config.i18n.translations?.ar as Record<string, Record<string, string>>
    const localeStrings = [
      ...Object.values(arabic.localization ?? {}),
      arabic.general?.locale,
      arabic.general?.locales,
      arabic.general?.allLocales,
      arabic.version?.publishAllLocales,
    ]
    for (const text of localeStrings) expect(text).not.toMatch(/الموقع|المواقع/)
  })
})
