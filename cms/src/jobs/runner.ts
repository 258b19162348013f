/**
 * What actually builds a site. The CMS only queues builds; the build worker (jobs/worker.ts), a
 * process of its own with the renderer beside it, sets the runner before it runs the queue, so
 * the admin's Next.js bundle never contains the site builder.
 */
export interface BuildOutcome {
  ok: boolean
  /** Nothing on the site changed: no new release, the live one stays. */
  unchanged?: boolean
  release?: string
  pages?: number
  error?: string
  /** The failure may pass on its own (a fetch, the CMS, a crash): another attempt may succeed. */
  transient?: boolean
  /** When the site's time-dependent pages change next (epoch ms): the worker builds it then. */
  nextChange?: number
  /** The end of the build's output, for the admin. */
  log: string
}

export type BuildRunner = (slug: string) => Promise<BuildOutcome>

let runner: BuildRunner | null = null

export function setBuildRunner(next: BuildRunner | null): void {
  runner = next
}

export function buildRunner(): BuildRunner {
  if (!runner)
    throw new Error('Sites are built by the build worker (npm run worker), not by the CMS process')
  return runner
}

/** Called after a successful build with what it published (e.g. to sync a search service). */
export type AfterBuild = (args: {
  slug: string
  triggers: { collection: string; document: string; action: string }[]
}) => Promise<void>

const afterBuild: AfterBuild[] = []

export function onBuildSucceeded(hook: AfterBuild): void {
  afterBuild.push(hook)
}

export function buildSucceededHooks(): readonly AfterBuild[] {
  return afterBuild
}
