/**
 * Legal answer delays, counted on the Africa/Casablanca wall clock. A due date is the last
 * millisecond (23:59:59.999, Casablanca time) of the last day of the delay:
 * - `complaint`: 60 calendar days after the day of receipt;
 * - `access-to-info`: 20 working days after the day of receipt (law 31-13), Monday to
 *   Friday, skipping the fixed-date public holidays below;
 * - `correspondence`, `urbanism-info`: no legal delay, so no due date.
 *
 * Religious holidays (Eid al-Fitr, Eid al-Adha, 1 Muharram, Mawlid) follow the lunar
 * calendar and are set each year by the Ministry of Habous once the moon is sighted, so they
 * are NOT skipped here: a due date may fall a few days earlier than the strict legal one.
 */

export type Service = 'complaint' | 'access-to-info' | 'correspondence' | 'urbanism-info'

export interface FixedHoliday {
  month: number
  day: number
  name: string
  /** First year it is a holiday. */
  since?: number
}

export const fixedHolidays: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: "New Year's Day" },
  { month: 1, day: 11, name: 'Proclamation of Independence' },
  { month: 1, day: 14, name: 'Amazigh New Year', since: 2024 },
  { month: 5, day: 1, name: 'Labour Day' },
  { month: 7, day: 30, name: 'Throne Day' },
  { month: 8, day: 14, name: 'Oued Ed-Dahab Day' },
  { month: 8, day: 20, name: 'Revolution of the King and the People' },
  { month: 8, day: 21, name: 'Youth Day' },
  { month: 10, day: 31, name: 'Unity Day (Aid Al Wahda)', since: 2026 },
  { month: 11, day: 6, name: 'Green March' },
  { month: 11, day: 18, name: 'Independence Day' },
]

const timeZone = 'Africa/Casablanca'
const DAY = 86_400_000
const complaintDays = 60
const accessToInfoWorkingDays = 20
const reopenWindow = 30 * DAY

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

function checked(date: Date, name: string): number {
  const t = date instanceof Date ? date.getTime() : NaN
  if (!Number.isFinite(t)) throw new RangeError(`${name} is not a valid date`)
  return t
}

/** The Casablanca wall clock at `t`, written as if it were UTC. */
function wallTime(t: number): number {
  const parts: Record<string, number> = {}
  for (const p of wallClock.formatToParts(new Date(t))) parts[p.type] = Number(p.value)
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
}

/** The Casablanca calendar day of `t`, as midnight UTC of the same date. */
function localDay(t: number): number {
  const wall = wallTime(t)
  return wall - (((wall % DAY) + DAY) % DAY)
}

/** Casablanca's offset from UTC at the instant `t`, in milliseconds. */
function offsetAt(t: number): number {
  return wallTime(t) - Math.floor(t / 1000) * 1000
}

/** The instant at which the Casablanca day `day` (midnight UTC of that date) ends. */
function endOfLocalDay(day: number): Date {
  const wall = day + DAY - 1
  // Two passes settle the offset: Casablanca moves between UTC+1 and UTC+0 around
  // Ramadan, at night but never at midnight.
  const guess = wall - offsetAt(wall)
  return new Date(wall - offsetAt(guess))
}

function isHoliday(day: number): boolean {
  const d = new Date(day)
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
  return fixedHolidays.some((h) => h.month === m && h.day === dd && (h.since ?? 0) <= y)
}

function isWorkingDayUtc(day: number): boolean {
  const weekday = new Date(day).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isHoliday(day)
}

/** Whether `date` falls, in Casablanca, on a Monday–Friday that is not a fixed holiday. */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDayUtc(localDay(checked(date, 'date')))
}

export function dueDate(service: Service, receivedAt: Date): Date | null {
  const received = localDay(checked(receivedAt, 'receivedAt'))
  switch (service) {
    case 'complaint':
      return endOfLocalDay(received + complaintDays * DAY)
    case 'access-to-info': {
      let day = received
      for (let counted = 0; counted < accessToInfoWorkingDays;) {
        day += DAY
        if (isWorkingDayUtc(day)) counted++
      }
      return endOfLocalDay(day)
    }
    case 'correspondence':
    case 'urbanism-info':
      return null
    default:
      throw new Error(`unknown service '${String(service)}'`)
  }
}

/** Whether the answer is late: there is a due date and `now` is past it. */
export function isOverdue(dueAt: Date | null, now: Date): boolean {
  if (dueAt === null) return false
  return checked(now, 'now') > checked(dueAt, 'dueAt')
}

/** Whether a resolved request may still be reopened: within 30 days (30 × 24 h). */
export function canReopen(resolvedAt: Date, now: Date): boolean {
  return checked(now, 'now') - checked(resolvedAt, 'resolvedAt') <= reopenWindow
}
