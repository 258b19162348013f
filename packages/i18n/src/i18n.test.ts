import { describe, expect, it } from 'vitest'
import { messages, t, lookup, formatDate, formatNumber, formatDateRange, isoDay } from './index.ts'

describe('t', () => {
  it('reads the asked locale', () => {
    expect(t('fr', 'nav.news')).toBe('Actualités')
    expect(t('ar', 'nav.news')).toBe('الأخبار')
  })

  it('falls back along the registry chain and says so', () => {
    // zgh has no text for the skip link: the chain is zgh → ar.
    expect(lookup('zgh', 'site.skipToContent')).toEqual({
      text: 'الانتقال إلى المحتوى الرئيسي',
      locale: 'ar',
    })
    expect(lookup('zgh', 'nav.news').locale).toBe('zgh')
  })

  it('interpolates and refuses missing variables', () => {
    expect(t('fr', 'pagination.page', { page: 2, total: 5 })).toBe('Page 2 sur 5')
    expect(() => t('fr', 'pagination.page', { page: 2 })).toThrow(/'\{total\}' not given/)
  })

  it('keeps the same placeholders in every table', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(messages.fr)) {
      for (const locale of ['ar', 'zgh', 'en'] as const) {
        const other = messages[locale][key as keyof typeof messages.fr]
        if (other) expect(vars(other), `${locale} '${key}'`).toEqual(vars(text!))
      }
    }
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

  it('collapses ranges', () => {
    expect(formatDateRange('fr', '2025-10-14T09:00:00Z', '2025-10-14T11:00:00Z')).toContain('–')
  })
})
