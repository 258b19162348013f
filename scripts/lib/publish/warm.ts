/**
 * The build worker's renderer, kept warm between publishes: one renderer process (child.ts)
 * started at the first build and kept, holding the bundle, the content store and the manifests.
 * A publish of a site is a sync of the store and one pass over the site. When the sites' code
 * changed, the bundle is built again and the process restarted (its next passes render
 * everything: new code); when the process dies, the next publish starts another.
 */
import { codeVersion, ensureBundle } from './bundle.ts'
import { liveRelease } from '../releases.ts'
import { RendererError, startRenderer, type RendererProcess } from './child.ts'
import { distRoot } from './paths.ts'

export interface PublishOutcome {
  ok: boolean
  /** Nothing in the output changed: no new release (the live one stays). */
  unchanged?: boolean
  release?: string
  pages?: number
  rendered?: number
  error?: string
  /** The failure may pass on its own (a fetch, the CMS, the renderer process): worth retrying. */
  transient?: boolean
  /** When the site's time-dependent pages change next (an event ends, an alert starts…). */
  nextChange?: number
  log: string
}

const logLines = 40

/** Failures that another attempt may not meet: network and process trouble, not content. */
export function isTransient(message: string): boolean {
  return /fetching .* failed|CMS unreachable|answered 5\d\d|renderer process (stopped|exited)|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|no answer in/i.test(
    message,
  )
}

export class WarmRenderer {
  private process: Promise<RendererProcess> | null = null
  private code: string | null = null
  private lines: string[] = []

  constructor(
    private readonly options: {
      env?: NodeJS.ProcessEnv
      log?: (line: string) => void
      /** The renderer in a process group of its own: signals to its parent's group spare it. */
      ownGroup?: boolean
    } = {},
  ) {}

  private output = (line: string) => {
    this.lines.push(line)
    if (this.lines.length > logLines * 4) this.lines.splice(0, this.lines.length - logLines)
    this.options.log?.(line)
  }

  /** The renderer process for the current code, started (and the bundle built) if need be. */
  private async renderer(): Promise<RendererProcess> {
    const code = codeVersion()
    if (this.process && this.code === code) {
      const running = await this.process.catch(() => null)
      if (running && running.child.exitCode === null && running.child.signalCode === null)
        return running
    }
    await this.close()
    this.code = code
    this.process = (async () => {
      const bundle = await ensureBundle(this.output, code)
      return startRenderer(bundle, this.options.env ?? process.env, this.output, {
        detached: this.options.ownGroup,
      })
    })()
    return this.process
  }

  /** Syncs the store and publishes what changed on `site`. Never throws: the outcome says. */
  async publish(site: string, now?: Date): Promise<PublishOutcome> {
    this.lines = []
    try {
      const t0 = performance.now()
      const renderer = await this.renderer()
      const t1 = performance.now()
      await renderer.sync()
      const t2 = performance.now()
      const pass = await renderer.build(site, { now })
      const t3 = performance.now()
      const timing = `renderer ${((t1 - t0) / 1000).toFixed(2)}s, sync ${((t2 - t1) / 1000).toFixed(2)}s, pass ${((t3 - t2) / 1000).toFixed(2)}s`
      this.output(
        pass.status === 'unchanged'
          ? `${site}: nothing changed (${pass.pages} pages), no new release (${timing})`
          : `${site}: ${timing}; ${pass.rendered} of ${pass.pages} pages rendered, ${pass.changed.length} changed, ` +
              `${pass.removed.length} removed, release ${pass.release} live in ${pass.seconds.toFixed(2)}s ` +
              `(${Object.entries(pass.steps)
                .map(([step, s]) => `${step} ${s}s`)
                .join(', ')})`,
      )
      return {
        ok: true,
        unchanged: pass.status === 'unchanged',
        release: pass.release,
        pages: pass.pages,
        rendered: pass.rendered,
        nextChange: pass.nextChange,
        log: this.lines.slice(-logLines).join('\n'),
      }
    } catch (error) {
      const message = (error as Error).message ?? String(error)
      this.output(`${site}: FAILED — ${message.split('\n')[0]}`)
      return {
        ok: false,
        error: message,
        release: (error as RendererError).release,
        transient: isTransient(message),
        log: this.lines.slice(-logLines).join('\n'),
      }
    }
  }

  /**
   * Starts the renderer before the first publish and catches up: what changed while no worker
   * ran (or whose time came) is published on every site that has a live release.
   */
  async warmUp(sites: string[]): Promise<{
    seconds: number
    published: string[]
    outcomes: Map<string, PublishOutcome>
  }> {
    const started = performance.now()
    const published: string[] = []
    const outcomes = new Map<string, PublishOutcome>()
    for (const site of sites.filter((slug) => liveRelease(distRoot(), slug))) {
      const outcome = await this.publish(site)
      outcomes.set(site, outcome)
      if (outcome.ok && !outcome.unchanged) published.push(site)
    }
    return { seconds: (performance.now() - started) / 1000, published, outcomes }
  }

  /** Stops the renderer process at once, its pass unfinished (a drain out of time). */
  async kill(): Promise<void> {
    const running = await this.process?.catch(() => null)
    running?.child.kill('SIGKILL')
  }

  async close(): Promise<void> {
    const running = await this.process?.catch(() => null)
    this.process = null
    await running?.close()
  }
}
