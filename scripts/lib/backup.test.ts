/**
 * The backup's list of databases on plain SQLite files (no CMS): every database it names is
 * copied online, what is still in a write-ahead log included, counted and checked on restore;
 * an optional one may be absent, a required one may not. The whole system's backup and restore,
 * with a CMS, is `backup.int.test.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, databases, restoreBackup, tableCounts } from './backup.ts'

let work = ''
let open: DatabaseSync[] = []

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'bawaba-backup-'))
  open = []
})
afterEach(() => {
  for (const db of open) db.close()
  rmSync(work, { recursive: true, force: true })
})

/** A database in WAL mode, kept open with its last rows still in the log (not checkpointed). */
function database(file: string, rows: number) {
  const db = new DatabaseSync(file)
  open.push(db)
  db.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0')
  db.exec('CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT)')
  const insert = db.prepare('INSERT INTO entries (body) VALUES (?)')
  for (let n = 0; n < rows; n++) insert.run(`entry ${n}`)
  return db
}

describe('backup of the configured databases', () => {
  it('names the intake before the CMS (an entry drained between the two copies is not lost)', () => {
    const order = databases.map((d) => d.file)
    expect(order.indexOf('intake.db')).toBeLessThan(order.indexOf('bawaba.db'))
    expect(databases.find((d) => d.file === 'bawaba.db')?.required).toBe(true)
  })

  it('copies every database it names, its write-ahead log included, and restores them checked', async () => {
    const data = path.join(work, 'data')
    mkdirSync(path.join(data, 'media'), { recursive: true })
    database(path.join(data, 'bawaba.db'), 3)
    database(path.join(data, 'intake.db'), 5)
    writeFileSync(path.join(data, 'media', 'photo.jpg'), 'not really a photo')
    expect(existsSync(path.join(data, 'intake.db-wal'))).toBe(true)

    const { archive, manifest } = await createBackup({
      dataDir: data,
      dist: path.join(work, 'dist'),
      out: path.join(work, 'archives'),
    })
    expect(Object.keys(manifest.databases)).toEqual(['intake.db', 'bawaba.db'])
    expect(manifest.databases['intake.db']).toEqual({ entries: 5 })
    expect(manifest.databases['bawaba.db']).toEqual({ entries: 3 })

    const into = path.join(work, 'restored')
    await restoreBackup(archive, into)
    expect(tableCounts(path.join(into, 'intake.db'))).toEqual({ entries: 5 })
    expect(tableCounts(path.join(into, 'bawaba.db'))).toEqual({ entries: 3 })
    expect(existsSync(path.join(into, 'media', 'photo.jpg'))).toBe(true)
    await expect(restoreBackup(archive, into)).rejects.toThrow(/not empty/)
  })

  it('takes an optional database only when it exists, and refuses a missing required one', async () => {
    const data = path.join(work, 'data')
    mkdirSync(data, { recursive: true })
    const options = { dataDir: data, dist: path.join(work, 'dist'), out: path.join(work, 'out') }
    await expect(createBackup(options)).rejects.toThrow(/no database at .*bawaba\.db/)
    expect(existsSync(options.out)).toBe(false)
    database(path.join(data, 'bawaba.db'), 2)
    const { manifest } = await createBackup(options)
    expect(Object.keys(manifest.databases)).toEqual(['bawaba.db'])
  })
})
