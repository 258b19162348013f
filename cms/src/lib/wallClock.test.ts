import { describe, expect, it } from 'vitest'
import { formatOnWallClock, instantOfWallTime, wallTimeOf } from './wallClock.ts'

describe('Casablanca wall clock', () => {
  it('spells out the wall time a browser-local date shows, whatever the zone', () => {
    expect(wallTimeOf(new Date(2026, 11, 15, 9, 5))).toBe('2026-12-15T09:05')
  })

  it('reads a wall time on Casablanca’s clock (UTC+1 most of the year)', () => {
    expect(instantOfWallTime('2026-12-15T09:30')?.toISOString()).toBe('2026-12-15T08:30:00.000Z')
  })

  it('follows the return to UTC+0 during Ramadan', () => {
    // Ramadan 2027 runs from about 8 February to 9 March; Morocco sets its clocks to UTC then.
    expect(instantOfWallTime('2027-02-20T09:30')?.toISOString()).toBe('2027-02-20T09:30:00.000Z')
  })

  it('refuses what is not a wall time', () => {
    for (const bad of [
      '',
      '2026-12-15',
      '2026-02-30T10:00',
      '2026-12-15T24:00',
      '2026-12-15T09:30Z',
    ])
      expect(instantOfWallTime(bad), bad).toBeUndefined()
  })

  it('formats an instant back on Casablanca’s clock, day first with a 24-hour clock', () => {
    const instant = new Date('2026-12-15T19:05:00.000Z')
    expect(formatOnWallClock(instant)).toBe('15/12/2026 20:05')
    expect(instantOfWallTime('2026-12-15T20:05')?.toISOString()).toBe(instant.toISOString())
  })
})
