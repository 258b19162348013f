/**
 * The content store on disk: the public CMS documents of the whole city as the CMS sends them
 * (depth 0, every locale), one SQLite file (`node:sqlite`, built into Node). A sync writes its
 * changes in one transaction, so a build killed at any moment leaves the previous state or the
 * new one, never half of each. Readers in other processes (the sites server) see a new
 * `generation` after each write.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync as Database } from 'node:sqlite'
import type { StoredCollection } from './collections.ts'

type Raw = Record<string, any>

// node:sqlite warns that it is experimental on first import; that says nothing to our users.
const emit = process.emitWarning
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (!String((warning as Error)?.message ?? warning).includes('SQLite'))
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest)
}) as typeof process.emitWarning
const { DatabaseSync } = await import('node:sqlite')
process.emitWarning = emit

/** Bump when the stored shape changes: an older file is emptied and filled again. */
export const diskFormat = 2

export interface DiskChange {
  collection: StoredCollection
  upserts: Raw[]
  deletes: string[]
}

export class DiskStore {
  readonly db: Database

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true })
    // The busy timeout from the first statement: processes opening a new store at once (the
    // renderers of a build) wait for each other's switch to WAL instead of failing "locked".
    this.db = new DatabaseSync(file, { timeout: 5000 })
    // WAL: the sites server reads while the worker writes.
    this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        collection TEXT NOT NULL, id TEXT NOT NULL, updated_at TEXT, json TEXT NOT NULL,
        PRIMARY KEY (collection, id));`)
    const stale = () => Number(this.meta('format') ?? 0) !== diskFormat
    // Checked again inside the write: another process may have just made the store.
    if (stale())
      this.transaction(() => {
        if (!stale()) return
        this.db.exec('DELETE FROM docs; DELETE FROM meta;')
        this.setMeta('format', String(diskFormat))
      })
  }

  meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined
    return row?.value
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value)
  }

  /** Raised on every write: readers compare it to know their copy is stale. */
  generation(): number {
    return Number(this.meta('generation') ?? 0)
  }

  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const value = work()
      this.db.exec('COMMIT')
      return value
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** Every stored document of a collection. */
  all(collection: StoredCollection): Raw[] {
    const rows = this.db
      .prepare('SELECT json FROM docs WHERE collection = ? ORDER BY id')
      .all(collection) as { json: string }[]
    return rows.map((row) => JSON.parse(row.json))
  }

  ids(collection: StoredCollection): string[] {
    const rows = this.db
      .prepare('SELECT id FROM docs WHERE collection = ? ORDER BY id')
      .all(collection) as { id: string }[]
    return rows.map((row) => row.id)
  }

  /** The ids of the `limit` documents of a collection saved last (by their `updatedAt`). */
  newest(collection: StoredCollection, limit: number): string[] {
    const rows = this.db
      .prepare('SELECT id FROM docs WHERE collection = ? ORDER BY updated_at DESC, id LIMIT ?')
      .all(collection, limit) as { id: string }[]
    return rows.map((row) => row.id)
  }

  count(collection: StoredCollection): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM docs WHERE collection = ?')
      .get(collection) as { n: number }
    return Number(row.n)
  }

  /** Writes the changes and the meta values in one transaction; raises the generation. */
  apply(
    changes: DiskChange[],
    meta: Record<string, string> = {},
    replace: StoredCollection[] = [],
  ) {
    const upsert = this.db.prepare(
      `INSERT INTO docs (collection, id, updated_at, json) VALUES (?, ?, ?, ?)
       ON CONFLICT(collection, id) DO UPDATE SET updated_at = excluded.updated_at, json = excluded.json`,
    )
    const remove = this.db.prepare('DELETE FROM docs WHERE collection = ? AND id = ?')
    const clear = this.db.prepare('DELETE FROM docs WHERE collection = ?')
    this.transaction(() => {
      for (const collection of replace) clear.run(collection)
      for (const change of changes) {
        for (const doc of change.upserts)
          upsert.run(change.collection, String(doc.id), doc.updatedAt ?? null, JSON.stringify(doc))
        for (const id of change.deletes) remove.run(change.collection, id)
      }
      for (const [key, value] of Object.entries(meta)) this.setMeta(key, value)
      this.setMeta('generation', String(this.generation() + 1))
    })
  }

  close(): void {
    this.db.close()
  }
}
