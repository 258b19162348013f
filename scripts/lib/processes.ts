import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { createServer } from 'node:net'

/** Child processes started by a script, stopped together when it ends. */
const children = new Set<ChildProcess>()

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
    }
  }
}
process.on('exit', stopAll)
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second Ctrl-C: at once.
    if (stopping) process.exit(130)
    stopping = true
    stopAll()
    // The children drain (cms/src/lib/drain.ts): wait for them, so that what they log still
    // has somewhere to go, but not for a long build (the worker finishes it on its own).
    const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null)
    void Promise.all(running.map((c) => new Promise((ok) => c.once('exit', ok)))).then(() =>
      process.exit(130),
    )
    setTimeout(() => process.exit(130), 30_000).unref()
  })
}

/**
 * The command line of a long-running TypeScript process: one Node process with tsx's loader
 * (`node --import tsx`), never the `tsx` command. That one runs the script in a child and relays
 * signals to it, and when the child takes more than 30 ms to acknowledge one (any loaded
 * machine) it signals it again or kills it with SIGKILL: a graceful drain on SIGTERM would
 * become an exit half-way or a kill. `process.execPath` is the Node of the npm scripts (24).
 */
export const nodeTs = (script: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  ['--import', 'tsx', script, ...args],
]

/** Starts a long-running child in its own process group, its output prefixed. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions = {},
) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...options,
  })
  children.add(child)
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `  [${name}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', () => children.delete(child))
  return child
}

export function stopService(child: ChildProcess) {
  // A child killed by a signal has no exit code, only a signal code.
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  })
}

/** Runs a command to completion, inheriting the terminal; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    children.add(child)
    child.on('exit', (code, signal) => {
      children.delete(child)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
    child.on('error', reject)
  })
}

/** Waits until `url` answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 120_000, child?: ChildProcess) {
  const started = Date.now()
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the server exited (${child.exitCode})`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`

/**
 * Fails when something already listens on `port`: waiting for a URL would otherwise
 * succeed against a stale server from an earlier run and test the wrong data.
 */
export function ensurePortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `${what}: port ${port} is already in use (an earlier run still going?); stop it first`
            : `${what}: cannot listen on port ${port}: ${error.message}`,
        ),
      ),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
}

/** The first port in `from`–`to` nothing listens on (for a server a test starts alongside). */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    try {
      await ensurePortFree(port, 'probe')
      return port
    } catch {
      // taken: try the next one
    }
  }
  throw new Error(`no free port in ${from}–${to}`)
}
