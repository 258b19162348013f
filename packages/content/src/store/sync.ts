/**
 * Brings the content store up to date with the CMS, incrementally: per collection, the public
 * documents changed since the last sync (by `updatedAt`, with a safety margin), and a count of
 * the public documents; only when the store holds more than the CMS does it read the ids, to
 * find what was unpublished or deleted. Documents come at depth 0 in every locale, in big pages.
 * Whole-city: one sync serves every site.
 *
 * An incremental sync asks all of it in one request (`/api/store/changes`, the CMS's answer for
 * every collection at once: cms/src/jobs/storeChanges.ts) — two REST requests per collection
 * were most of a publish's time — and falls back to REST for a collection with many changes,
 * or for every collection when the CMS has no such endpoint.
 */
import type { CmsClient, CmsError } from '../client.ts'
import type { QueryObject } from '../query.ts'
import { definitionOf, storedCollectionNames, type StoredCollection } from './collections.ts'
import type { DiskChange, DiskStore } from './disk.ts'

type Raw = Record<string, any>

/**
 * How far before the last seen `updatedAt` — or, when later, the CMS's clock as the last sync's
 * one-request answer began (`read:<collection>`) — an incremental sync starts: a document saved
 * while the previous sync was reading can carry an `updatedAt` just older than either. Without
 * the second bound, a bulk import (the seed, a migration) left hundreds of documents inside the
 * margin of its newest one, and every publish read them all again over REST.
 */
export const safetyMarginMs = 2 * 60_000

export interface StoreChange {
  collection: StoredCollection
  id: string
  /** The document as stored now; absent when it left the store. */
  doc?: Raw
}

export interface SyncResult {
  changes: StoreChange[]
  /** Collections read in full (first sync, another CMS, or asked for). */
  full: StoredCollection[]
  /** Collections whose ids were read to find deletions. */
  scanned: StoredCollection[]
  requests: number
  seconds: number
}

export interface SyncOptions {
  client: CmsClient
  disk: DiskStore
  /** Read everything again (the store is checked against the CMS, document by document). */
  full?: boolean
  /** Documents per request. */
  pageSize?: number
  /** Collections read at the same time. */
  concurrency?: number
  collections?: StoredCollection[]
  /** How many of the documents stored last are checked first for what left (default 50). */
  newestChecked?: number
}

const published: QueryObject = { _status: { equals: 'published' } }

export async function syncStore(options: SyncOptions): Promise<SyncResult> {
  const { client, disk, pageSize = 250, concurrency = 4, newestChecked = 50 } = options
  const started = performance.now()
  let requests = 0
  const counted = <T>(promise: Promise<T>, n = 1) => {
    requests += n
    return promise
  }
  const changes: DiskChange[] = []
  const meta: Record<string, string> = {}
  const result: SyncResult = { changes: [], full: [], scanned: [], requests: 0, seconds: 0 }
  const source = client.baseUrl

  /** The one-request answer for every incrementally synced collection, when the CMS gives it. */
  const cutoffs = new Map<StoredCollection, string>()
  for (const collection of options.collections ?? storedCollectionNames) {
    const since = disk.meta(`since:${collection}`)
    const read = disk.meta(`read:${collection}`)
    const bound = read && read > since! ? read : since
    if (!options.full && since && disk.meta(`source:${collection}`) === source)
      cutoffs.set(collection, new Date(Date.parse(bound!) - safetyMarginMs).toISOString())
  }
  let batch: Record<string, { docs?: Raw[]; total: number; truncated?: true }> = {}
  /**
   * The CMS's clock as it began answering (absent from a CMS older than the field). Asked even
   * when every collection is read in full (the answer then holds the clock only): a full read
   * that keeps no such bound leaves the next sync a cutoff inside a bulk import's margin, and at
   * city scale that sync read 34,000 documents again (84 s).
   */
  let answeredAt: string | undefined
  try {
    const answer = await counted(
      client.get<{ collections: typeof batch; at?: string }>(
        '/api/store/changes',
        Object.fromEntries(cutoffs),
      ),
    )
    batch = answer.collections
    if (answer.at && !Number.isNaN(Date.parse(answer.at))) answeredAt = answer.at
  } catch (error) {
    // An older CMS without the endpoint: the same questions, over REST.
    if ((error as CmsError).status !== 404) throw error
  }

  async function syncOne(collection: StoredCollection) {
    const definition = definitionOf(collection)
    const base: QueryObject = definition.drafts ? published : {}
    const since = disk.meta(`since:${collection}`)
    const full = !cutoffs.has(collection)
    const storedJson = disk.db.prepare('SELECT json FROM docs WHERE collection = ? AND id = ?')
    const storedIds = () => new Set(disk.ids(collection))

    let docs: Raw[]
    let deletes: string[] = []
    if (full) {
      result.full.push(collection)
      docs = await findAll(collection, base)
      const live = new Set(docs.map((doc) => String(doc.id)))
      deletes = [...storedIds()].filter((id) => !live.has(id))
    } else {
      const cutoff = cutoffs.get(collection)!
      const answered = batch[collection]
      const [changed, total] =
        answered?.docs !== undefined
          ? [answered.docs, answered.total]
          : await Promise.all([
              findAll(collection, { and: [base, { updatedAt: { greater_than_equal: cutoff } }] }),
              counted(
                client.find(collection, { where: base, limit: 1, depth: 0, select: { id: true } }),
              ).then((answer) => answer.totalDocs),
            ])
      docs = changed
      // The store after this sync, counted without reading it: what it holds, plus the new ones.
      let after = disk.count(collection)
      for (const doc of docs) if (!storedJson.get(collection, String(doc.id))) after++
      if (after !== total) {
        // More stored than public: something was unpublished or deleted since.
        result.scanned.push(collection)
        const fresh = new Set(docs.map((doc) => String(doc.id)))
        deletes =
          (await goneAmongNewest(collection, base, after - total, fresh)) ??
          (await allGone(collection, base, fresh))
      }
    }
    const upserts = docs.filter((doc) => {
      const row = storedJson.get(collection, String(doc.id)) as { json: string } | undefined
      return row?.json !== JSON.stringify(doc)
    })
    const latest = docs.reduce(
      (max: string, doc) => (doc.updatedAt && doc.updatedAt > max ? doc.updatedAt : max),
      full ? '' : since!,
    )
    meta[`since:${collection}`] = latest || since || new Date(0).toISOString()
    meta[`source:${collection}`] = source
    // Everything committed before the CMS began this answer was read by it (or by the REST reads
    // that follow it, a full read's too): the next sync need not look further back than the
    // margin before it.
    if (answeredAt) meta[`read:${collection}`] = answeredAt
    if (upserts.length || deletes.length) changes.push({ collection, upserts, deletes })
    for (const doc of upserts) result.changes.push({ collection, id: String(doc.id), doc })
    for (const id of deletes) result.changes.push({ collection, id })
  }

  /**
   * What is usually unpublished or deleted is recent: of the documents stored last, those no longer
   * public — when they are exactly as many as the counts say are gone (the store holds every public
   * document, so no other can be). Otherwise undefined, and every id is read. At city scale this is
   * one request where reading the ids of 25,000 news took 26.
   */
  async function goneAmongNewest(
    collection: StoredCollection,
    base: QueryObject,
    missing: number,
    fresh: Set<string>,
  ): Promise<string[] | undefined> {
    const candidates = disk.newest(collection, newestChecked).filter((id) => !fresh.has(id))
    if (missing < 1 || !candidates.length) return undefined
    const answer = await counted(
      client.find<{ id: string }>(collection, {
        where: { and: [base, { id: { in: candidates } }] },
        limit: candidates.length,
        depth: 0,
        select: { id: true },
      }),
    )
    const live = new Set(answer.docs.map((doc) => String(doc.id)))
    const gone = candidates.filter((id) => !live.has(id))
    return gone.length === missing ? gone : undefined
  }

  async function allGone(collection: StoredCollection, base: QueryObject, fresh: Set<string>) {
    const live = await counted(client.ids(collection, base))
    return disk.ids(collection).filter((id) => !live.has(id) && !fresh.has(id))
  }

  async function findAll(collection: StoredCollection, where: QueryObject): Promise<Raw[]> {
    const docs: Raw[] = []
    for (let page = 1; ; page++) {
      const answer = await counted(
        client.find<Raw>(collection, {
          where,
          depth: 0,
          locale: 'all',
          limit: pageSize,
          page,
          sort: 'id',
        }),
      )
      docs.push(...answer.docs)
      if (!answer.hasNextPage) return docs
    }
  }

  const queue = [...(options.collections ?? storedCollectionNames)]
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await syncOne(next)
    }),
  )
  // One transaction: a kill leaves the store as it was, and the next sync does the same work.
  // Nothing new: nothing written, and readers (the sites server) keep what they have.
  const moved = Object.entries(meta).some(([key, value]) => disk.meta(key) !== value)
  if (changes.length || moved) disk.apply(changes, meta)
  result.requests = requests
  result.seconds = (performance.now() - started) / 1000
  return result
}
