/**
 * `npm run worker`: the build worker. It runs the CMS's job queue from the database (Payload
 * jobs), so a restart loses nothing:
 *
 * - the `builds` queue: each job publishes what changed on one site (a renderer process kept
 *   warm between builds, scripts/lib/publish/warm.ts: sync of the content store, the pages whose
 *   content changed rendered into a new release, search index, check, atomic switch) and records
 *   the outcome in the `builds` collection the admin shows; a build that failed on something
 *   passing (a fetch, the CMS) is tried again, a bounded number of times;
 * - the `default` queue: Payload's scheduled publishing and unpublishing, whose changes queue
 *   their own builds;
 * - the page clock: a page whose answer depends on the time (an event over, an alert's window
 *   opening or closing, a council session passed, the year in the footer) is published again when
 *   its time comes — each publish says when its site's next such instant is, and the worker queues
 *   a build of the site then;
 * - after a build, with Algolia keys, the records of what it published (packages/search).
 *
 * `npm start` runs it beside the CMS. One worker per database: it is the only job runner (the
 * CMS's web instances never run jobs); a lease in the database (lease.ts, WORKER_LEASE_MS) makes
 * a second worker wait until the first stops, and on taking it a worker puts back what a crashed
 * one left running. SIGTERM lets the running build finish, at most WORKER_DRAIN_TIMEOUT_MS (10
 * minutes), then puts it back in the queue for the next worker and stops the renderer. Environment:
 * CMS_URL (the builds read content over HTTP, as in production), BAWABA_DIST, WORKER_POLL_MS (200).
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { createLocalReq, type Payload } from 'payload'
import { siteSlugs } from '@bawaba/registry'
import { WarmRenderer } from '../../../scripts/lib/publish/warm.ts'
import { getBawabaPayload } from '../lib/payload.ts'
import { queueBuilds } from './queueBuilds.ts'
import { syncAlgolia } from '@bawaba/search'
import { onBuildSucceeded, setBuildRunner } from './runner.ts'
import { acquireLease, type Lease } from './lease.ts'
import { markJobRunner } from './runnerProcess.ts'

const pollMs = Number(process.env.WORKER_POLL_MS ?? 200)
const log = (line: string) => console.log(`[worker] ${line}`)

/**
 * One timer per site, at the next instant its time-dependent pages change: then a build of the
 * site is queued (coalesced with any other), which re-renders exactly those pages.
 */
function pageClock(payload: Payload) {
  const timers = new Map<string, NodeJS.Timeout>()
  // setTimeout's longest wait; a later instant is waited for in steps.
  const longest = 2 ** 31 - 1
  const schedule = (slug: string, at: number | undefined) => {
    clearTimeout(timers.get(slug))
    timers.delete(slug)
    if (at === undefined) return
    const wait = Math.max(0, at - Date.now())
    const timer = setTimeout(
      () => (wait > longest ? schedule(slug, at) : void tick(slug)),
      Math.min(wait, longest),
    )
    timer.unref()
    timers.set(slug, timer)
  }
  const tick = async (slug: string) => {
    timers.delete(slug)
    try {
      const site = await payload.find({
        collection: 'sites',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
      })
      if (!site.docs[0]) return
      log(`${slug}: time-dependent pages are due`)
      const req = await createLocalReq({}, payload)
      await queueBuilds(req, [String(site.docs[0].id)], {
        collection: 'time',
        document: '',
        title: 'time-dependent pages (events, alerts, sessions)',
        action: 'update',
        at: new Date().toISOString(),
      })
    } catch (error) {
      log(
        `${slug}: could not queue the time-dependent pages (${(error as Error).message}); trying again in a minute`,
      )
      schedule(slug, Date.now() + 60_000)
    }
  }
  return {
    schedule,
    stop: () => {
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
    },
  }
}

/** A worker that died mid-build left its job taken and its build running: put them back. */
async function recover(payload: Payload) {
  const stuck = await payload.update({
    collection: 'builds',
    where: { status: { equals: 'running' } },
    data: { status: 'queued' },
    overrideAccess: true,
    depth: 0,
  })
  await payload.db.updateMany({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
    data: { processing: false },
  })
  if (stuck.docs.length) log(`${stuck.docs.length} interrupted build(s) queued again`)
}

export async function runWorker(
  payload: Payload,
  signal?: AbortSignal,
  renderer = new WarmRenderer({ log: (line) => log(`  ${line}`) }),
) {
  markJobRunner()
  const clock = pageClock(payload)
  setBuildRunner(async (slug) => {
    log(`publishing ${slug}…`)
    const outcome = await renderer.publish(slug)
    if (outcome.ok) clock.schedule(slug, outcome.nextChange)
    log(
      outcome.ok
        ? outcome.unchanged
          ? `${slug}: nothing changed on the site`
          : `${slug}: release ${outcome.release} live (${outcome.rendered} of ${outcome.pages} pages rendered)`
        : `${slug}: FAILED, live site unchanged — ${outcome.error?.split('\n')[0]}`,
    )
    return outcome
  })
  // With Algolia keys, what went live is synced to the search service too (no keys: nothing).
  onBuildSucceeded(async ({ slug, triggers }) => {
    const changes = triggers
      .filter((t) => t.document)
      .map((t) => ({
        collection: t.collection,
        id: t.document,
        action:
          t.action === 'delete'
            ? ('delete' as const)
            : t.action === 'unpublish'
              ? ('unpublish' as const)
              : ('publish' as const),
      }))
    const synced = changes.length ? await syncAlgolia({ changes, site: slug }) : null
    if (synced) log(`${slug}: Algolia ${synced.saved} saved, ${synced.deleted} deleted`)
  })
  await recover(payload)
  // The renderer starts now, not at the first publish, and publishes what changed meanwhile.
  const warm = await renderer.warmUp(siteSlugs)
  log(
    `renderer warm in ${warm.seconds.toFixed(1)}s${warm.published.length ? ` (published ${warm.published.join(', ')})` : ''}`,
  )
  for (const [slug, outcome] of warm.outcomes)
    if (outcome.ok) clock.schedule(slug, outcome.nextChange)
  log(`running the build queue and scheduled publishing (every ${pollMs} ms)`)
  while (!signal?.aborted) {
    try {
      // Scheduled (un)publishing first: what it changes joins the builds about to run.
      await payload.jobs.run({ queue: 'default', limit: 20 })
      const ran = await payload.jobs.run({ queue: 'builds', limit: 1 })
      if (ran.noJobsRemaining !== false && !ran.remainingJobsFromQueried) await sleep(pollMs)
    } catch (error) {
      log(`queue: ${(error as Error).message}; retrying`)
      await sleep(pollMs * 5)
    }
  }
  clock.stop()
  await renderer.close()
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const payload = await getBawabaPayload()
  const stop = new AbortController()
  const drainMs = Number(process.env.WORKER_DRAIN_TIMEOUT_MS ?? 10 * 60_000)
  // The renderer runs in its own process group (ownGroup): a signal to the worker's group (a
  // Ctrl-C, a supervisor's SIGTERM) reaches the worker only, which lets the build finish.
  const renderer = new WarmRenderer({ log: (line) => log(`  ${line}`), ownGroup: true })
  let lease: Lease | null = null
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stop.signal.aborted) process.exit(1)
      log(`stopping: the running build may finish (${drainMs / 1000} s at most)`)
      stop.abort()
      setTimeout(async () => {
        // Only the lease holder puts anything back: a worker still waiting for it has nothing.
        if (lease && !lease.lost.aborted) {
          // Back in the queue before the build stops, so its end is never recorded as a failure.
          await recover(payload).catch((error: Error) => log(`putting back: ${error.message}`))
          await lease.release()
          log('stopped: the running build was put back in the queue')
          // Last, then exit at once: the pass's failure is never recorded over the put-back.
          await renderer.kill()
        }
        process.exit(1)
      }, drainMs).unref()
    })
  // One worker per database: wait for the lease (another worker may be draining).
  lease = await acquireLease(payload, {
    ttlMs: Number(process.env.WORKER_LEASE_MS ?? 30_000),
    log,
    signal: stop.signal,
  })
  if (lease) {
    // Another worker took over (this one stalled past its lease): it has put back what was
    // running here, so stop at once without recording anything.
    lease.lost.addEventListener('abort', () => {
      void renderer.kill().then(() => process.exit(1))
    })
    await runWorker(payload, stop.signal, renderer)
    await lease.release()
  }
  await payload.destroy()
  log('stopped')
  process.exit(0)
}
