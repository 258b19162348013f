import { Worker } from 'node:worker_threads'
import type { IntakeEntry } from '@bawaba/schemas'
import { intake } from './index.ts'
import type { SqliteIntakeOptions } from './sqlite.ts'
import { codeDraws, type IntakeStore } from './store.ts'
import type { Call, Reply } from './worker.ts'

/**
 * The intake for a process whose thread must never wait on it: the CMS, whose one thread also
 * answers staff. On SQLite, node:sqlite's calls are synchronous: waiting for the edge's write
 * lock, syncing a commit to disk, reading a batch of attachments all hold the thread that runs
 * them. Here they run in a worker thread of their own (worker.ts), and the CMS's thread only
 * posts a message and awaits the answer. In that thread SQLite waits at most `busyTimeoutMs`
 * (5 ms) for the lock, then the call is tried again on a timer (sqlite.ts), so reads are not
 * stuck behind a write that waits. On MongoDB the driver is asynchronous already: the shared
 * store is used as it is.
 */
const defaults: Required<SqliteIntakeOptions> = { busyTimeoutMs: 5, retryForMs: 30_000 }

export function openSqliteIntakeOffThread(
  file: string,
  options: SqliteIntakeOptions = {},
): IntakeStore {
  let worker: Worker | null = null
  let next = 1
  const waiting = new Map<number, { resolve: (value: any) => void; reject: (e: Error) => void }>()
  let closed = false

  /** The thread, started on first use and again after it died (its calls failed with it). */
  function thread(): Worker {
    if (worker) return worker
    const started = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: { file, options: { ...defaults, ...options } },
    })
    // It never keeps the process alive by itself: shutdown closes it (or the process just ends:
    // every acknowledged write is already on disk).
    started.unref()
    started.on('message', (reply: Reply) => {
      const call = waiting.get(reply.id)
      if (!call) return
      waiting.delete(reply.id)
      if (reply.ok) call.resolve(reply.value)
      else call.reject(Object.assign(new Error(reply.error.message), reply.error))
    })
    const died = (error: Error) => {
      if (worker === started) worker = null
      for (const call of waiting.values()) call.reject(error)
      waiting.clear()
    }
    started.on('error', died)
    started.on('exit', (code) => died(new Error(`intake thread exited (${code})`)))
    worker = started
    return started
  }

  function call<T>(method: Call['method'], ...args: unknown[]): Promise<T> {
    if (closed) return Promise.reject(new Error('intake: closed'))
    const target = thread()
    // Only calls in flight keep the process waiting for the thread.
    target.ref()
    const settled = () => {
      if (waiting.size === 0) target.unref()
    }
    return new Promise<T>((resolve, reject) => {
      const id = next++
      waiting.set(id, {
        resolve: (value) => (resolve(value), settled()),
        reject: (error) => (reject(error), settled()),
      })
      target.postMessage({ id, method, args } satisfies Call)
    })
  }

  /** Attachments come back as Uint8Arrays: Buffers again, without copying. */
  const entryOf = (entry: IntakeEntry): IntakeEntry => ({
    ...entry,
    files: entry.files.map(({ name, data }) => ({
      name,
      data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    })),
  })

  return {
    accept(record, files, newCode) {
      // The clash-free code is found in the thread, among codes drawn here (in order).
      const codes = Array.from({ length: codeDraws }, () => newCode())
      return call('accept', record, files, codes)
    },
    async byCode(code) {
      const entry = await call<IntakeEntry | null>('byCode', code)
      return entry && entryOf(entry)
    },
    async pending(limit) {
      return (await call<IntakeEntry[]>('pending', limit)).map(entryOf)
    },
    discard: (code) => call('discard', code),
    markDrained: (codes, at) => call('markDrained', [...codes], at),
    takeLease: (name, holder, ms) => call('takeLease', name, holder, ms),
    releaseLease: (name, holder) => call('releaseLease', name, holder),
    backlog: () => call('backlog'),
    watermark: () => call('watermark'),
    async close() {
      if (closed) return
      const running = worker
      if (running) await call('close').catch(() => {})
      closed = true
      await running?.terminate()
    },
  }
}

/**
 * The intake of `uri` for the CMS: on SQLite in a thread of its own (one per process and file,
 * shared), on MongoDB the shared asynchronous store (index.ts).
 */
export function intakeOffThread(uri: string): Promise<IntakeStore> {
  if (!uri.startsWith('file:')) return intake(uri)
  const opened = ((globalThis as Record<symbol, unknown>)[Symbol.for('bawaba.intake.thread')] ??=
    new Map()) as Map<string, IntakeStore>
  let store = opened.get(uri)
  if (!store) opened.set(uri, (store = openSqliteIntakeOffThread(uri.slice('file:'.length))))
  return Promise.resolve(store)
}

/** Closes (and forgets) the CMS's intake of `uri`: shutdown and tests. */
export async function closeIntakeOffThread(uri: string): Promise<void> {
  const opened = (globalThis as Record<symbol, unknown>)[Symbol.for('bawaba.intake.thread')] as
    Map<string, IntakeStore> | undefined
  const store = opened?.get(uri)
  opened?.delete(uri)
  await store?.close()
}
