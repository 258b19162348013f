import { describe, expect, it } from 'vitest'
import { messages } from '../../messages.ts'
import { forms } from './forms.ts'
import { formsErrors } from './forms-errors.ts'
import { formsNotices } from './forms-notices.ts'

const areas = { forms, formsNotices, formsErrors }
const locales = ['fr', 'ar', 'en', 'zgh'] as const
type Table = Record<string, string | undefined>

const table = (area: (typeof areas)[keyof typeof areas], locale: (typeof locales)[number]) =>
  area[locale] as Table
const allKeys = Object.values(areas).flatMap((area) => Object.keys(area.fr))
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

/** The ids the form code builds keys from: each must have its text. */
const ids = {
  'forms.<service>.title': [
    'complaint',
    'correspondence',
    'urbanism-info',
    'access-to-info',
    'feedback',
  ],
  'forms.complaint.category.<id>': [
    'lighting',
    'roads',
    'cleanliness',
    'green-spaces',
    'nuisance',
    'public-space',
    'markets',
    'civil-status',
    'other',
  ],
  'forms.department.<id>': [
    'presidency',
    'secretariat',
    'urbanism',
    'civil-status',
    'finance',
    'works',
    'social',
    'other',
  ],
  'forms.capacity.<id>': ['owner', 'co-owner', 'architect', 'notary', 'other'],
  'forms.purpose.<id>': ['sale', 'construction', 'succession', 'financing', 'other'],
  'forms.answer.<id>': ['email', 'paper', 'on-site'],
  'forms.status.<id>': [
    'received',
    'under-review',
    'in-progress',
    'transferred',
    'resolved',
    'rejected',
    'reopened',
  ],
  'forms.error.<id>': [
    'required',
    'too-long',
    'too-short',
    'email',
    'phone',
    'contact',
    'choice',
    'coordinates',
    'too-many-files',
    'file-too-large',
    'file-type',
    'too-many-pixels',
    'pdf-active-content',
    'file-corrupt',
    'altcha',
    'duplicate',
    'idempotency-conflict',
    'rate-limited',
    'too-large',
    'cross-origin',
    'unavailable',
    'busy',
    'busy-retrying',
    'summary',
  ],
}

describe('forms strings', () => {
  it('prefix every key with the area name, once across the three tables', () => {
    for (const key of allKeys) expect(key).toMatch(/^forms\./)
    expect(new Set(allKeys).size).toBe(allKeys.length)
  })

  it('have the ids the form code uses', () => {
    for (const [pattern, list] of Object.entries(ids)) {
      for (const id of list) {
        const key = pattern.replace(/<\w+>/, id)
        expect(allKeys, key).toContain(key)
      }
    }
    for (const service of ids['forms.<service>.title']) {
      expect(allKeys).toContain(`forms.${service}.intro`)
    }
  })

  it('give every field a label and a help text', () => {
    const fields = new Set(
      allKeys.flatMap((key) => /^forms\.field\.(\w+)\.(label|help)$/.exec(key)?.[1] ?? []),
    )
    expect(fields.size).toBeGreaterThan(20)
    for (const field of fields) {
      expect(allKeys).toContain(`forms.field.${field}.label`)
      expect(allKeys).toContain(`forms.field.${field}.help`)
    }
  })

  it('have the same keys, with non-empty text, in fr, ar and en', () => {
    for (const area of Object.values(areas)) {
      const keys = Object.keys(area.fr).sort()
      for (const locale of ['fr', 'ar', 'en'] as const) {
        expect(Object.keys(area[locale]).sort(), locale).toEqual(keys)
        for (const key of keys)
          expect(table(area, locale)[key]?.trim(), `${locale} '${key}'`).toBeTruthy()
      }
      // Amazigh is partial, but only for keys French defines.
      for (const key of Object.keys(area.zgh)) expect(keys, `zgh '${key}'`).toContain(key)
    }
  })

  it('write Arabic in Arabic letters and Amazigh in Tifinagh', () => {
    for (const area of Object.values(areas)) {
      for (const [key, text] of Object.entries(area.ar))
        expect(text, key).toMatch(/\p{Script=Arabic}/u)
      for (const [key, text] of Object.entries(area.zgh as Table)) {
        expect(text, key).toMatch(/\p{Script=Tifinagh}/u)
      }
    }
  })

  it('use the same placeholders in every locale', () => {
    for (const area of Object.values(areas)) {
      for (const [key, text] of Object.entries(area.fr)) {
        for (const locale of ['ar', 'en', 'zgh'] as const) {
          const other = table(area, locale)[key]
          if (other !== undefined) {
            expect(placeholders(other), `${locale} '${key}'`).toEqual(placeholders(text))
          }
        }
      }
    }
  })

  it('contain no HTML tags', () => {
    for (const area of Object.values(areas)) {
      for (const locale of locales) {
        for (const [key, text] of Object.entries(table(area, locale))) {
          expect(text, `${locale} '${key}'`).not.toMatch(/<\/?[a-z][^>]*>/i)
        }
      }
    }
  })

  it('are registered in the locale tables', () => {
    for (const area of Object.values(areas)) {
      for (const locale of locales) {
        for (const [key, text] of Object.entries(table(area, locale))) {
          expect(messages[locale][key as keyof (typeof messages)['fr']], `${locale} '${key}'`).toBe(
            text,
          )
        }
      }
    }
  })
})
