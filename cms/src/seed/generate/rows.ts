import { create, createVersion, type DrizzleAdapter } from '@payloadcms/drizzle'
import type { CollectionSlug, PayloadRequest } from 'payload'

/** A generated document, final: what Payload's create would hand the database adapter. */
export interface GeneratedDocument {
  collection: CollectionSlug
  /** The id it is written under (a UUID on SQLite). */
  id: string
  /**
   * Every field as it is stored: localized ones keyed by locale (only the locales written),
   * `_status`, blocks with their ids, computed fields (a page's `path`) computed.
   */
  data: Record<string, unknown>
}

/**
 * Writes a generated document as `payload.create` does once its hooks have run: the document
 * through the adapter's `create`, then its first version through `createVersion` with the same
 * data, as `saveVersion` does with the document it read back. Left out, because a generated
 * document needs none of it (≈ 10 of the ≈ 16 statements of a create): access, hooks and
 * validation (the generator writes final values, which `payload.create` would keep as they are),
 * reading the document back, counting its versions against `maxPerDoc` (a new document has one),
 * and queueing a rebuild. `generate.int.test.ts` proves the rows equal those of
 * `payload.create` with the same data, through the Local API, REST and the tables themselves.
 * SQLite only: on MongoDB a given id would replace the ObjectId Payload makes.
 */
export async function insertDocument(
  req: PayloadRequest,
  document: GeneratedDocument,
  adapter: DrizzleAdapter = req.payload.db as unknown as DrizzleAdapter,
): Promise<void> {
  const { collection, id } = document
  const at = new Date().toISOString()
  const data = { ...document.data, createdAt: at, updatedAt: at }
  // The adapter rewrites nested rows as it goes (a version's block ids move to `_uuid`):
  // the version gets its own copy, as saveVersion makes one.
  const versionData = { ...structuredClone(data), id }
  // The adapter's own create and createVersion (Payload's per-request wrappers aside).
  await create.call(adapter as never, { collection, customID: id, data, req, returning: false })
  if (req.payload.collections[collection]?.config.versions)
    await createVersion.call(adapter, {
      autosave: false,
      collectionSlug: collection,
      createdAt: at,
      updatedAt: at,
      parent: id,
      versionData: versionData as never,
      req,
      returning: false,
    })
}

/**
 * Writes generated documents in the caller's transaction (`atomically`), the way the generator
 * does: collections without blocks in bulk (`RowBatch`), the others one by one.
 */
export async function writeRows(
  req: PayloadRequest,
  documents: GeneratedDocument[],
): Promise<void> {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const batches = new Map<CollectionSlug, RowBatch>()
  for (const document of documents) {
    const { collection } = document
    if (!batches.has(collection) && RowBatch.fits(req, collection))
      batches.set(collection, new RowBatch(adapter))
    const batch = batches.get(collection)
    await (batch ? batch.add(req, document) : insertDocument(req, document))
  }
  for (const batch of batches.values()) await batch.flush()
}

type Row = Record<string, unknown>

/**
 * Many documents' rows, inserted a table at a time: the adapter's `create` and `createVersion`
 * decide every row and column as for one document (`insertDocument`), but their inserts are held
 * back here and sent at `flush` as a few multi-row INSERTs instead of five or six statements a
 * document. For collections without blocks or arrays, whose inserts need no id back from the
 * database (a document's id is given; a version's is the adapter's own default, a UUID).
 */
export class RowBatch {
  private readonly rows = new Map<string, Row[]>()
  private db: unknown
  private readonly recorder: DrizzleAdapter

  constructor(private readonly adapter: DrizzleAdapter) {
    const rows = this.rows
    const batch = this
    this.recorder = Object.create(adapter, {
      insert: {
        value: async ({
          db,
          tableName,
          values,
          onConflictDoUpdate,
        }: Parameters<DrizzleAdapter['insert']>[0]) => {
          if (onConflictDoUpdate) throw new Error(`RowBatch: an upsert into ${tableName}`)
          batch.db ??= db
          const table = adapter.tables[tableName] as unknown as Record<
            string,
            { defaultFn?: () => unknown }
          >
          const list = (Array.isArray(values) ? values : [values]).map((row) => {
            // The id drizzle would give the row when it built the INSERT (a version's UUID).
            if (row.id === undefined && table.id?.defaultFn)
              return { ...row, id: table.id.defaultFn() }
            return row
          })
          let held = rows.get(tableName)
          if (!held) rows.set(tableName, (held = []))
          held.push(...list)
          return list
        },
      },
      // createVersion's "older versions are no longer the latest": a new document has none.
      execute: { value: async () => ({ rows: [] }) },
    }) as DrizzleAdapter
  }

  /** Whether a collection's documents can be held back (no blocks or arrays to number). */
  static fits(req: PayloadRequest, collection: CollectionSlug): boolean {
    const walk = (fields: { type: string; fields?: unknown[] }[]): boolean =>
      fields.every(
        (f) => f.type !== 'blocks' && f.type !== 'array' && (!f.fields || walk(f.fields as never)),
      )
    return walk(req.payload.collections[collection]!.config.flattenedFields as never)
  }

  add(req: PayloadRequest, document: GeneratedDocument): Promise<void> {
    return insertDocument(req, document, this.recorder)
  }

  /** Inserts what is held, parents first (tables in the order their first row came). */
  async flush(): Promise<void> {
    const db = this.db as {
      insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> }
    }
    for (const [tableName, rows] of this.rows) {
      const table = this.adapter.tables[tableName]!
      // SQLite takes at most 32,766 parameters a statement.
      const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(table).length))
      for (let i = 0; i < rows.length; i += perStatement)
        await db.insert(table).values(rows.slice(i, i + perStatement))
    }
    this.rows.clear()
  }
}
