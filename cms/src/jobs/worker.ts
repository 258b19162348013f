/**
 * `npm run worker`: the build worker. It runs the CMS's job queue from the database (Payload
 * jobs), so a restart loses nothing:
 *
 * - the `builds` queue: each job rebuilds one site into a new release (scripts/build-sites.ts in
 *   a child process: Astro, search index, check, atomic switch) and records the outcome in the
 *   `builds` collection the admin shows;
 * - the `default` queue: Payload's scheduled publishing and unpublishing, whose changes queue
 *   their own builds;
 * - every minute, the alert clock: an alert's window opening or closing queues the sites it shows on;
 * - after a build, with Algolia keys, the records of what it published (packages/search).
 *
 * `npm start` runs it beside the CMS. One worker per database: it is the only job runner (the
 * CMS's web instances never run jobs); a lease in the database (lease.ts, WORKER_LEASE_MS) makes
 * a second worker wait until the first stops, and on taking it a worker puts back what a crashed
 * one left running. SIGTERM lets the running build finish, at most WORKER_DRAIN_TIMEOUT_MS (10
 * minutes), then puts it back in the queue for the next worker. Environment: CMS_URL (the builds
 * read content over HTTP, as in production), BAWABA_DIST, WORKER_POLL_MS (1000).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { createLocalReq, type Payload } from 'payload'
import { cmsUrlFromEnv } from '@bawaba/content'
import { startAlertClock } from '../../../scripts/lib/alert-clock.ts'
import { getBawabaPayload } from '../lib/payload.ts'
import { queueBuilds } from './queueBuilds.ts'
import { syncAlgolia } from '@bawaba/search'
import { onBuildSucceeded, setBuildRunner, type BuildOutcome } from './runner.ts'
import { acquireLease, type Lease } from './lease.ts'
import { markJobRunner } from './runnerProcess.ts'

const repo = fileURLToPath(new URL('../../..', import.meta.url))
const pollMs = Number(process.env.WORKER_POLL_MS ?? 1000)
const logLines = 40
const log = (line: string) => console.log(`[worker] ${line}`)
/** Builds under way: their own process groups, so a signal to the worker's group spares them. */
const building = new Set<ChildProcess>()

/** One site, built by build-sites in a child (a crash or a leak stays there). */
function buildSite(slug: string): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const tail: string[] = []
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue
        tail.push(line)
        if (tail.length > logLines * 4) tail.splice(0, tail.length - logLines)
      }
    }
    const child = spawn(
      join(repo, 'node_modules/.bin/tsx'),
      ['scripts/build-sites.ts', '--site', slug, '--json'],
      { cwd: repo, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    )
    building.add(child)
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ ok: false, error: error.message, log: '' }))
    child.on('exit', (code, signal) => {
      building.delete(child)
      const line = tail.find((l) => l.startsWith('BUILD_RESULT '))
      const result = line
        ? (
            JSON.parse(line.slice('BUILD_RESULT '.length)) as {
              status: string
              pages: number
              release?: string
              error?: string
            }[]
          )[0]
        : undefined
      const text = tail
        .filter((l) => !l.startsWith('BUILD_RESULT '))
        .slice(-logLines)
        .join('\n')
      resolve({
        ok: code === 0 && result?.status === 'built',
        release: result?.release,
        pages: result?.pages,
        error:
          result?.error ??
          (code === 0 ? undefined : `build exited with ${signal ?? `code ${code}`}`),
        log: text,
      })
    })
  })
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

export async function runWorker(payload: Payload, signal?: AbortSignal) {
  markJobRunner()
  setBuildRunner(async (slug) => {
    log(`building ${slug}…`)
    const outcome = await buildSite(slug)
    log(
      outcome.ok
        ? `${slug}: release ${outcome.release} live (${outcome.pages} pages)`
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
  const stopClock = startAlertClock({
    cmsUrl: cmsUrlFromEnv(),
    log,
    rebuild: async (changed) => {
      const sites = await payload.find({ collection: 'sites', limit: 100, depth: 0 })
      const ids = sites.docs
        .filter((s) => changed === 'all' || changed.includes(s.slug))
        .map((s) => String(s.id))
      const req = await createLocalReq({}, payload)
      await queueBuilds(req, ids, {
        collection: 'alerts',
        document: '',
        action: 'update',
        at: new Date().toISOString(),
      })
    },
  })
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
  stopClock()
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const payload = await getBawabaPayload()
  const stop = new AbortController()
  const drainMs = Number(process.env.WORKER_DRAIN_TIMEOUT_MS ?? 10 * 60_000)
  const stopBuilds = () => {
    for (const child of building) process.kill(-child.pid!, 'SIGTERM')
  }
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
          stopBuilds()
          await lease.release()
          log('stopped: the running build was put back in the queue')
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
      stopBuilds()
      process.exit(1)
    })
    await runWorker(payload, stop.signal)
    await lease.release()
  }
  await payload.destroy()
  log('stopped')
  process.exit(0)
}
