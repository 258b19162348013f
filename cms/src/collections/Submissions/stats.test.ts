import { describe, expect, it } from 'vitest'
import { isOverdueSubmission, median, submissionStats, type StatsRow } from './stats.ts'

const now = new Date('2026-11-23T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

let n = 0
const row = (overrides: Partial<StatsRow>): StatsRow => ({
  id: `id-${++n}`,
  trackingCode: `ANF-AAAA-${String(n).padStart(4, '2')}`,
  service: 'complaint',
  status: 'received',
  site: 'anfa',
  createdAt: daysAgo(10),
  dueAt: daysAgo(-50),
  resolvedAt: null,
  ...overrides,
})

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, or null for none', () => {
    expect(median([])).toBeNull()
    expect(median([7])).toBe(7)
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('overdue', () => {
  it('is a past due date on a submission neither resolved nor rejected', () => {
    expect(isOverdueSubmission({ status: 'in-progress', dueAt: daysAgo(1) }, now)).toBe(true)
    expect(isOverdueSubmission({ status: 'transferred', dueAt: daysAgo(1) }, now)).toBe(true)
    expect(isOverdueSubmission({ status: 'resolved', dueAt: daysAgo(1) }, now)).toBe(false)
    expect(isOverdueSubmission({ status: 'rejected', dueAt: daysAgo(1) }, now)).toBe(false)
    expect(isOverdueSubmission({ status: 'received', dueAt: daysAgo(-1) }, now)).toBe(false)
    // Correspondence and urbanism requests have no legal delay.
    expect(isOverdueSubmission({ status: 'received', dueAt: null }, now)).toBe(false)
    expect(isOverdueSubmission({ status: 'received', dueAt: 'not a date' }, now)).toBe(false)
  })
})

describe('submission stats', () => {
  it('counts per status and per site, busiest site first', () => {
    const stats = submissionStats(
      [
        row({ status: 'received' }),
        row({ status: 'in-progress' }),
        row({ status: 'resolved', resolvedAt: daysAgo(2) }),
        row({ status: 'rejected', site: 'maarif' }),
      ],
      now,
    )
    expect(stats.total).toBe(4)
    expect(stats.byStatus).toMatchObject({
      received: 1,
      'in-progress': 1,
      resolved: 1,
      rejected: 1,
      transferred: 0,
      'under-review': 0,
    })
    expect(stats.bySite).toEqual([
      { site: 'anfa', total: 3, open: 2, overdue: 0 },
      { site: 'maarif', total: 1, open: 0, overdue: 0 },
    ])
  })

  it('lists overdue items, longest overdue first, with whole days late', () => {
    const late = row({ status: 'in-progress', dueAt: daysAgo(3.5) })
    const later = row({ status: 'received', dueAt: daysAgo(12), site: 'maarif' })
    const answered = row({ status: 'resolved', dueAt: daysAgo(20), resolvedAt: daysAgo(1) })
    const stats = submissionStats([late, answered, later, row({})], now)
    expect(stats.overdue.map((item) => [item.code, item.daysLate])).toEqual([
      [later.trackingCode, 12],
      [late.trackingCode, 3],
    ])
    expect(stats.bySite.find((s) => s.site === 'maarif')?.overdue).toBe(1)
  })

  it('takes the median time from receipt to resolution over resolved submissions only', () => {
    const resolved = (took: number) =>
      row({ status: 'resolved', createdAt: daysAgo(40), resolvedAt: daysAgo(40 - took) })
    const stats = submissionStats(
      [
        resolved(2),
        resolved(10),
        resolved(4),
        resolved(30),
        // Reopened after a resolution: not resolved now, so not counted.
        row({ status: 'in-progress', createdAt: daysAgo(40), resolvedAt: daysAgo(39) }),
      ],
      now,
    )
    expect(stats.resolution).toEqual({ count: 4, medianDays: 7 })
    expect(submissionStats([], now).resolution).toEqual({ count: 0, medianDays: null })
  })
})
