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
 *
 * Waiting for the other writer: SQLite waits `busyTimeoutMs` for the file's write lock,
 * synchronously (node:sqlite has no asynchronous API), then answers "busy". Every operation
 * here takes that answer as "not now": it is tried again after a short jittered wait on a timer,
 * so the thread keeps turning in between (reads and other work go on), until `retryForMs` have
 * passed. The edge keeps SQLite's own wait (its writes are the many short ones); the CMS opens
 * the store in a worker thread with a wait of a few milliseconds (thread.ts), so that nothing
 * of the intake ever holds the thread that answers staff.
 */

export interface SqliteIntakeOptions {
  /** How long SQLite waits, synchronously, for another connection's write lock (ms). */
  busyTimeoutMs?: number
  /** How long an operation keeps trying, on timers, after "busy", before it fails (ms). */
  retryForMs?: number
}

/** SQLITE_BUSY or SQLITE_LOCKED, extended codes included: another connection holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode
  return typeof code === 'number' && ((code & 0xff) === 5 || (code & 0xff) === 6)
}

/** The wait before the `attempt`-th retry: 2, 4, 8… ms up to 100, jittered (×0.5–1.5). */
const backoffMs = (attempt: number) =>
  Math.min(100, 2 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random())
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

interface Waiting {
  record: Omit<IntakeRecord, 'code'>
  files: readonly IntakeFile[]
  newCode: () => string
  resolve: (answer: Accepted) => void
  reject: (error: unknown) => void
  /** When it stops waiting for a busy file and fails. */
  deadline: number
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

export function openSqliteIntake(file: string, options: SqliteIntakeOptions = {}): IntakeStore {
  const retryForMs = options.retryForMs ?? 30_000
  mkdirSync(path.dirname(file), { recursive: true })
  // Opening waits as long as the edge does: it happens once, before anything is served.
  const db = new DatabaseSync(file, { timeout: Math.max(options.busyTimeoutMs ?? 5_000, 5_000) })
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
  if (options.busyTimeoutMs !== undefined)
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`)

  /** `work` in one write transaction (the lock taken at once: BEGIN IMMEDIATE). */
  function transaction<T>(work: () => T): T {
    db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      db.exec('COMMIT')
      return result
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }

  /** `work`, tried again on timers while the file is busy (see above). */
  async function patiently<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + retryForMs
    for (let attempt = 0; ; attempt++) {
      try {
        return work()
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error
        await sleep(backoffMs(attempt))
      }
    }
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
  let busyInARow = 0
  /** The next group commit: in this turn of the event loop's wake-ups, or after a busy wait. */
  function schedule(afterMs = 0) {
    if (scheduled) return
    scheduled = true
    if (afterMs > 0) setTimeout(flush, afterMs)
    else setImmediate(flush)
  }
  function flush() {
    scheduled = false
    const batch = queue
    queue = []
    if (!batch.length) return
    let answers: Accepted[]
    try {
      answers = transaction(() => batch.map(write))
    } catch (error) {
      if (isBusy(error)) {
        // Not now: the batch waits in front of what came since, unless it waited long enough.
        const now = Date.now()
        for (const waiting of batch) if (now >= waiting.deadline) waiting.reject(error)
        queue = [...batch.filter((waiting) => now < waiting.deadline), ...queue]
        if (queue.length) schedule(backoffMs(busyInARow++))
        return
      }
      for (const waiting of batch) waiting.reject(error)
      return
    }
    busyInARow = 0
    batch.forEach((waiting, i) => waiting.resolve(answers[i]!))
  }

  let closed = false
  return {
    accept(record, files, newCode) {
      if (closed) return Promise.reject(new Error('intake: closed'))
      return new Promise<Accepted>((resolve, reject) => {
        queue.push({ record, files, newCode, resolve, reject, deadline: Date.now() + retryForMs })
        schedule()
      })
    },
    byCode(code) {
      return patiently(() => {
        const row = sql('SELECT * FROM intake WHERE code = ?').get(code) as Row | undefined
        return row ? entryOf(row) : null
      })
    },
    pending(limit) {
      return patiently(() => {
        const rows = sql('SELECT * FROM intake WHERE drained_at IS NULL ORDER BY seq LIMIT ?').all(
          limit,
        ) as unknown as Row[]
        return rows.map(entryOf)
      })
    },
    discard(code) {
      return patiently(() =>
        transaction(() => {
          const row = sql('SELECT seq FROM intake WHERE code = ? AND drained_at IS NULL').get(
            code,
          ) as { seq: number } | undefined
          if (row) {
            sql('DELETE FROM intake_files WHERE intake_seq = ?').run(row.seq)
            sql('DELETE FROM intake WHERE seq = ?').run(row.seq)
          }
        }),
      )
    },
    async markDrained(codes, at = new Date()) {
      if (!codes.length) return
      await patiently(() =>
        transaction(() => {
          for (const code of codes) {
            const row = sql('SELECT seq FROM intake WHERE code = ?').get(code) as
              { seq: number } | undefined
            if (!row) continue
            sql('DELETE FROM intake_files WHERE intake_seq = ?').run(row.seq)
            sql(
              'UPDATE intake SET drained_at = ?, input = NULL WHERE seq = ? AND drained_at IS NULL',
            ).run(at.toISOString(), row.seq)
          }
        }),
      )
    },
    takeLease(name, holder, ms) {
      return patiently(() => {
        const now = Date.now()
        // Held by another and not run out: answered by a read, without the write lock.
        const current = sql('SELECT holder, until FROM intake_leases WHERE name = ?').get(name) as
          { holder: string; until: number } | undefined
        if (current && current.holder !== holder && Number(current.until) >= now) return false
        const result = sql(
          `INSERT INTO intake_leases (name, holder, until) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
           WHERE intake_leases.holder = excluded.holder OR intake_leases.until < ?`,
        ).run(name, holder, now + ms, now)
        return Number(result.changes) > 0
      })
    },
    async releaseLease(name, holder) {
      await patiently(() =>
        sql('DELETE FROM intake_leases WHERE name = ? AND holder = ?').run(name, holder),
      )
    },
    backlog() {
      return patiently(() => {
        const row = sql(
          'SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM intake WHERE drained_at IS NULL',
        ).get() as { n: number; oldest: string | null }
        return { pending: Number(row.n), oldestReceivedAt: row.oldest }
      })
    },
    watermark() {
      // Changes whenever another connection commits; reading it takes no lock.
      return patiently(() =>
        String((sql('PRAGMA data_version').get() as { data_version: number }).data_version),
      )
    },
    async close() {
      if (closed) return
      closed = true
      // What was accepted is committed (or has failed) before the file is closed.
      while (queue.length) {
        flush()
        if (queue.length) await sleep(backoffMs(busyInARow))
      }
      db.close()
    },
  }
}
