import type { Endpoint, PayloadRequest, Where } from 'payload'
import { publishedCollections, type PublishedCollection } from './affectedSites.ts'

/**
 * `GET /api/store/changes?news=<iso>&events=<iso>…`: what the sites' content store
 * (packages/content/src/store) asks on every publish, in one request instead of two per
 * collection — for each collection named, its public documents changed since the given instant
 * (depth 0, every locale) and how many public documents it has. Read as an anonymous visitor
 * reads the REST API (published documents only where there are drafts): nothing here is not
 * already public. A collection with more changes than `limit` says so (`truncated`), and the
 * store reads it page by page over REST instead. `at` is the CMS's clock before any of it was read:
 * what was committed before then is in the answer, so the store's next cutoff can start from it.
 */
export const storeChangesPath = '/store/changes'

const limit = 200

async function changes(req: PayloadRequest): Promise<Response> {
  const asked = [...(req.searchParams ?? [])].filter(([collection]) =>
    (publishedCollections as readonly string[]).includes(collection),
  )
  for (const [, since] of asked)
    if (Number.isNaN(Date.parse(since)))
      return Response.json({ error: `'${since}' is not an instant` }, { status: 400 })
  const at = new Date().toISOString()
  const answers = await Promise.all(
    asked.map(async ([name, since]) => {
      const collection = name as PublishedCollection
      const drafts = Boolean(req.payload.collections[collection]?.config.versions?.drafts)
      const published: Where = drafts ? { _status: { equals: 'published' } } : {}
      const read = { collection, overrideAccess: false }
      const [changed, total] = await Promise.all([
        req.payload.find({
          ...read,
          where: { and: [published, { updatedAt: { greater_than_equal: since } }] },
          depth: 0,
          locale: 'all',
          limit: limit + 1,
          sort: 'id',
        }),
        req.payload.count({ ...read, where: published }),
      ])
      return [
        collection,
        changed.docs.length > limit
          ? { total: total.totalDocs, truncated: true }
          : { docs: changed.docs, total: total.totalDocs },
      ] as const
    }),
  )
  return Response.json(
    { at, collections: Object.fromEntries(answers) },
    { headers: { 'cache-control': 'no-store' } },
  )
}

export const storeChangesEndpoint: Endpoint = {
  path: storeChangesPath,
  method: 'get',
  handler: changes,
}
