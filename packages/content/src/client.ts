import { toQueryString, type QueryObject } from './query.ts'

/** A Payload list response. */
export interface ListResponse<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  hasNextPage: boolean
}

export interface FindParams {
  where?: QueryObject
  depth?: number
  locale?: string
  limit?: number
  page?: number
  sort?: string
  select?: QueryObject
}

export interface CmsClientOptions {
  /** Base URL of the CMS, e.g. `http://localhost:3000`. Defaults to env `CMS_URL`. */
  baseUrl?: string
  /** Per-request timeout. */
  timeoutMs?: number
  /** Extra attempts on network errors and 5xx answers (the CMS may be warming up). */
  retries?: number
  fetch?: typeof fetch
}

/** A CMS request that failed; the message names the URL and what went wrong. */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

export const defaultCmsUrl = 'http://localhost:3000'

export function cmsUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return (env.CMS_URL || defaultCmsUrl).replace(/\/+$/, '')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type CmsClient = ReturnType<typeof createCmsClient>

/**
 * The only code that talks to the CMS over HTTP. Read-only: anonymous GETs of the REST API.
 */
export function createCmsClient(options: CmsClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? cmsUrlFromEnv()).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 30_000
  const retries = options.retries ?? 2
  const doFetch = options.fetch ?? fetch
  const memo = new Map<string, Promise<unknown>>()

  async function get<T>(path: string, params: QueryObject = {}): Promise<T> {
    const query = toQueryString(params)
    const url = `${baseUrl}${path}${query ? `?${query}` : ''}`
    let lastError: CmsError | undefined
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(300 * 2 ** attempt)
      let response: Response
      try {
        response = await doFetch(url, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        const cause = error as Error & { cause?: { code?: string } }
        const reason =
          cause.name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : (cause.cause?.code ?? cause.message)
        lastError = new CmsError(`CMS unreachable: GET ${url} failed (${reason})`, url)
        continue
      }
      if (!response.ok) {
        const body = (await response.text().catch(() => '')).slice(0, 300)
        const error = new CmsError(
          `CMS request failed: GET ${url} answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`,
          url,
          response.status,
        )
        // A 4xx is our mistake (bad query, unknown collection): retrying cannot help.
        if (response.status < 500) throw error
        lastError = error
        continue
      }
      try {
        return (await response.json()) as T
      } catch (error) {
        // A body cut short (the timeout fired while it streamed: a busy CMS sending a page of 250
        // documents in every locale; a connection reset) or garbled on its way: another attempt
        // may get it whole. Seen on a cold CMS at city scale under load.
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no whole answer within ${timeoutMs} ms`
            : 'its answer is not JSON'
        lastError = new CmsError(`CMS unreachable: GET ${url} failed (${reason})`, url)
        continue
      }
    }
    throw lastError!
  }

  function find<T>(collection: string, params: FindParams = {}): Promise<ListResponse<T>> {
    return get<ListResponse<T>>(`/api/${collection}`, { ...params } as QueryObject)
  }

  /** Every matching document, following pages. */
  /**
   * Every matching document, page by page. Pages are read in `id` order unless told
   * otherwise: a collection's default sort (a localized name, say) may tie or repeat rows,
   * and pages cut across an unstable order skip some documents and repeat others.
   */
  async function findAll<T>(collection: string, params: FindParams = {}): Promise<T[]> {
    const limit = params.limit ?? 100
    const sort = params.sort ?? 'id'
    const docs: T[] = []
    for (let page = 1; ; page++) {
      const result = await find<T>(collection, { ...params, sort, limit, page })
      docs.push(...result.docs)
      if (!result.hasNextPage) return docs
    }
  }

  /** Ids of every matching document: cheap enough to run on each build to spot deletions. */
  async function ids(collection: string, where: QueryObject): Promise<Set<string>> {
    const docs = await findAll<{ id: string }>(collection, {
      where,
      limit: 1000,
      depth: 0,
      select: { id: true },
    })
    return new Set(docs.map((doc) => String(doc.id)))
  }

  /** Memoises one answer for the life of this client (one Astro build). */
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!memo.has(key)) memo.set(key, load())
    return memo.get(key) as Promise<T>
  }

  return {
    baseUrl,
    get,
    find,
    findAll,
    ids,
    once,
    /**
     * Absolute URL for a URL the CMS returns. Relative ones are resolved on the CMS; absolute
     * ones naming the CMS's own API under another origin (its public `serverURL`, which the
     * builder may not reach) are read through `baseUrl` too. Other hosts (a CDN) are kept.
     */
    absolute(url: string): string {
      const resolved = new URL(url, `${baseUrl}/`)
      if (resolved.origin !== new URL(baseUrl).origin && resolved.pathname.startsWith('/api/')) {
        return new URL(resolved.pathname + resolved.search, `${baseUrl}/`).href
      }
      return resolved.href
    },
  }
}
