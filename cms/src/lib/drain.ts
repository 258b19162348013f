import type { Server, ServerResponse } from 'node:http'

/**
 * Graceful restarts of our HTTP servers (the CMS's `cms/server.ts`, the sites server). On
 * SIGTERM (or SIGINT) a server:
 *
 * 1. answers 503 on `/api/ready`, so the load balancer takes it out of rotation, and keeps
 *    serving for `DRAIN_DELAY_MS` while it notices (0 locally, a few health-check periods in
 *    production);
 * 2. stops accepting connections; answers what is in flight with `Connection: close`;
 * 3. waits for the requests in flight and for the work registered with `finishBeforeExit`
 *    (something that outlives its request), at most `DRAIN_TIMEOUT_MS`;
 * 4. runs the closers registered with `onDrained` (the database connection) and exits 0, or 1
 *    when the deadline cut something short. A second signal exits at once.
 *
 * The state lives on `globalThis`: the CMS's health endpoints are bundled by Next.js and see the
 * server's module through it, not through an import.
 */
export interface DrainState {
  draining: boolean
  /** Requests received and not yet answered. */
  inFlight: number
  /** Their responses: told `Connection: close` when the drain begins. */
  responses: Set<ServerResponse>
  /** Work that outlives its request; the drain waits for it too. */
  pending: Set<Promise<unknown>>
  closers: Array<() => Promise<void> | void>
}

const key = Symbol.for('bawaba.drain')

export function drainState(): DrainState {
  const holder = globalThis as { [key]?: DrainState }
  holder[key] ??= {
    draining: false,
    inFlight: 0,
    responses: new Set(),
    pending: new Set(),
    closers: [],
  }
  return holder[key]
}

export const isDraining = () => drainState().draining

/** Keeps a drain from exiting before `work` settles (e.g. a mail sent after the answer). */
export function finishBeforeExit<T>(work: Promise<T>): Promise<T> {
  const { pending } = drainState()
  const settled = work.then(
    () => undefined,
    () => undefined,
  )
  pending.add(settled)
  void settled.then(() => pending.delete(settled))
  return work
}

/** Runs once the server stopped and its work is done (closing the database, say). */
export function onDrained(close: () => Promise<void> | void): void {
  drainState().closers.push(close)
}

/** Counts the server's requests in flight; once draining, connections close after answering. */
export function trackRequests(server: Server): void {
  const state = drainState()
  server.prependListener('request', (_req, res) => {
    state.inFlight++
    state.responses.add(res)
    if (state.draining) res.setHeader('connection', 'close')
    res.once('close', () => {
      state.inFlight--
      state.responses.delete(res)
    })
  })
}

export interface DrainOptions {
  /** How long `/api/ready` says 503 before the listener closes. */
  delayMs?: number
  /** The longest wait for requests and pending work after the listener closed. */
  timeoutMs?: number
  log?: (line: string) => void
}

export const drainSettings = (env = process.env): Required<Omit<DrainOptions, 'log'>> => ({
  delayMs: Number(env.DRAIN_DELAY_MS ?? 0),
  timeoutMs: Number(env.DRAIN_TIMEOUT_MS ?? 30_000),
})

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * Drains `server` as described above and answers whether everything finished in time. Does
 * not exit: `drainOnSignals` does.
 */
export async function drain(server: Server, options: DrainOptions = {}): Promise<boolean> {
  const state = drainState()
  const { delayMs, timeoutMs } = { ...drainSettings(), ...options }
  const log = options.log ?? (() => {})
  state.draining = true
  for (const res of state.responses) if (!res.headersSent) res.setHeader('connection', 'close')
  log(`draining: not ready; closing the listener in ${delayMs} ms`)
  if (delayMs > 0) await sleep(delayMs)
  const closed = new Promise<void>((done) => server.close(() => done()))
  server.closeIdleConnections()
  const deadline = Date.now() + timeoutMs
  while ((state.inFlight > 0 || state.pending.size > 0) && Date.now() < deadline) {
    // Keep-alive connections that just answered their last request.
    server.closeIdleConnections()
    await sleep(25)
  }
  const clean = state.inFlight === 0 && state.pending.size === 0
  if (!clean) {
    log(`draining: ${state.inFlight} request(s) and ${state.pending.size} task(s) cut short`)
    server.closeAllConnections()
  }
  await closed
  for (const close of state.closers.splice(0)) {
    await Promise.resolve()
      .then(close)
      .catch((error: Error) => log(`draining: closing: ${error.message}`))
  }
  log(clean ? 'drained' : 'drained with work cut short')
  return clean
}

/** SIGTERM and SIGINT drain `server` and exit (0 when nothing was cut short). */
export function drainOnSignals(server: Server, options: DrainOptions = {}): void {
  let started = false
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (started) process.exit(1)
      started = true
      void drain(server, options).then(
        (clean) => process.exit(clean ? 0 : 1),
        () => process.exit(1),
      )
    })
  }
}
