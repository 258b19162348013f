import { describe, expect, it } from 'vitest'
import { transliterate } from './transliterate.ts'

describe('transliterate', () => {
  it('spells Arabic the way Moroccan French writes names', () => {
    expect(transliterate('شكايات')).toBe('chkaiat')
    expect(transliterate('خريبكة')).toBe('khribka')
    expect(transliterate('وادي')).toBe('wadi')
    expect(transliterate('يوم')).toBe('youm')
  })

  it('drops the short-vowel marks and the tatweel, and reads Arabic-Indic digits', () => {
    expect(transliterate('مَدْرَسَة')).toBe(transliterate('مدرسة'))
    expect(transliterate('مـــدرسة')).toBe(transliterate('مدرسة'))
    expect(transliterate('٢٠٢٦ و۱۲')).toBe('2026 w12')
  })

  it('leaves Latin text and punctuation for slugify', () => {
    expect(transliterate('Anfa 2026: أنفا')).toBe('Anfa 2026: anfa')
  })
})
