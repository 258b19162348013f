import { describe, expect, it } from 'vitest'
import { canReopen, dueDate, fixedHolidays, isOverdue, isWorkingDay } from './deadlines.ts'

const casablanca = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Casablanca',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
/** `YYYY-MM-DD HH:MM:SS` on the Casablanca wall clock. */
const local = (d: Date) => casablanca.format(d).replace(', ', ' ')
const at = (iso: string) => new Date(iso)

describe('complaints: 60 calendar days', () => {
  it('end at the last second of the 60th day after receipt, Casablanca time', () => {
    expect(local(dueDate('complaint', at('2026-01-01T10:00:00Z'))!)).toBe('2026-03-02 23:59:59')
    expect(dueDate('complaint', at('2026-01-01T10:00:00Z'))!.toISOString()).toBe(
      '2026-03-02T23:59:59.999Z', // UTC+0 during Ramadan
    )
    expect(dueDate('complaint', at('2026-09-01T08:00:00Z'))!.toISOString()).toBe(
      '2026-10-31T22:59:59.999Z', // UTC+1 otherwise
    )
  })

  it('count from the Casablanca day of receipt, not the UTC one', () => {
    // 23:30 UTC on 31 December is already 1 January in Casablanca (UTC+1).
    expect(local(dueDate('complaint', at('2026-12-31T23:30:00Z'))!)).toBe('2027-03-02 23:59:59')
    expect(local(dueDate('complaint', at('2026-12-31T22:30:00Z'))!)).toBe('2027-03-01 23:59:59')
  })

  it('always end at 23:59:59 local, across the Ramadan clock changes', () => {
    for (
      let t = Date.parse('2025-01-01T00:00:00Z');
      t < Date.parse('2028-01-01');
      t += 7 * 3_600_000 * 11
    ) {
      const due = dueDate('complaint', new Date(t))!
      expect(local(due).slice(11)).toBe('23:59:59')
      expect(due.getTime() % 1000).toBe(999)
      const days =
        (Date.parse(local(due).slice(0, 10)) - Date.parse(local(new Date(t)).slice(0, 10))) /
        86_400_000
      expect(days).toBe(60)
    }
  })
})

describe('access to information: 20 working days', () => {
  it('skip weekends', () => {
    // Received Monday 7 September 2026: 20 working days end Monday 5 October.
    expect(local(dueDate('access-to-info', at('2026-09-07T09:00:00Z'))!)).toBe(
      '2026-10-05 23:59:59',
    )
    // Received on a Friday or over the weekend: counting starts on Monday.
    const fromFriday = dueDate('access-to-info', at('2026-09-04T09:00:00Z'))!
    expect(local(fromFriday)).toBe('2026-10-02 23:59:59')
    expect(dueDate('access-to-info', at('2026-09-05T09:00:00Z'))).toEqual(fromFriday)
    expect(dueDate('access-to-info', at('2026-09-06T21:00:00Z'))).toEqual(fromFriday)
  })

  it('skip the fixed public holidays', () => {
    // November 2026: Green March (Fri 6) and Independence Day (Wed 18).
    expect(local(dueDate('access-to-info', at('2026-11-02T09:00:00Z'))!)).toBe(
      '2026-12-02 23:59:59',
    )
    // Summer: Throne Day (Thu 30 Jul), 14, 20 and 21 August 2026 (Fri, Thu, Fri).
    expect(local(dueDate('access-to-info', at('2026-07-27T09:00:00Z'))!)).toBe(
      '2026-08-28 23:59:59',
    )
  })

  it('cross the year end, skipping 1, 11 and 14 January', () => {
    // Received Wednesday 24 December 2025; 1 Jan (Thu) and 14 Jan (Wed) are holidays.
    expect(local(dueDate('access-to-info', at('2025-12-24T15:00:00Z'))!)).toBe(
      '2026-01-23 23:59:59',
    )
    // 2027: 1 Jan Friday, 11 Jan Monday, 14 Jan Thursday.
    expect(local(dueDate('access-to-info', at('2026-12-28T09:00:00Z'))!)).toBe(
      '2027-01-28 23:59:59',
    )
  })
})

describe('working days', () => {
  it('are Monday to Friday on the Casablanca calendar', () => {
    expect(isWorkingDay(at('2026-09-07T12:00:00Z'))).toBe(true) // Monday
    expect(isWorkingDay(at('2026-09-05T12:00:00Z'))).toBe(false) // Saturday
    expect(isWorkingDay(at('2026-09-06T12:00:00Z'))).toBe(false) // Sunday
    expect(isWorkingDay(at('2026-09-04T23:30:00Z'))).toBe(false) // Saturday 00:30 in Casablanca
  })

  it('leave out each fixed holiday, Amazigh New Year from 2024 and Unity Day from 2026', () => {
    expect(fixedHolidays).toHaveLength(11)
    expect(isWorkingDay(at('2021-01-14T12:00:00Z'))).toBe(true)
    expect(isWorkingDay(at('2025-01-14T12:00:00Z'))).toBe(false)
    expect(isWorkingDay(at('2025-10-31T12:00:00Z'))).toBe(true)
    expect(isWorkingDay(at('2028-10-31T12:00:00Z'))).toBe(false)
    for (const d of ['2030-01-01', '2030-01-11', '2030-05-01', '2030-07-30', '2030-08-14']) {
      expect(isWorkingDay(at(`${d}T12:00:00Z`)), d).toBe(false)
    }
    for (const d of ['2030-08-20', '2030-08-21', '2030-11-06', '2030-11-18']) {
      expect(isWorkingDay(at(`${d}T12:00:00Z`)), d).toBe(false)
    }
  })
})

describe('services without a legal delay', () => {
  it('have no due date and are never overdue', () => {
    expect(dueDate('correspondence', at('2026-01-01T00:00:00Z'))).toBeNull()
    expect(dueDate('urbanism-info', at('2026-01-01T00:00:00Z'))).toBeNull()
    expect(isOverdue(null, at('2099-01-01T00:00:00Z'))).toBe(false)
  })

  it('refuse an unknown service or an invalid date', () => {
    expect(() => dueDate('parking' as never, at('2026-01-01T00:00:00Z'))).toThrow(/unknown service/)
    expect(() => dueDate('complaint', new Date('nope'))).toThrow(RangeError)
    expect(() => isOverdue(new Date('nope'), new Date())).toThrow(RangeError)
  })
})

describe('overdue and reopening', () => {
  it('is overdue only after the due instant', () => {
    const due = dueDate('complaint', at('2026-01-01T10:00:00Z'))!
    expect(isOverdue(due, due)).toBe(false)
    expect(isOverdue(due, new Date(due.getTime() + 1))).toBe(true)
    expect(isOverdue(due, at('2026-01-02T00:00:00Z'))).toBe(false)
  })

  it('allows reopening for 30 days after resolution', () => {
    const resolved = at('2026-03-01T10:00:00Z')
    expect(canReopen(resolved, resolved)).toBe(true)
    expect(canReopen(resolved, at('2026-03-31T10:00:00Z'))).toBe(true)
    expect(canReopen(resolved, at('2026-03-31T10:00:00.001Z'))).toBe(false)
    expect(canReopen(resolved, at('2027-01-01T00:00:00Z'))).toBe(false)
  })
})
