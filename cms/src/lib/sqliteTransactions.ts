import { randomUUID } from 'node:crypto'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

/**
 * Real transactions on the embedded SQLite database, for the few writes that must be all or
 * nothing (a submission and its files). Payload's SQLite adapter ships with transactions off,
 * and turning its own on is not safe in one Node process: libsql hands the open transaction
 * its connection and opens a fresh one for everything else, with no busy timeout (a second
 * writer fails at once with SQLITE_BUSY) and never closes the old one (one leaked handle per
 * transaction). So:
 *
 * - Payload's per-operation transactions stay off, as the adapter ships (`beginTransaction()`
 *   without options answers null); migrations and seeds behave as before.
 * - `beginTransaction(options)` with options, as `atomically` (lib/atomically.ts) calls it,
 *   opens `BEGIN IMMEDIATE` on one dedicated connection, kept for the life of the process.
 * - One writer at a time in this process: transactions and every write outside them take
 *   turns through a queue, so no statement ever waits on SQLite's lock (libsql waits
 *   synchronously, which would freeze the event loop holding the transaction). Reads are
 *   not queued: in WAL mode they see the last committed state and never block.
 */

/** Longest wait for the write queue before a write gives up (a stuck transaction). */
const queueTimeoutMs = 15_000

/** Top-level adapter writes; their helpers (insert, deleteWhere, upsert → updateOne) are not. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
] as const

type Release = () => void

/** A first-come, first-served lock with a deadline for each waiter. */
class WriteQueue {
  private tail: Promise<void> = Promise.resolve()

  acquire(what: string): Promise<Release> {
    let release!: Release
    const held = new Promise<void>((done) => (release = done))
    const previous = this.tail
    this.tail = previous.then(() => held)
    return new Promise((resolve, reject) => {
      let expired = false
      const timer = setTimeout(() => {
        expired = true
        reject(new Error(`SQLite: ${what} waited ${queueTimeoutMs} ms for the write queue`))
      }, queueTimeoutMs)
      void previous.then(() => {
        clearTimeout(timer)
        if (expired) release()
        else resolve(once(release))
      })
    })
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (!done) fn()
    done = true
  }
}

type SqliteAdapter = BaseDatabaseAdapter & {
  clientConfig: { url: string }
  busyTimeout: number
  schema: Record<string, unknown>
  sessions: Record<
    string,
    { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }
  >
}

export function withExplicitTransactions(result: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args) as SqliteAdapter
      const queue = new WriteQueue()
      let connection: ReturnType<typeof drizzle> | undefined

      /** The dedicated transaction connection, opened on first use (the schema is ready then). */
      const transactionConnection = async () => {
        if (!connection) {
          connection = drizzle({
            connection: { url: adapter.clientConfig.url },
            schema: adapter.schema as never,
          })
          // Other processes (a seed, a test reading the same file) may hold the lock briefly.
          await connection.$client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout || 5000}`)
        }
        return connection
      }

      const inTransaction = async (req?: Partial<PayloadRequest>) => {
        const id = await req?.transactionID
        return id !== undefined && id !== null && Boolean(adapter.sessions[String(id)])
      }

      for (const method of writeMethods) {
        const original = adapter[method] as (args: { req?: Partial<PayloadRequest> }) => unknown
        ;(adapter as unknown as Record<string, unknown>)[method] = async (
          methodArgs: { req?: Partial<PayloadRequest> } = {},
        ) => {
          if (await inTransaction(methodArgs.req)) return original.call(adapter, methodArgs)
          const release = await queue.acquire(method)
          try {
            return await original.call(adapter, methodArgs)
          } finally {
            release()
          }
        }
      }

      adapter.beginTransaction = async (options) => {
        // Payload's own per-operation call: no transaction, as the adapter ships.
        if (options === undefined) return null
        const release = await queue.acquire('a transaction')
        const db = await transactionConnection().catch((error) => {
          release()
          throw error
        })
        try {
          await db.$client.execute('BEGIN IMMEDIATE')
        } catch (error) {
          release()
          throw error
        }
        let commitError: unknown
        const commit = async () => {
          try {
            await db.$client.execute('COMMIT')
          } catch (error) {
            // Payload answers a failed commit by rejecting: keep the error for that call.
            commitError = error
            await db.$client.execute('ROLLBACK').catch(() => {})
            throw error
          } finally {
            release()
          }
        }
        const rollback = async () => {
          if (commitError) throw commitError
          try {
            await db.$client.execute('ROLLBACK')
          } finally {
            release()
          }
        }
        const id = randomUUID()
        adapter.sessions[id] = { db, resolve: commit, reject: rollback }
        return id
      }
      return adapter
    },
  }
}
