/**
 * Every read of content by a page goes through a named query (`query('newsPage', …)`): its answer
 * is computed once per site, content generation and instant, and the page records what it got —
 * a digest of the answer and, for time-dependent answers, until when it holds. After a change,
 * the renderer asks the recorded queries again (`evaluate`) and re-renders only the pages whose
 * answers differ, or whose time has come. So a query must return exactly what its pages show:
 * `newsPage(3)` the twelve items of page 3, not every news item.
 */
import { renderContext, withRenderContext, type Dependency, type RenderContext } from './context.ts'

type Arg = string | number

interface Answer<T> {
  value: T
  digest: string
  until?: number
}

/** A time-dependent answer and the instant from which it may change (null: never). */
export interface Timed<T> {
  value: T
  until: number | null
}

type Compute = (context: RenderContext, args: Arg[]) => Timed<unknown>

const registry = new Map<string, Compute>()

/** Queries being computed: a query used inside another is the outer one's business. */
const frames: { until?: number }[] = []

export const dependencyKey = (name: string, args: Arg[]) => `${name}:${JSON.stringify(args)}`

function answer<T>(context: RenderContext, name: string, args: Arg[]): Answer<T> {
  const compute = registry.get(name)
  if (!compute) throw new Error(`unknown query '${name}'`)
  const key = dependencyKey(name, args)
  const result = context.store.cached(
    `query|${context.site}|${context.now.getTime()}|${key}`,
    (): Answer<unknown> => {
      frames.push({})
      try {
        const { value, until } = compute(context, args)
        const inner = frames.at(-1)!.until
        const earliest = [until ?? undefined, inner].filter((n): n is number => n !== undefined)
        return {
          value,
          digest: context.store.digest(value),
          until: earliest.length ? Math.min(...earliest) : undefined,
        }
      } finally {
        frames.pop()
      }
    },
  ) as Answer<T>
  const outer = frames.at(-1)
  if (outer) {
    if (result.until !== undefined) outer.until = Math.min(outer.until ?? Infinity, result.until)
  } else {
    context.dependencies?.set(key, { digest: result.digest, until: result.until })
  }
  return result
}

/** A query whose answer depends on the content only. */
export function query<A extends Arg[], T>(name: string, compute: (...args: A) => T) {
  if (registry.has(name)) throw new Error(`query '${name}' is defined twice`)
  registry.set(name, (_context, args) => ({ value: compute(...(args as A)), until: null }))
  return (...args: A): T => answer<T>(renderContext(), name, args).value
}

/** A query whose answer also depends on the instant of the render. */
export function timedQuery<A extends Arg[], T>(
  name: string,
  compute: (now: Date, ...args: A) => Timed<T>,
) {
  if (registry.has(name)) throw new Error(`query '${name}' is defined twice`)
  registry.set(name, (context, args) => compute(context.now, ...(args as A)))
  return (...args: A): T => answer<T>(renderContext(), name, args).value
}

/** Asks a recorded query again, in the given context (the renderer, after a change). */
export function evaluate(context: RenderContext, key: string): Dependency {
  const colon = key.indexOf(':')
  const quiet = { ...context, dependencies: undefined }
  const result = withRenderContext(quiet, () =>
    answer(quiet, key.slice(0, colon), JSON.parse(key.slice(colon + 1))),
  )
  return { digest: result.digest, until: result.until }
}

/** The earliest instant after `now` among `instants` (epoch ms), or null. */
export function nextInstant(now: Date, instants: Iterable<number>): number | null {
  let next: number | null = null
  for (const instant of instants)
    if (instant > now.getTime() && (next === null || instant < next)) next = instant
  return next
}
