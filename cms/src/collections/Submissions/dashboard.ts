import type { Endpoint, Payload, TypedUser } from 'payload'
import { isStaffUser } from '../../access/roles.ts'
import { idOf } from '../../lib/ids.ts'
import { submissionStats, type StatsRow, type SubmissionStats } from './stats.ts'

/**
 * The submissions dashboard's figures for one user, over what that user may read (the
 * Local API with `overrideAccess: false`): served by `GET /api/submissions/stats` and shown
 * above the admin dashboard (components/SubmissionsDashboard.tsx).
 */
export interface DashboardStats extends SubmissionStats {
  generatedAt: string
  /** Names of the sites in `bySite` and `overdue`, in the requested language. */
  sites: Record<string, { slug: string; name: string }>
}

export async function dashboardStats(
  payload: Payload,
  user: TypedUser,
  locale: 'ar' | 'fr' | 'en' = 'ar',
  now = new Date(),
): Promise<DashboardStats> {
  const found = await payload.find({
    collection: 'submissions',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: {
      trackingCode: true,
      service: true,
      status: true,
      site: true,
      dueAt: true,
      resolvedAt: true,
      createdAt: true,
    },
  })
  const rows: StatsRow[] = found.docs.map((doc) => ({
    id: String(doc.id),
    trackingCode: String(doc.trackingCode ?? ''),
    service: String(doc.service),
    status: doc.status,
    site: idOf(doc.site) ?? '',
    createdAt: String(doc.createdAt),
    dueAt: doc.dueAt ?? null,
    resolvedAt: doc.resolvedAt ?? null,
  }))
  const stats = submissionStats(rows, now)
  const siteIds = [...new Set(rows.map((row) => row.site).filter(Boolean))]
  const sites = siteIds.length
    ? await payload.find({
        collection: 'sites',
        where: { id: { in: siteIds } },
        depth: 0,
        pagination: false,
        locale,
        select: { slug: true, name: true },
      })
    : { docs: [] }
  return {
    ...stats,
    generatedAt: now.toISOString(),
    sites: Object.fromEntries(
      sites.docs.map((site) => [
        String(site.id),
        { slug: String(site.slug), name: String(site.name ?? site.slug) },
      ]),
    ),
  }
}

const locales = ['ar', 'fr', 'en'] as const

export const statsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user))
      return Response.json({ error: 'forbidden' }, { status: 403 })
    const asked = req.searchParams.get('locale')
    const locale = locales.find((l) => l === asked) ?? 'ar'
    const stats = await dashboardStats(req.payload, req.user, locale)
    return Response.json(stats, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
