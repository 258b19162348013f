import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { createLocalReq, type Payload } from 'payload'
import { atomically } from '../lib/atomically.ts'

/**
 * One build worker per database, enforced: the worker holds a lease, a row of Payload's
 * key-value store (`payload-kv`, already in the schema) naming its holder and when it expires,
 * and renews it while it runs. A second worker finds the lease held and waits (a rolling
 * restart: the new worker takes over once the old one has drained and let go); a crashed
 * worker's lease expires, then the next one takes it and puts back what the crash left running
 * (worker.ts `recover`), which is only safe because nobody else runs jobs by then.
 *
 * Taking and renewing are one transaction each (`atomically`: BEGIN IMMEDIATE on SQLite, a
 * replica-set transaction on MongoDB), so two workers never both see the lease free.
 */
export const leaseKey = 'bawaba:build-worker'

export interface LeaseHolder {
  holder: string
  /** Epoch milliseconds. */
  expiresAt: number
}

/** Who this process is, as another worker's log names it. */
export const newHolderId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`

type Row = { id: string | number; data: LeaseHolder }

async function findLease(payload: Payload, req?: Awaited<ReturnType<typeof createLocalReq>>) {
  return (await payload.db.findOne({
    collection: 'payload-kv',
    where: { key: { equals: leaseKey } },
    req,
  })) as Row | null
}

/**
 * Takes or renews the lease for `ttlMs`. Answers null when `holder` has it now, or the current
 * holder when someone else's lease is still valid.
 */
export async function takeLease(
  payload: Payload,
  holder: string,
  ttlMs: number,
): Promise<LeaseHolder | null> {
  const req = await createLocalReq({}, payload)
  try {
    return await atomically(req, async () => {
      const row = await findLease(payload, req)
      const now = Date.now()
      if (row && row.data.holder !== holder && row.data.expiresAt > now) return row.data
      const data = { key: leaseKey, data: { holder, expiresAt: now + ttlMs } }
      if (row) await payload.db.updateOne({ collection: 'payload-kv', id: row.id, data, req })
      else await payload.db.create({ collection: 'payload-kv', data, req })
      return null
    })
  } catch (error) {
    // MongoDB aborts the later of two transactions that write the lease at once (a write
    // conflict, or the unique key): whoever won holds it now.
    const row = await findLease(payload)
    if (row && row.data.holder !== holder && row.data.expiresAt > Date.now()) return row.data
    throw error
  }
}

/** Lets go of the lease if `holder` has it (a clean stop: the next worker need not wait). */
export async function releaseLease(payload: Payload, holder: string): Promise<void> {
  const req = await createLocalReq({}, payload)
  await atomically(req, async () => {
    const row = await findLease(payload, req)
    if (row?.data.holder === holder)
      await payload.db.deleteOne({
        collection: 'payload-kv',
        where: { id: { equals: row.id } },
        req,
      })
  })
}

export interface Lease {
  holder: string
  /** Aborted when the lease was lost (another worker took it after it expired). */
  lost: AbortSignal
  release(): Promise<void>
}

/**
 * Waits until the lease is this process's (checking every `ttlMs / 3`), then keeps renewing it
 * until `release`. `signal` stops the wait (a worker stopped before it ever ran).
 */
export async function acquireLease(
  payload: Payload,
  options: { ttlMs: number; log: (line: string) => void; signal?: AbortSignal },
): Promise<Lease | null> {
  const { ttlMs, log, signal } = options
  const holder = newHolderId()
  const every = Math.max(Math.floor(ttlMs / 3), 50)
  let waitingFor = ''
  for (;;) {
    if (signal?.aborted) return null
    const other = await takeLease(payload, holder, ttlMs).catch((error: Error) => {
      log(`lease: ${error.message}; trying again`)
      return { holder: '?', expiresAt: 0 }
    })
    if (!other) break
    if (other.holder !== waitingFor && other.holder !== '?') {
      waitingFor = other.holder
      log(
        `another worker (${other.holder}) runs the jobs of this database; waiting for it to stop ` +
          `(its lease ends ${new Date(other.expiresAt).toISOString()} unless renewed)`,
      )
    }
    await new Promise((ok) => setTimeout(ok, every))
  }
  log(`lease taken (${holder}, renewed every ${every} ms)`)
  const lost = new AbortController()
  let validUntil = Date.now() + ttlMs
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const renew = async () => {
    const startedAt = Date.now()
    const other = await takeLease(payload, holder, ttlMs).catch((error: Error) => {
      // A database hiccup: the lease holds until it expires; the next renewal may work.
      log(`lease: renewal failed (${error.message})`)
      return undefined
    })
    if (stopped) return
    if (other === null) validUntil = startedAt + ttlMs
    if (other || Date.now() > validUntil) {
      log(`lease lost${other ? ` to ${other.holder}` : ': not renewed in time'}`)
      lost.abort()
      return
    }
    timer = setTimeout(renew, every)
    timer.unref()
  }
  timer = setTimeout(renew, every)
  timer.unref()
  return {
    holder,
    lost: lost.signal,
    release: async () => {
      stopped = true
      clearTimeout(timer)
      await releaseLease(payload, holder).catch((error: Error) =>
        log(`lease: release failed (${error.message}); it expires on its own`),
      )
    },
  }
}
