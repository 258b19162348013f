import { describe, expect, it } from 'vitest'
import { slugify } from './slug.ts'

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
