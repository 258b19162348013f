import { describe, expect, it } from 'vitest'
import { dayName, dayRuns, formatDays, formatHoursRow, hoursLines } from './hours.ts'

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

describe('day names', () => {
  it('names days in each locale, Monday first', () => {
    expect(dayName('fr', 'mon')).toBe('lundi')
    expect(dayName('fr', 'sun')).toBe('dimanche')
    expect(dayName('ar', 'mon')).toBe('الاثنين')
    expect(dayName('ar', 'fri')).toBe('الجمعة')
    expect(dayName('en', 'sat')).toBe('Saturday')
    expect(dayName('zgh', 'mon')).toMatch(/^[\u2D30-\u2D7F]+$/)
  })
})

describe('runs of consecutive days', () => {
  it('groups consecutive days in week order, whatever the input order', () => {
    expect(dayRuns(['fri', 'mon', 'tue', 'wed'])).toEqual([['mon', 'tue', 'wed'], ['fri']])
    expect(dayRuns(['sat', 'sun'])).toEqual([['sat', 'sun']])
    expect(dayRuns(['mon', 'mon', 'tue'])).toEqual([['mon', 'tue']])
    expect(dayRuns([])).toEqual([])
  })
})

describe('days as words', () => {
  it('turns three days or more into a range', () => {
    expect(formatDays('fr', weekdays)).toBe('Lundi – vendredi')
    expect(formatDays('en', weekdays)).toBe('Monday – Friday')
    expect(formatDays('ar', weekdays)).toBe('من الاثنين إلى الجمعة')
  })

  it('lists single days and pairs, and mixes them with ranges', () => {
    expect(formatDays('fr', ['sat'])).toBe('Samedi')
    expect(formatDays('fr', ['sat', 'sun'])).toBe('Samedi, dimanche')
    expect(formatDays('fr', ['mon', 'wed', 'thu', 'fri'])).toBe('Lundi, mercredi – vendredi')
    expect(formatDays('ar', ['mon', 'wed', 'thu', 'fri'])).toBe('الاثنين، من الأربعاء إلى الجمعة')
  })

  it('writes Amazigh day names in Tifinagh with its own punctuation', () => {
    const text = formatDays('zgh', weekdays)
    expect(text).toContain(' – ')
    expect(text).not.toMatch(/[\u0600-\u06FF]/)
    expect(
      hoursLines('zgh', [{ days: [...weekdays], opens: '08:30', closes: '16:30' }])[0]!.locale,
    ).toBe('zgh')
  })
})

describe('timetable rows', () => {
  const rows = [
    { days: [...weekdays], opens: '08:30', closes: '16:30' },
    { days: ['sat' as const], opens: '09:00', closes: '12:00' },
  ]

  it('formats a row as the pages show it', () => {
    expect(formatHoursRow('fr', rows[0]!)).toBe('Lundi – vendredi\u00a0: 08:30 – 16:30')
    expect(formatHoursRow('en', rows[1]!)).toBe('Saturday: 09:00 – 12:00')
    expect(formatHoursRow('ar', rows[0]!)).toBe('من الاثنين إلى الجمعة: 08:30 – 16:30')
  })

  it('keeps one line per row, in order, and skips rows without days', () => {
    const lines = hoursLines('fr', [...rows, { days: [], opens: '10:00', closes: '11:00' }])
    expect(lines).toEqual([
      { days: 'Lundi – vendredi', locale: 'fr', opens: '08:30', closes: '16:30' },
      { days: 'Samedi', locale: 'fr', opens: '09:00', closes: '12:00' },
    ])
  })
})
