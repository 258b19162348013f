import { describe, expect, it } from 'vitest'
import { escapeText, fold, renderCalendar, utc } from './ical.ts'

const octets = (s: string) => new TextEncoder().encode(s).length

describe('iCalendar writer', () => {
  it('escapes the characters RFC 5545 reserves in TEXT', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('writes times in UTC basic format', () => {
    expect(utc(new Date('2026-10-06T09:30:00+01:00'))).toBe('20261006T083000Z')
  })

  it('folds long lines at 75 octets without splitting an Arabic letter', () => {
    const line = `SUMMARY:${'دورة عادية لمجلس مقاطعة أنفا '.repeat(6)}`
    const folded = fold(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    // Unfolding gives the original back (no replacement characters, nothing lost).
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })

  it('renders a calendar with CRLF line ends, one VEVENT per event and no empty fields', () => {
    const ics = renderCalendar(
      {
        prodId: '-//Commune de Casablanca//Bawaba//FR',
        name: 'Anfa, agenda',
        language: 'fr',
        events: [
          {
            uid: 'event-1@anfa.casablancacity.ma',
            start: new Date('2026-12-01T09:00:00Z'),
            end: new Date('2026-12-01T11:00:00Z'),
            summary: 'Session ordinaire, budget; vote',
            location: 'Siège de l’arrondissement',
            url: 'https://anfa.casablancacity.ma/fr/council/sessions/',
            categories: ['council'],
          },
          { uid: 'event-2@anfa', start: new Date('2026-12-05T10:00:00Z'), summary: 'Atelier' },
        ],
      },
      new Date('2026-11-23T10:00:00Z'),
    )
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain('SUMMARY;LANGUAGE=fr:Session ordinaire\\, budget\\; vote')
    expect(ics).toContain('DTSTART:20261201T090000Z\r\nDTEND:20261201T110000Z')
    expect(ics).toContain('DTSTAMP:20261123T100000Z')
    // The second event has no end, location or URL: those lines are left out, not empty.
    const second = ics.slice(ics.lastIndexOf('BEGIN:VEVENT'))
    expect(second).not.toMatch(/DTEND|LOCATION|URL/)
  })
})
