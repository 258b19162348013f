import type { Payload, TaskConfig } from 'payload'
import { idOf } from '../lib/ids.ts'
import { buildRunner, buildSucceededHooks } from './runner.ts'

/**
 * Runs one queued build: marks it running, lets the worker's runner build the site into a new
 * release (which goes live only if whole), then records the outcome. A failed build is recorded,
 * not retried: the live site is unchanged and the next publication (or "rebuild") tries again.
 */
export async function runBuild(payload: Payload, id: string): Promise<void> {
  const build = await payload
    .findByID({ collection: 'builds', id, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!build || build.status !== 'queued') return
  const siteId = idOf(build.site)
  const site = siteId
    ? await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true })
    : null
  const startedAt = new Date()
  // Partial writes (the adapter's, not a whole-document update): triggers may be joining this
  // build while it starts, and must not be overwritten with the list read here.
  await payload.db.updateOne({
    collection: 'builds',
    id,
    data: { status: 'running', startedAt: startedAt.toISOString() },
  })
  const outcome = site
    ? await Promise.resolve()
        .then(() => buildRunner()(site.slug))
        .catch((error: Error) => ({
          ok: false as const,
          error: error.message,
          log: '',
          release: undefined,
          pages: undefined,
        }))
    : { ok: false as const, error: `site ${siteId} no longer exists`, log: '' }
  const finishedAt = new Date()
  await payload.db.updateOne({
    collection: 'builds',
    id,
    data: {
      status: outcome.ok ? 'succeeded' : 'failed',
      finishedAt: finishedAt.toISOString(),
      seconds: Number(((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(1)),
      pages: outcome.pages ?? null,
      release: outcome.release ?? null,
      error: outcome.ok ? null : (outcome.error ?? 'failed'),
      log: outcome.log,
    },
  })
  if (siteId)
    await pruneBuilds(payload, siteId).catch((error: Error) =>
      payload.logger.warn(`pruning the builds of site ${siteId}: ${error.message}`),
    )
  if (outcome.ok && site) {
    // Read again: triggers may have joined while the build was starting.
    const done = await payload.findByID({
      collection: 'builds',
      id,
      depth: 0,
      overrideAccess: true,
    })
    const triggers = (done.triggers ?? []).map((t: NonNullable<typeof done.triggers>[number]) => ({
      collection: t.collection ?? '',
      document: t.document ?? '',
      action: t.action ?? 'update',
    }))
    for (const hook of buildSucceededHooks()) {
      await hook({ slug: site.slug, triggers }).catch((error: Error) =>
        payload.logger.warn(`after build of ${site.slug}: ${error.message}`),
      )
    }
  }
}

/** How many finished builds each site keeps in the admin (older ones are deleted). */
export const keptBuilds = () => Number(process.env.BUILDS_KEPT ?? 200)

/**
 * Deletes a site's finished builds beyond the newest `keptBuilds()`, so the collection stays the
 * size of a history worth reading, whatever the years of publishing behind it.
 */
export async function pruneBuilds(payload: Payload, siteId: string): Promise<number> {
  const old = await payload.find({
    collection: 'builds',
    where: {
      and: [
        { site: { equals: siteId } },
        { status: { in: ['succeeded', 'failed', 'superseded'] } },
      ],
    },
    sort: '-createdAt',
    page: 2,
    limit: keptBuilds(),
    depth: 0,
    select: { status: true },
    overrideAccess: true,
  })
  // Page 2 onwards: one page at a time is enough, as every build prunes after itself.
  const ids = old.docs.map((b) => b.id)
  if (ids.length)
    await payload.delete({
      collection: 'builds',
      where: { id: { in: ids } },
      overrideAccess: true,
    })
  return ids.length
}

export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  label: 'Build a site',
  retries: 0,
  inputSchema: [{ name: 'build', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    if (input?.build) await runBuild(req.payload, input.build)
    return { output: {} }
  },
}
