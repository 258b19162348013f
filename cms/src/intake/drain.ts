import type { IntakeEntry } from '@bawaba/schemas'
import type { IntakeStore } from '@bawaba/eservices/intake'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { atomically } from '../lib/atomically.ts'
import { checkFiles, removeWritten, storeFiles } from '../collections/Submissions/attachments.ts'
import { fieldsOf } from '../collections/Submissions/endpoints.ts'
import type { SubmissionContext } from '../collections/Submissions/hooks.ts'

/**
 * The drain: intake entries become Payload submissions (with their files, history, due date,
 * verifier hashes and queued receipt), then the intake forgets their content. Safe to run
 * anywhere at any time, twice at once included:
 *
 * - an entry is a submission once its idempotency key is in `submissions` (a unique index):
 *   one found there is only marked drained, and a create that loses a race to another drainer
 *   fails on that index and is answered the same way;
 * - the submission and its files are one transaction, and the intake is marked only after it
 *   commits, so a crash anywhere leaves the entry pending and the next pass finishes it;
 * - nothing the drain does is visible to the citizen, who already has the code.
 */

/** Entries per transaction: fewer commits, but the CMS's write queue waits for each batch. */
export const drainBatch = 16

export interface DrainResult {
  drained: number
  /** Codes that could not be recorded this time (left pending; logged). */
  failed: string[]
}

async function submissionByKey(req: PayloadRequest, key: string) {
  const found = await req.payload.find({
    collection: 'submissions',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return found.docs[0] as { id: string; trackingCode: string } | undefined
}

/** The site ids by slug, read once per pass. */
async function siteIds(payload: Payload): Promise<Map<string, string>> {
  const sites = await payload.find({
    collection: 'sites',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return new Map(sites.docs.map((site) => [String(site.slug), String(site.id)]))
}

/** Records one entry inside the caller's transaction; 'existing' when it already was. */
async function record(
  req: PayloadRequest,
  entry: IntakeEntry,
  sites: Map<string, string>,
  written: string[],
): Promise<'created' | 'existing'> {
  const existing = await submissionByKey(req, entry.idempotencyKey)
  if (existing) {
    // Recorded under another code before the intake existed: tracking finds it by its key.
    if (existing.trackingCode !== entry.code)
      req.payload.logger.warn(`intake ${entry.code}: key recorded as ${existing.trackingCode}`)
    return 'existing'
  }
  const site = sites.get(entry.site)
  if (!site) throw new Error(`intake ${entry.code}: unknown site '${entry.site}'`)
  const attachments = checkFiles(
    entry.service,
    entry.files.map((file) => ({ name: file.name, data: file.data.toString('base64') })),
  )
  if (!attachments.ok) throw new Error(`intake ${entry.code}: files refused (${attachments.rule})`)
  const fields = fieldsOf(entry.service, entry.input)
  const context: SubmissionContext = {
    intake: { code: entry.code, receivedAt: entry.receivedAt },
    // The drain is the door submissions are created through (access.ts; the submit endpoint
    // only accepts into the intake).
    throughSubmit: true,
  }
  const created = await req.payload.create({
    collection: 'submissions',
    data: {
      ...fields,
      contact: { ...fields.contact, locale: entry.locale },
      service: entry.service,
      site,
      idempotencyKey: entry.idempotencyKey,
      digest: entry.digest,
      altchaKey: entry.altchaKey ?? null,
    } as never,
    overrideAccess: true,
    depth: 0,
    context,
    req,
  })
  await storeFiles(req, { id: String(created.id), site }, attachments.files, written)
  return 'created'
}

/** Lost a race to another drainer (or the key came another way): the unique index says so. */
function isKeyClash(error: unknown): boolean {
  const text = JSON.stringify((error as { data?: unknown })?.data ?? '') + String(error)
  return /idempotency/i.test(text) && /unique|duplicate|11000/i.test(text)
}

/** Records `entries` in one transaction; false when it rolled back (the caller goes one by one). */
async function recordAll(payload: Payload, entries: IntakeEntry[], sites: Map<string, string>) {
  const req = await createLocalReq({}, payload)
  const written: string[] = []
  try {
    await atomically(req, async () => {
      for (const entry of entries) await record(req, entry, sites, written)
    })
    return true
  } catch (error) {
    await removeWritten(req, written)
    if (entries.length > 1) return false
    const entry = entries[0]!
    if (isKeyClash(error)) {
      if (await submissionByKey(req, entry.idempotencyKey)) return true
    }
    throw error
  }
}

/**
 * Entries that could not be recorded, and when to try them again (in this process): a minute,
 * doubling up to an hour, so one bad entry is retried and logged without flooding the log.
 */
const retryAt = new Map<string, { at: number; waitMs: number }>()

/** Entries this process set aside for later: how many still wait, and the first one's time. */
export function parked(now = Date.now()): { count: number; nextAt: number | null } {
  let count = 0
  let nextAt: number | null = null
  for (const { at } of retryAt.values()) {
    if (at <= now) continue
    count++
    nextAt = nextAt === null ? at : Math.min(nextAt, at)
  }
  return { count, nextAt }
}

/**
 * One pass: up to `limit` pending entries, oldest first, one transaction of `drainBatch` at a
 * time. Once `signal` is aborted (shutdown) it finishes the transaction in hand, marks it, and
 * starts no other.
 */
export async function drainOnce(
  payload: Payload,
  store: IntakeStore,
  limit = drainBatch * 4,
  signal?: AbortSignal,
): Promise<DrainResult> {
  const now = Date.now()
  const asked = limit + retryAt.size
  const read = await store.pending(asked)
  // Set-aside entries no longer pending (recorded by another instance) are forgotten.
  if (read.length < asked) {
    const still = new Set(read.map((entry) => entry.code))
    for (const code of retryAt.keys()) if (!still.has(code)) retryAt.delete(code)
  }
  const entries = read.filter((entry) => (retryAt.get(entry.code)?.at ?? 0) <= now)
  entries.splice(limit)
  const result: DrainResult = { drained: 0, failed: [] }
  if (!entries.length) return result
  const sites = await siteIds(payload)
  for (let i = 0; i < entries.length && !signal?.aborted; i += drainBatch) {
    const batch = entries.slice(i, i + drainBatch)
    const done: string[] = []
    if (batch.length > 1 && (await recordAll(payload, batch, sites)))
      done.push(...batch.map((e) => e.code))
    else
      for (const entry of batch) {
        try {
          await recordAll(payload, [entry], sites)
          done.push(entry.code)
          retryAt.delete(entry.code)
        } catch (error) {
          result.failed.push(entry.code)
          const waitMs = Math.min(3_600_000, (retryAt.get(entry.code)?.waitMs ?? 30_000) * 2)
          retryAt.set(entry.code, { at: Date.now() + waitMs, waitMs })
          payload.logger.error(
            { err: error, code: entry.code },
            `intake entry not recorded; left in the intake, tried again in ${waitMs / 1000} s`,
          )
        }
      }
    await store.markDrained(done)
    result.drained += done.length
  }
  return result
}

/** Drains the one entry of `code` now (the CMS's own submit door answers with the record). */
export async function drainCode(payload: Payload, store: IntakeStore, code: string) {
  const entry = await store.byCode(code)
  if (!entry || entry.drainedAt) return
  await recordAll(payload, [entry], await siteIds(payload))
  await store.markDrained([code])
}
