import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import type { IntakeEntry, IntakeFile, IntakeRecord } from '@bawaba/schemas'
import { answerForExisting, codeDraws, type Accepted, type IntakeStore } from './store.ts'

/**
 * The intake on SQLite: a file of its own (`.data/intake.db` locally), not a table in the
 * CMS's database. SQLite has one writer at a time per file, and the CMS holds its write lock
 * for whole transactions (a drain batch, a publication): an edge inserting into the same file
 * would wait behind them, and node:sqlite waits synchronously, freezing the edge. Here the
 * edge is the main writer; the CMS only marks drained rows and takes its lease (short writes).
 *
 * Durable means on disk: WAL with `synchronous = FULL` syncs the log at every commit, so an
 * acknowledged code survives a crash of any process and of the machine. Accepts that arrive
 * together are committed together (group commit): one sync for all the requests that reached
 * this process in the same turn of its event loop, each answered only after that sync.
 */

interface Waiting {
  record: Omit<IntakeRecord, 'code'>
  files: readonly IntakeFile[]
  newCode: () => string
  resolve: (answer: Accepted) => void
  reject: (error: unknown) => void
}

interface Row {
  seq: number
  code: string
  idempotency_key: string
  digest: string
  altcha_key: string | null
  service: string
  site: string
  locale: string
  received_at: string
  due_at: string | null
  input: string | null
  drained_at: string | null
}

const schema = `
CREATE TABLE IF NOT EXISTS intake (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  digest TEXT NOT NULL,
  altcha_key TEXT UNIQUE,
  service TEXT NOT NULL,
  site TEXT NOT NULL,
  locale TEXT NOT NULL,
  received_at TEXT NOT NULL,
  due_at TEXT,
  input TEXT,
  drained_at TEXT
);
CREATE INDEX IF NOT EXISTS intake_pending ON intake (seq) WHERE drained_at IS NULL;
CREATE TABLE IF NOT EXISTS intake_files (
  intake_seq INTEGER NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (intake_seq, position)
);
CREATE TABLE IF NOT EXISTS intake_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  until INTEGER NOT NULL
);
`

export function openSqliteIntake(file: string): IntakeStore {
  mkdirSync(path.dirname(file), { recursive: true })
  const db = new DatabaseSync(file, { timeout: 5_000 })
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = FULL')
  db.exec('BEGIN IMMEDIATE')
  try {
    db.exec(schema)
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }

  const statements = new Map<string, StatementSync>()
  const sql = (text: string) => {
    let statement = statements.get(text)
    if (!statement) statements.set(text, (statement = db.prepare(text)))
    return statement
  }
  const byKey = (key: string) =>
    sql('SELECT * FROM intake WHERE idempotency_key = ?').get(key) as Row | undefined
  const filesOf = (seq: number): IntakeFile[] =>
    (
      sql('SELECT name, data FROM intake_files WHERE intake_seq = ? ORDER BY position').all(
        seq,
      ) as Array<{ name: string; data: Uint8Array }>
    ).map((file) => ({ name: file.name, data: Buffer.from(file.data) }))
  const entryOf = (row: Row): IntakeEntry => ({
    code: row.code,
    idempotencyKey: row.idempotency_key,
    digest: row.digest,
    altchaKey: row.altcha_key,
    service: row.service as IntakeEntry['service'],
    site: row.site,
    locale: row.locale as IntakeEntry['locale'],
    receivedAt: row.received_at,
    dueAt: row.due_at,
    input: row.input ? (JSON.parse(row.input) as Record<string, unknown>) : {},
    drainedAt: row.drained_at,
    files: row.input ? filesOf(row.seq) : [],
  })

  /** One accept inside the open transaction. */
  function write({ record, files, newCode }: Waiting): Accepted {
    const existing = byKey(record.idempotencyKey)
    if (existing)
      return answerForExisting(
        { code: existing.code, digest: existing.digest, dueAt: existing.due_at },
        record.digest,
      )
    if (record.altchaKey && sql('SELECT 1 FROM intake WHERE altcha_key = ?').get(record.altchaKey))
      return { kind: 'conflict', reason: 'altcha' }
    for (let draw = 0; draw < codeDraws; draw++) {
      const code = newCode()
      if (sql('SELECT 1 FROM intake WHERE code = ?').get(code)) continue
      const { lastInsertRowid } = sql(
        `INSERT INTO intake (code, idempotency_key, digest, altcha_key, service, site, locale,
           received_at, due_at, input) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        code,
        record.idempotencyKey,
        record.digest,
        record.altchaKey ?? null,
        record.service,
        record.site,
        record.locale,
        record.receivedAt,
        record.dueAt,
        JSON.stringify(record.input),
      )
      for (const [position, file] of files.entries())
        sql('INSERT INTO intake_files (intake_seq, position, name, data) VALUES (?, ?, ?, ?)').run(
          lastInsertRowid,
          position + 1,
          file.name,
          file.data,
        )
      return { kind: 'accepted', code, dueAt: record.dueAt, duplicate: false }
    }
    throw new Error(`intake: no free tracking code in ${codeDraws} draws`)
  }

  let queue: Waiting[] = []
  let scheduled = false
  function flush() {
    scheduled = false
    const batch = queue
    queue = []
    const answers: Accepted[] = []
    try {
      db.exec('BEGIN IMMEDIATE')
      try {
        for (const waiting of batch) answers.push(write(waiting))
        db.exec('COMMIT')
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
      return
    }
    batch.forEach((waiting, i) => waiting.resolve(answers[i]!))
  }

  let closed = false
  return {
    accept(record, files, newCode) {
      if (closed) return Promise.reject(new Error('intake: closed'))
      return new Promise<Accepted>((resolve, reject) => {
        queue.push({ record, files, newCode, resolve, reject })
        if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      })
    },
    async byCode(code) {
      const row = sql('SELECT * FROM intake WHERE code = ?').get(code) as Row | undefined
      return row ? entryOf(row) : null
    },
    async pending(limit) {
      const rows = sql('SELECT * FROM intake WHERE drained_at IS NULL ORDER BY seq LIMIT ?').all(
        limit,
      ) as unknown as Row[]
      return rows.map(entryOf)
    },
    async discard(code) {
      db.exec('BEGIN IMMEDIATE')
      try {
        const row = sql('SELECT seq FROM intake WHERE code = ? AND drained_at IS NULL').get(
          code,
        ) as { seq: number } | undefined
        if (row) {
          sql('DELETE FROM intake_files WHERE intake_seq = ?').run(row.seq)
          sql('DELETE FROM intake WHERE seq = ?').run(row.seq)
        }
        db.exec('COMMIT')
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    },
    async markDrained(codes, at = new Date()) {
      if (!codes.length) return
      db.exec('BEGIN IMMEDIATE')
      try {
        for (const code of codes) {
          const row = sql('SELECT seq FROM intake WHERE code = ?').get(code) as
            { seq: number } | undefined
          if (!row) continue
          sql('DELETE FROM intake_files WHERE intake_seq = ?').run(row.seq)
          sql(
            'UPDATE intake SET drained_at = ?, input = NULL WHERE seq = ? AND drained_at IS NULL',
          ).run(at.toISOString(), row.seq)
        }
        db.exec('COMMIT')
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    },
    async takeLease(name, holder, ms) {
      const now = Date.now()
      const result = sql(
        `INSERT INTO intake_leases (name, holder, until) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE intake_leases.holder = excluded.holder OR intake_leases.until < ?`,
      ).run(name, holder, now + ms, now)
      return Number(result.changes) > 0
    },
    async releaseLease(name, holder) {
      sql('DELETE FROM intake_leases WHERE name = ? AND holder = ?').run(name, holder)
    },
    async backlog() {
      const row = sql(
        'SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM intake WHERE drained_at IS NULL',
      ).get() as { n: number; oldest: string | null }
      return { pending: Number(row.n), oldestReceivedAt: row.oldest }
    },
    async close() {
      if (closed) return
      closed = true
      if (queue.length) flush()
      db.close()
    },
  }
}
