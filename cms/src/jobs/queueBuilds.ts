import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

export type BuildAction = 'publish' | 'unpublish' | 'update' | 'delete' | 'schedule' | 'manual'

export interface BuildTrigger {
  collection: string
  document: string
  title?: string
  action: BuildAction
  user?: string
  at: string
}

/**
 * A burst of saves becomes one build per site: a build waits this long before it starts. Short:
 * a publish renders only what changed, in a renderer kept warm, so waiting is most of the cost.
 */
export const debounceMs = () => Number(process.env.BUILD_DEBOUNCE_MS ?? 300)

/** The triggers a build keeps (a burst of hundreds is summed up by `triggerCount`). */
const keptTriggers = 20

// Find-then-create must not interleave within this process, or a burst would queue twice.
let queueing: Promise<unknown> = Promise.resolve()

/**
 * Queues a build of each site unless one is already waiting to start, in which case the trigger
 * joins it (coalescing). The Builds collection's own hook queues the job for each new record.
 */
export function queueBuilds(
  req: PayloadRequest,
  siteIds: string[],
  trigger: BuildTrigger,
): Promise<void> {
  const next = queueing.then(async () => {
    for (const site of siteIds) {
      const waiting = await req.payload.find({
        collection: 'builds',
        where: { and: [{ site: { equals: site } }, { status: { equals: 'queued' } }] },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const build = waiting.docs[0]
      if (build) {
        // The adapter writes rows as given: the new row needs the id Payload would have made.
        const row = { ...trigger, id: randomBytes(12).toString('hex') }
        const triggers = [...(build.triggers ?? []), row].slice(-keptTriggers)
        // Only these two fields: the worker may be writing the status at the same moment, and a
        // whole-document update would write back the status it read.
        await req.payload.db.updateOne({
          collection: 'builds',
          id: build.id,
          // (the site too: SQLite's upsert of a row with an array checks NOT NULL columns)
          data: { site, triggers, triggerCount: (build.triggerCount ?? 1) + 1 },
          req,
        })
      } else {
        await req.payload.create({
          collection: 'builds',
          data: { site, status: 'queued', triggers: [trigger], triggerCount: 1 },
          depth: 0,
          overrideAccess: true,
          req,
          context: { pipeline: true, buildDelayMs: debounceMs() },
        })
      }
    }
  })
  queueing = next.catch(() => {})
  return next
}
