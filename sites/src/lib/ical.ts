/**
 * iCalendar (RFC 5545) feed writer: what a citizen's calendar app subscribes to for a site's
 * upcoming events and council sessions. Pure, so every rule (escaping, folding, UTC) is tested.
 */

export interface CalendarEvent {
  /** Stable across builds, so calendar apps update an entry instead of duplicating it. */
  uid: string
  start: Date
  end?: Date | null
  summary: string
  description?: string
  location?: string
  url?: string
  categories?: string[]
  /** Last change of the source document. */
  updated?: Date
}

export interface Calendar {
  /** Product id: `-//Commune de Casablanca//Bawaba//FR`. */
  prodId: string
  name: string
  /** BCP 47 language of the texts. */
  language: string
  events: CalendarEvent[]
}

/** `TEXT` value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** `20261006T090000Z` */
export function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * Folds a content line at 75 octets (continuation lines start with a space), never inside a
 * UTF-8 sequence: Arabic letters are two bytes, Tifinagh three.
 */
export function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (bytes + size > limit) {
      parts.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function property(name: string, value: string, params = ''): string {
  return fold(`${name}${params}:${value}`)
}

export function renderCalendar(calendar: Calendar, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', calendar.prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(calendar.name)),
    'X-WR-TIMEZONE:Africa/Casablanca',
  ]
  const lang = `;LANGUAGE=${calendar.language}`
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      property('UID', event.uid),
      `DTSTAMP:${utc(event.updated ?? now)}`,
      `DTSTART:${utc(event.start)}`,
    )
    if (event.end && event.end > event.start) lines.push(`DTEND:${utc(event.end)}`)
    lines.push(property('SUMMARY', escapeText(event.summary), lang))
    if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description), lang))
    if (event.location) lines.push(property('LOCATION', escapeText(event.location), lang))
    if (event.url) lines.push(property('URL', event.url))
    if (event.categories?.length)
      lines.push(property('CATEGORIES', event.categories.map(escapeText).join(','), lang))
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.join('\r\n') + '\r\n'
}
