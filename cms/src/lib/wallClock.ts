/**
 * The commune publishes on Casablanca's clock (UTC+1, UTC+0 during Ramadan), whatever the
 * browser's zone. A date picker gives the wall time the person chose; the browser only spells
 * it out (`wallTimeOf`), and the server — whose time-zone data is kept current, unlike some
 * browsers' (Debian's Chromium puts Casablanca at UTC+0 all year) — reads it on the commune's
 * clock and formats instants back. Intl knows the zone's rules; nothing here hard-codes one.
 */

export const communeTimeZone = 'Africa/Casablanca'

/** A wall time as `YYYY-MM-DDTHH:mm`, with no zone. */
export const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

const pad = (n: number) => String(n).padStart(2, '0')

/** The wall time a browser-local Date shows (what the person picked), spelled out. */
export function wallTimeOf(local: Date): string {
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`
}

function partsAt(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

/** How far ahead of UTC the zone's clocks are at that instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsAt(instant, timeZone)
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    (instant - (((instant % 1000) + 1000) % 1000))
  )
}

/** The instant at which the zone's clocks show that wall time; undefined if it is not one. */
export function instantOfWallTime(wall: string, timeZone = communeTimeZone): Date | undefined {
  const m = wallTimePattern.exec(wall)
  if (!m) return undefined
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return undefined
  // Twice, for a wall time next to a change of offset.
  let instant = asUtc - offsetAt(asUtc, timeZone)
  instant = asUtc - offsetAt(instant, timeZone)
  return new Date(instant)
}

/** An instant on the zone's clock, day first with a 24-hour clock: `15/12/2026 20:05`. */
export function formatOnWallClock(instant: Date | string, timeZone = communeTimeZone): string {
  const p = partsAt(new Date(instant).getTime(), timeZone)
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`
}
