/**
 * A renderer process: a Publisher (publisher.ts) answering requests from its parent over IPC —
 * `npm run build:sites` runs one per core, the build worker keeps one warm between publishes.
 *
 *   parent → child   { id, type: 'sync', full? }  |  { id, type: 'build', site, full?, now? }
 *   child → parent   { type: 'ready' }  |  { id, ok: true, value }  |  { id, ok: false, error }
 *
 * Configured by its environment: BAWABA_DIST, BAWABA_DATA_DIR, CMS_URL, and BAWABA_BUNDLE
 * (`<dir>|<code>`, the bundle its parent made sure of).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { cmsUrlFromEnv } from '@bawaba/content'
import { bundleEntry } from './bundle.ts'
import { assetCache, distRoot, repo, storeFile } from './paths.ts'
import { Publisher } from './publisher.ts'
import type { PassResult } from './site.ts'

export type Request =
  | { id: number; type: 'sync'; full?: boolean }
  | { id: number; type: 'build'; site: string; full?: boolean; now?: string }
  | { id: number; type: 'settle' }

/** A pass's result as it crosses the process boundary (no manifest). */
export type BuildSummary = Omit<PassResult, 'manifest' | 'pendingIndex'> & {
  /** Search languages being indexed now that the pages are live. */
  indexing: string[]
}

export type Reply =
  | { type: 'ready' }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string; release?: string }

/** The renderer process's main: bundled into the sites' server bundle (sites/src/server-entry.ts). */
export function serve() {
  const [dir, code] = (process.env.BAWABA_BUNDLE ?? '').split('|')
  if (!dir || !code) throw new Error('BAWABA_BUNDLE (<dir>|<code>) is required')
  const publisher = new Publisher({
    dist: distRoot(),
    cache: assetCache(),
    storeFile: storeFile(),
    cmsUrl: cmsUrlFromEnv(),
    bundle: { dir, code },
  })
  // One request at a time, in order: passes share the store.
  let queue: Promise<unknown> = Promise.resolve()
  process.on('message', (request: Request) => {
    queue = queue.then(async () => {
      try {
        let value: unknown
        if (request.type === 'sync') value = await publisher.sync(request.full)
        else if (request.type === 'settle') value = await publisher.settled()
        else {
          const {
            manifest: _,
            pendingIndex,
            ...summary
          } = await publisher.build(request.site, {
            full: request.full,
            now: request.now ? new Date(request.now) : undefined,
          })
          value = { ...summary, indexing: pendingIndex?.languages ?? [] } satisfies BuildSummary
        }
        process.send!({ id: request.id, ok: true, value } satisfies Reply)
        // Old releases go once the new one is live and said so.
        if (request.type === 'build')
          await publisher
            .prune(request.site)
            .catch((error: Error) =>
              console.error(`pruning the releases of ${request.site}: ${error.message}`),
            )
      } catch (error) {
        const failure = error as Error & { release?: string }
        process.send!({
          id: request.id,
          ok: false,
          error: failure.message ?? String(error),
          release: failure.release,
        } satisfies Reply)
      }
    })
  })
  // Asked to leave: after the work in hand (a prune, the search index, may be running).
  process.on(
    'disconnect',
    () => void queue.then(() => publisher.settled()).then(() => process.exit(0)),
  )
  process.send!({ type: 'ready' } satisfies Reply)
}

/** The parent's handle on a renderer process. */
export interface RendererProcess {
  child: ChildProcess
  sync(full?: boolean): Promise<unknown>
  build(site: string, options?: { full?: boolean; now?: Date }): Promise<BuildSummary>
  /** Resolves when the search indexes being brought up to date after publishes are. */
  settle(): Promise<void>
  close(): Promise<void>
}

export class RendererError extends Error {
  constructor(
    message: string,
    readonly release?: string,
  ) {
    super(message)
    this.name = 'RendererError'
  }
}

/** Starts a renderer process for the bundle; resolves when it is ready. */
export function startRenderer(
  bundle: { dir: string; code: string },
  env: NodeJS.ProcessEnv = process.env,
  output: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  options: { detached?: boolean } = {},
): Promise<RendererProcess> {
  // Plain node running the bundle's own copy of this module: no TypeScript loader, whose hooks
  // would cost every dynamic import of every render a round trip to its thread.
  const entry = pathToFileURL(bundleEntry(bundle.dir)).href
  const child = spawn(
    process.execPath,
    [
      // BAWABA_RENDERER_PROFILE=<dir>: a CPU profile of each renderer process (docs/measurements.md).
      ...(env.BAWABA_RENDERER_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${env.BAWABA_RENDERER_PROFILE}`]
        : []),
      '--input-type=module',
      '-e',
      // Awaited and caught here: the bundle's node adapter swallows unhandled rejections, so a
      // renderer that failed to start would otherwise leave with exit 0 and no word.
      `try { await (await import(${JSON.stringify(entry)})).renderer() }
       catch (error) { console.error(error); process.exit(1) }`,
    ],
    {
      cwd: repo,
      env: { ...env, BAWABA_BUNDLE: `${bundle.dir}|${bundle.code}` },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Its own process group when asked (the worker's drain): it still leaves when the parent
      // does, once the IPC channel closes (serve()'s 'disconnect').
      detached: options.detached ?? false,
    },
  )
  /** Its last words, for the error when it leaves before it is ready. */
  const said: string[] = []
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) {
          output(line)
          said.push(line)
          if (said.length > 12) said.shift()
        }
    })
  let next = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  child.on('exit', (code, signal) =>
    failAll(new RendererError(`the renderer process stopped (${signal ?? `exit ${code}`})`)),
  )
  const ask = (
    request: Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never,
  ) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve, reject })
      child.send({ ...request, id })
    })
  return new Promise((resolve, reject) => {
    // 'close', once its streams are done too: its last words are in.
    child.once('close', (code, signal) =>
      reject(
        new RendererError(
          `the renderer process exited (${signal ?? code}) before it was ready` +
            (said.length ? `:\n${said.join('\n')}` : ''),
        ),
      ),
    )
    child.on('message', (reply: Reply) => {
      if ('type' in reply) {
        resolve({
          child,
          sync: (full) => ask({ type: 'sync', full }),
          settle: () => ask({ type: 'settle' }).then(() => undefined),
          build: (site, options = {}) =>
            ask({
              type: 'build',
              site,
              full: options.full,
              now: options.now?.toISOString(),
            }) as Promise<BuildSummary>,
          close: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done()
              child.once('exit', () => done())
              child.disconnect()
              // A process that does not leave when asked is stopped.
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
            }),
        })
        return
      }
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(new RendererError(reply.error, reply.release))
    })
  })
}
