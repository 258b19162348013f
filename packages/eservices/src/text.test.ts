import { describe, expect, it } from 'vitest'
import { cleanText } from './text.ts'

describe('cleanText', () => {
  it('normalizes to NFC', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café')
    expect(cleanText('Cafe\u0301')).toHaveLength(4)
  })

  it('keeps markup as typed: it is data, escaped when rendered', () => {
    const typed = '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:void(0)'
    expect(cleanText(typed)).toBe(typed)
    expect(cleanText(`a & b "c" 'd'`, { multiline: true })).toBe(`a & b "c" 'd'`)
  })

  it('keeps Arabic, Tifinagh and emoji intact, with the marks mixed text needs', () => {
    const mixed = 'شارع \u200Fالحسن الثاني\u200E n° 12 ⵜⴰⵎⴰⵣⵉⵖⵜ 👨‍👩‍👧 \u061C'
    expect(cleanText(mixed)).toBe(mixed)
  })

  it('removes bidi embeddings, overrides and isolates, and the BOM', () => {
    expect(cleanText('photo\u202Egpj.exe')).toBe('photogpj.exe')
    expect(cleanText('\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee')).toBe('abcde')
    expect(cleanText('\u2066a\u2067b\u2068c\u2069d')).toBe('abcd')
    expect(cleanText('\uFEFFtext')).toBe('text')
  })

  it('removes C0 and C1 controls and DEL', () => {
    expect(cleanText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('abcdefg')
    expect(cleanText('a\u000Bb\u000Cc', { multiline: true })).toBe('abc')
  })

  it('keeps line breaks in multiline text as LF, tabs as spaces', () => {
    expect(cleanText('  line 1\r\nline 2\rline 3\u2028line\t4  \n\n', { multiline: true })).toBe(
      'line 1\nline 2\nline 3\nline 4',
    )
    expect(cleanText('a   \nb', { multiline: true })).toBe('a\nb')
    expect(cleanText('a\n\n\nb', { multiline: true })).toBe('a\n\n\nb')
  })

  it('puts single-line text on one line with single spaces', () => {
    expect(cleanText('  Ahmed\r\n\tBen   Ali\u00A0 ')).toBe('Ahmed Ben Ali')
    expect(cleanText('a\u2029b')).toBe('a b')
  })

  it('removes unpaired surrogates and keeps pairs', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('abc')
    expect(cleanText('😀')).toBe('😀')
  })

  it('never shortens a value within the limit, and keeps an overlong one overlong', () => {
    expect(cleanText('x'.repeat(10), { maxLength: 10 })).toBe('x'.repeat(10))
    expect(cleanText(`  ${'x'.repeat(10)}  `, { maxLength: 10 })).toBe('x'.repeat(10))
    expect(cleanText('x'.repeat(1_000_000), { maxLength: 10 })).toBe('x'.repeat(11))
    // Never splits a surrogate pair: one unit longer instead.
    expect(cleanText('x'.repeat(10) + '😀', { maxLength: 10 })).toBe(`${'x'.repeat(10)}😀`)
    expect(cleanText('\u0000'.repeat(100) + 'hello', { maxLength: 5 })).toBe('hello')
  })

  it('never throws', () => {
    expect(cleanText(undefined as unknown as string)).toBe('')
    expect(cleanText(42 as unknown as string)).toBe('')
    expect(cleanText('', { maxLength: 0 })).toBe('')
    expect(cleanText('ab', { maxLength: -1 })).toBe('ab')
  })
})
