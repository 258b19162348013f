import { describe, expect, it } from 'vitest'
import { casablancaMonth, isOrdinarySessionDate, ordinarySessionDates } from './sessionCalendar.ts'
import { minimalPdf } from '../seed/pdf.ts'

describe('the session calendar', () => {
  it('reads months on Casablanca’s clock (UTC+1)', () => {
    expect(casablancaMonth('2026-01-31T23:30:00.000Z')).toBe(2)
    expect(isOrdinarySessionDate('2026-01-31T23:30:00.000Z')).toBe(true)
    expect(isOrdinarySessionDate('2026-03-01T09:00:00.000Z')).toBe(false)
  })

  it('seeds the last held and the next ordinary session around any day of the year', () => {
    for (let day = 0; day < 366; day += 5) {
      const now = new Date(Date.UTC(2026, 0, 1 + day, 12))
      const { held, next } = ordinarySessionDates(now)
      expect(held.getTime()).toBeLessThan(now.getTime())
      expect(next.getTime()).toBeGreaterThan(now.getTime())
      expect(isOrdinarySessionDate(held) && isOrdinarySessionDate(next)).toBe(true)
    }
  })
})

describe('the seed’s PDF', () => {
  it('is a PDF whose cross-reference offsets point at its objects', () => {
    const pdf = minimalPdf(['Procès-verbal (test)', 'Ligne \\ deux'])
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1])
    expect(text.slice(startxref, startxref + 4)).toBe('xref')
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, i) =>
      expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true),
    )
    const length = Number(/\/Length (\d+)/.exec(text)![1])
    const stream = text.indexOf('stream\n') + 'stream\n'.length
    expect(text.slice(stream + length, stream + length + 10)).toBe('\nendstream')
  })
})
