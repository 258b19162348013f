/**
 * The alert clock: an alert shows on the sites only during its window, and the sites are
 * static, so someone has to rebuild them when a window opens or closes. Every minute this
 * reads the alerts from the CMS and rebuilds the sites whose banner changed since the last
 * tick. The build worker (cms/src/jobs/worker.ts) runs it and queues those sites' builds.
 */
import { createCmsClient, normalizeAlert } from '@bawaba/content'
import { sitesCrossingAlertEdges, type Alert } from '@bawaba/schemas'

export interface AlertClockOptions {
  cmsUrl: string
  /** Rebuilds the given sites (all when `'all'`). */
  rebuild: (sites: 'all' | string[]) => Promise<void>
  intervalMs?: number
  log?: (line: string) => void
}

export function startAlertClock(options: AlertClockOptions): () => void {
  const { cmsUrl, rebuild, intervalMs = 60_000, log = () => {} } = options
  const client = createCmsClient({ baseUrl: cmsUrl })
  let last = new Date()
  let running = false

  async function tick() {
    if (running) return
    running = true
    const now = new Date()
    try {
      const [raw, sites] = await Promise.all([
        // Alerts that ended before the last tick cannot cross an edge now.
        client.findAll<Record<string, unknown>>('alerts', {
          where: { endsAt: { greater_than: last.toISOString() } },
          depth: 0,
          locale: 'all',
          limit: 100,
        }),
        client.findAll<{ id: string; slug: string }>('sites', { depth: 0, limit: 100 }),
      ])
      const context = {
        site: 'alert-clock',
        siteSlugs: new Map(sites.map((s) => [String(s.id), s.slug])),
        absolute: (url: string) => url,
        issues: [],
      }
      const alerts: Alert[] = raw.map((doc) => normalizeAlert(doc, context))
      const crossed = sitesCrossingAlertEdges(alerts, last, now)
      last = now
      if (crossed === 'all' || crossed.length) {
        log(
          `alerts: a window opened or closed, rebuilding ${crossed === 'all' ? 'every site' : crossed.join(', ')}`,
        )
        await rebuild(crossed)
      }
    } catch (error) {
      // The CMS restarting is no reason to stop the clock: the next tick covers the gap.
      log(`alerts: check failed (${(error as Error).message}); retrying in a minute`)
    } finally {
      running = false
    }
  }

  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
