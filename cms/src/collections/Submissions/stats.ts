import { isOverdue } from '@bawaba/eservices'
import { submissionStatuses, type SubmissionStatus } from '@bawaba/schemas'

/**
 * The arithmetic of the submissions dashboard, on whatever rows the caller may read: counts
 * per status and per site, what is overdue, and the median time to resolution. Pure: the
 * endpoint and the admin dashboard load the rows with the user's access, then call this.
 */

export interface StatsRow {
  id: string
  trackingCode: string
  service: string
  status: SubmissionStatus
  /** The site's id. */
  site: string
  createdAt: string
  dueAt?: string | null
  resolvedAt?: string | null
}

export interface OverdueItem {
  id: string
  code: string
  service: string
  status: SubmissionStatus
  site: string
  dueAt: string
  /** Whole days past the due date (0 on the first day late). */
  daysLate: number
}

export interface SubmissionStats {
  total: number
  byStatus: Record<SubmissionStatus, number>
  /** One entry per site with submissions, the busiest first. */
  bySite: Array<{ site: string; total: number; open: number; overdue: number }>
  /** Past their legal due date and neither resolved nor rejected, the longest overdue first. */
  overdue: OverdueItem[]
  /** Over resolved submissions: from receipt to resolution, in days. */
  resolution: { count: number; medianDays: number | null }
}

/** Statuses that end the handling: nothing is overdue once answered either way. */
export const closedStatuses: readonly SubmissionStatus[] = ['resolved', 'rejected']

const DAY = 86_400_000

/** Whether a submission is late: a due date in the past and not closed. */
export function isOverdueSubmission(
  row: { status?: string | null; dueAt?: string | null },
  now: Date,
): boolean {
  if (!row.dueAt || closedStatuses.includes(row.status as SubmissionStatus)) return false
  const due = new Date(row.dueAt)
  return !Number.isNaN(due.getTime()) && isOverdue(due, now)
}

/** The middle value (the mean of the two middle ones for an even count), or null if none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function submissionStats(rows: readonly StatsRow[], now: Date): SubmissionStats {
  const byStatus = Object.fromEntries(submissionStatuses.map((status) => [status, 0])) as Record<
    SubmissionStatus,
    number
  >
  const sites = new Map<string, { site: string; total: number; open: number; overdue: number }>()
  const overdue: OverdueItem[] = []
  const resolutionDays: number[] = []

  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + 1
    const site = sites.get(row.site) ?? { site: row.site, total: 0, open: 0, overdue: 0 }
    sites.set(row.site, site)
    site.total++
    if (!closedStatuses.includes(row.status)) site.open++
    if (isOverdueSubmission(row, now)) {
      site.overdue++
      overdue.push({
        id: row.id,
        code: row.trackingCode,
        service: row.service,
        status: row.status,
        site: row.site,
        dueAt: row.dueAt!,
        daysLate: Math.floor((now.getTime() - Date.parse(row.dueAt!)) / DAY),
      })
    }
    if (row.status === 'resolved' && row.resolvedAt) {
      const days = (Date.parse(row.resolvedAt) - Date.parse(row.createdAt)) / DAY
      if (Number.isFinite(days) && days >= 0) resolutionDays.push(days)
    }
  }

  const days = median(resolutionDays)
  return {
    total: rows.length,
    byStatus,
    bySite: [...sites.values()].sort((a, b) => b.total - a.total || a.site.localeCompare(b.site)),
    overdue: overdue.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)),
    resolution: {
      count: resolutionDays.length,
      medianDays: days === null ? null : Math.round(days * 10) / 10,
    },
  }
}
