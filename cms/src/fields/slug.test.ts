import { describe, expect, it } from 'vitest'
import { slugify, suggestSlug } from './slug.ts'

describe('slugify', () => {
  it('keeps readable Latin slugs from French titles', () => {
    expect(slugify('Réfection de la voirie à Aïn Diab')).toBe('refection-de-la-voirie-a-ain-diab')
    expect(slugify("L'été à Casablanca : programme")).toBe('lete-a-casablanca-programme')
  })

  it('removes everything that could escape a URL segment', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(slugify('a\u202Eb')).toBe('a-b')
  })

  it('gives nothing for a title without Latin letters', () => {
    expect(slugify('أخبار المقاطعة')).toBe('')
    expect(slugify('ⴰⵣⵓⵍ')).toBe('')
  })
})

describe('suggestSlug', () => {
  it('prefers the French title', () => {
    expect(suggestSlug({ ar: 'افتتاح فضاء رقمي', fr: 'Ouverture d’un espace numérique' })).toBe(
      'ouverture-dun-espace-numerique',
    )
  })

  it('spells an Arabic-only title in Latin letters instead of a random code', () => {
    expect(suggestSlug({ ar: 'افتتاح فضاء رقمي جديد للمواطنين' })).toBe(
      'afttah-fda-rqmi-jdid-llmouatnin',
    )
    expect(suggestSlug('شارع الحسن الثاني ٢٠٢٦')).toBe('chara-alhsn-altani-2026')
  })

  it('spells Tifinagh too, and is empty without any title', () => {
    expect(suggestSlug({ zgh: 'ⴰⵣⵓⵍ ⴰⴼⵍⵍⴰ' })).toBe('azul-aflla')
    expect(suggestSlug({})).toBe('')
    expect(suggestSlug({ ar: '   ', fr: '' })).toBe('')
  })
})
