import type { SanitizedConfig } from 'payload'
import { languageOfHeaders, message } from '../i18n/messages.ts'

/**
 * Requests Payload itself answers with an unhandled 500 (a server fault in the logs, no word
 * for the caller), answered here as what they are: the versions of a collection that keeps
 * none are not found; a `where` that is not JSON, or a geographic operator on a field that is
 * not a point, is a bad request.
 */

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const geoOperators = new Set(['near', 'within', 'intersects'])

const answer = (status: number, text: string) =>
  Response.json(
    { errors: [{ message: text }] },
    { status, headers: { 'cache-control': 'no-store' } },
  )

/** What is wrong with a REST request before Payload sees it, or null. */
export async function restProblem(
  config: SanitizedConfig,
  method: string,
  url: URL,
): Promise<{ status: 400 | 404; key: 'notFound' | 'badQuery' } | null> {
  const [, api, slug, second] = url.pathname.split('/')
  if (api !== 'api' || !slug) return null
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) return null
  if (second === 'versions' && !collection.versions) return { status: 404, key: 'notFound' }
  if (method !== 'GET') return null
  const where = url.searchParams.get('where')
  if (where !== null && where.length > 0) {
    try {
      JSON.parse(where)
    } catch {
      return { status: 400, key: 'badQuery' }
    }
  }
  for (const key of url.searchParams.keys()) {
    const match = /^where(?:\[[^\]]*\])*\[([^\]]+)\]\[(near|within|intersects)\]$/.exec(key)
    if (!match || !geoOperators.has(match[2]!)) continue
    const field = collection.flattenedFields.find((f) => f.name === match[1])
    if (field?.type !== 'point') return { status: 400, key: 'badQuery' }
  }
  return null
}

export function withRestGuards<Context>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RouteHandler<Context>,
): RouteHandler<Context> {
  return async (request, context) => {
    const problem = await restProblem(await config, request.method, new URL(request.url))
    if (!problem) return handler(request, context)
    return answer(problem.status, message(problem.key, languageOfHeaders(request.headers)))
  }
}
