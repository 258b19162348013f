import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload } from '../test/payload.ts'

/**
 * Reading a document's locales by its id must use an index, not scan the table: at city scale
 * the scan made a page of 250 news take 237 s to answer (docs/measurements.md). Checked on the
 * schema the committed migrations make, with SQLite's own query planner.
 */
let payload: Payload
let db: DatabaseSync

beforeAll(async () => {
  payload = await startTestPayload()
  db = new DatabaseSync(path.join(process.env.BAWABA_DATA_DIR!, 'bawaba.db'), { readOnly: true })
}, 120_000)
afterAll(async () => {
  db?.close()
  await payload?.destroy()
})

describe('locales tables', () => {
  it('are read by parent through an index of their own', () => {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`,
        )
        .all() as { name: string }[]
    ).map((row) => row.name)
    expect(tables).toContain('news_locales')
    expect(tables).toContain('_news_v_locales')
    for (const table of tables) {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE _parent_id = ?`).all('x') as {
          detail: string
        }[]
      )
        .map((row) => row.detail)
        .join('; ')
      expect(plan, table).toContain(`USING INDEX ${table}_parent_idx`)
    }
  })
})
