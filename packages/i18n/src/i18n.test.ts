import { describe, expect, it } from 'vitest'
import {
  fillTemplate,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatNumber,
  isoDay,
  lookup,
  messages,
  t,
  template,
  templateVariables,
} from './index.ts'

describe('t', () => {
  it('reads the asked locale', () => {
    expect(t('fr', 'nav.news')).toBe('Actualités')
    expect(t('ar', 'nav.news')).toBe('الأخبار')
  })

  it('falls back along the registry chain and says so', () => {
    // en has every key; a missing one would be read in French, then Arabic.
    expect(lookup('en', 'nav.news')).toEqual({ text: 'News', locale: 'en' })
    expect(lookup('zgh', 'nav.news').locale).toBe('zgh')
  })

  it('interpolates and refuses missing variables', () => {
    expect(t('fr', 'council.termRange', { start: 2021, end: 2027 })).toBe('Mandat : 2021 – 2027')
    expect(() => t('fr', 'council.termRange', { start: 2021 })).toThrow(/'\{end\}' not given/)
  })

  it('keeps the same placeholders in every table', () => {
    for (const [key, text] of Object.entries(messages.fr)) {
      for (const locale of ['ar', 'zgh', 'en'] as const) {
        const other = messages[locale][key as keyof typeof messages.fr]
        if (other)
          expect(templateVariables(other), `${locale} '${key}'`).toEqual(templateVariables(text!))
      }
    }
  })

  it('fills every template of every table (balanced braces, known plural choices)', () => {
    for (const [locale, table] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(table)) {
        const vars = Object.fromEntries(templateVariables(text!).map((name) => [name, 3]))
        expect(() => fillTemplate(text!, vars, 'fr', `${locale} ${key}`)).not.toThrow()
      }
    }
  })
})

describe('Amazigh', () => {
  // Letters outside placeholders: a string with none (a separator, "© {year} {name}") has
  // nothing to write in Tifinagh; brand names (Facebook…) stay as they are written.
  const words = (text: string) =>
    text
      .replace(/\{\w+\}/g, '')
      .replace(/\w+,\s*plural,|(?:=\d+|zero|one|two|few|many|other)\s*\{/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/\b(?:KB|MB|m|RSS|iCal|PDF|JPEG|PNG|WebP|CNDP|OpenStreetMap|Art Déco)\b/g, '')

  it('has a Tifinagh entry for every interface and form string', () => {
    const missing = Object.keys(messages.fr).filter(
      (key) => !messages.zgh[key as keyof typeof messages.fr],
    )
    expect(missing).toEqual([])
  })

  it('writes them in Tifinagh, not in Arabic or Latin letters', () => {
    for (const [key, text] of Object.entries(messages.zgh)) {
      if (key.startsWith('social.')) continue
      const letters = words(text!)
      expect(letters, key).not.toMatch(/\p{Script=Arabic}/u)
      if (/\p{L}/u.test(letters)) expect(letters, key).toMatch(/\p{Script=Tifinagh}/u)
      expect(letters.replace(/[^\p{Script=Latin}]/gu, ''), key).toBe('')
    }
  })

  it('no longer falls back to Arabic for the interface (the skip link, the menu, the forms)', () => {
    expect(lookup('zgh', 'site.skipToContent').locale).toBe('zgh')
    expect(lookup('zgh', 'forms.error.summaryTitle').locale).toBe('zgh')
    expect(t('zgh', 'fallback.tag', { language: t('zgh', 'language.ar') })).toBe('ⵙ ⵜⴰⵄⵔⴰⴱⵜ')
  })
})

describe('plurals', () => {
  it('follows French rules: 0 and 1 are singular, 2 is plural', () => {
    expect(t('fr', 'council.count', { count: 0 })).toBe('0 délibération')
    expect(t('fr', 'council.count', { count: 1 })).toBe('1 délibération')
    expect(t('fr', 'council.count', { count: 2 })).toBe('2 délibérations')
    expect(t('en', 'council.count', { count: 1 })).toBe('1 decision')
    expect(t('en', 'council.count', { count: 0 })).toBe('0 decisions')
  })

  it('follows Arabic rules: one, two, few (3–10), many (11–99), other', () => {
    expect(t('ar', 'council.count', { count: 1 })).toBe('مقرر واحد')
    expect(t('ar', 'council.count', { count: 2 })).toBe('مقرران')
    expect(t('ar', 'council.count', { count: 7 })).toBe('7 مقررات')
    expect(t('ar', 'council.count', { count: 16 })).toBe('16 مقررا')
    expect(t('ar', 'council.count', { count: 100 })).toBe('100 مقرر')
    expect(t('ar', 'arrondissements.count', { count: 16 })).toBe('16 مقاطعة')
  })

  it('prefers an exact =N choice and fills variables inside choices', () => {
    const text = '{n, plural, =0 {none for {q}} one {one for {q}} other {{n} for {q}}}'
    expect(fillTemplate(text, { n: 0, q: 'x' }, 'en', 'test')).toBe('none for x')
    expect(fillTemplate(text, { n: 1, q: 'x' }, 'en', 'test')).toBe('one for x')
    expect(fillTemplate(text, { n: 5, q: 'x' }, 'en', 'test')).toBe('5 for x')
  })

  it('refuses broken templates', () => {
    expect(() => fillTemplate('{n, plural, one {a}}', { n: 1 }, 'en', 'test')).toThrow(/other/)
    expect(() => fillTemplate('{n, plural, other {a}', { n: 1 }, 'en', 'test')).toThrow(
      /unbalanced/,
    )
    expect(() => fillTemplate('{n, plural, other {a}}', {}, 'en', 'test')).toThrow(
      /'\{n\}' not given/,
    )
  })

  it('hands scripts the unfilled template and where it was found', () => {
    expect(template('fr', 'search.count').template).toContain('plural')
    expect(template('fr', 'search.count').locale).toBe('fr')
  })
})

describe('formatting', () => {
  it('uses Latin digits in Arabic', () => {
    expect(formatDate('ar', '2025-10-14T10:00:00Z')).toBe('14 أكتوبر 2025')
    expect(formatNumber('ar', 1234)).toMatch(/^1.234$/)
  })

  it('shows Casablanca time', () => {
    expect(formatDate('fr', '2025-10-14T23:30:00Z')).toBe('15 octobre 2025')
    expect(isoDay('2025-10-14T23:30:00Z')).toBe('2025-10-15')
  })

  it('writes times one way in every language: 24 hours, two-digit minutes', () => {
    for (const locale of ['ar', 'fr', 'zgh', 'en'] as const) {
      const evening = formatDateTime(locale, '2025-10-14T17:30:00Z')
      expect(evening, locale).toContain('18:30')
      expect(evening, locale).not.toMatch(/6:30|PM|م\b/)
      expect(formatDateTime(locale, '2025-10-14T08:05:00Z'), locale).toContain('09:05')
    }
  })

  it('collapses ranges', () => {
    expect(formatDateRange('fr', '2025-10-14T09:00:00Z', '2025-10-14T11:00:00Z')).toContain('–')
  })
})
