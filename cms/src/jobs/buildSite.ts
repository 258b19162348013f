import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload, TaskConfig } from 'payload'
import { idOf } from '../lib/ids.ts'
import { buildRunner, buildSucceededHooks, type BuildOutcome } from './runner.ts'

/** Attempts of a build that fails on something passing (a fetch, the CMS, a crash). */
export const buildAttempts = () => Math.max(1, Number(process.env.BUILD_ATTEMPTS ?? 3))

/** Wait before the second attempt; it doubles for each next one. */
export const retryWaitMs = () => Number(process.env.BUILD_RETRY_MS ?? 2000)

/**
 * Runs one queued build: marks it running, lets the worker's runner publish the site into a new
 * release (which goes live only if whole), then records the outcome. A failure that may pass on
 * its own (a fetch, the CMS, the renderer's process) is tried again, up to `buildAttempts()`
 * times with growing waits; one that would fail the same way again (a broken link, invalid
 * content) is recorded at once. The live site is unchanged either way, and after a success the
 * site's earlier failed builds are marked superseded: what they were to publish is live now.
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
  let outcome: BuildOutcome = { ok: false, error: `site ${siteId} no longer exists`, log: '' }
  const logs: string[] = []
  for (let attempt = 1; site && attempt <= buildAttempts(); attempt++) {
    if (attempt > 1) await sleep(retryWaitMs() * 2 ** (attempt - 2))
    outcome = await Promise.resolve()
      .then(() => buildRunner()(site.slug))
      // A runner that throws is not set up to build (no worker): asking again would not help.
      .catch((error: Error) => ({ ok: false, error: error.message, log: '' }))
    if (outcome.log) logs.push(attempts(attempt, outcome.log))
    if (outcome.ok || !outcome.transient) break
    payload.logger.warn(
      `build of ${site.slug}, attempt ${attempt}: ${outcome.error?.split('\n')[0]} — trying again`,
    )
  }
  const finishedAt = new Date()
  await payload.db.updateOne({
    collection: 'builds',
    id,
    data: {
      status: outcome.ok ? 'succeeded' : 'failed',
      finishedAt: finishedAt.toISOString(),
      // To the hundredth: a publish of a few changed pages takes a fraction of a second, and
      // tenths showed staff "0".
      seconds: Number(((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(2)),
      pages: outcome.pages ?? null,
      release: outcome.release ?? null,
      error: outcome.ok ? null : (outcome.error ?? 'failed'),
      log: logs.join('\n'),
    },
  })
  if (outcome.ok && siteId)
    await supersedeFailures(payload, siteId, startedAt).catch((error: Error) =>
      payload.logger.warn(`marking the failed builds of site ${siteId}: ${error.message}`),
    )
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

const attempts = (attempt: number, log: string) =>
  buildAttempts() > 1 && attempt > 1 ? `— attempt ${attempt} —\n${log}` : log

/**
 * A successful build publishes the whole state of the site's content as of its start: every
 * build of the site that failed before it started is superseded (the "On the site" sidebar of
 * their documents says live, not failed).
 */
export async function supersedeFailures(payload: Payload, siteId: string, before: Date) {
  await payload.db.updateMany({
    collection: 'builds',
    where: {
      and: [
        { site: { equals: siteId } },
        { status: { equals: 'failed' } },
        { createdAt: { less_than: before.toISOString() } },
      ],
    },
    data: { status: 'superseded' },
  })
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
