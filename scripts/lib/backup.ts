/**
 * Backup and restore of a running system on the embedded database (`npm run backup`,
 * `npm run restore`). One archive, `bawaba-<UTC time>.tar.gz`, holds:
 *
 * - the SQLite databases of `databases` below (the CMS's `bawaba.db`; the e-services intake's
 *   `intake.db` when there is one), each a consistent copy made by SQLite's online backup API
 *   while the CMS, the worker and citizens' submissions keep writing, in the list's order;
 * - `media/`, `documents/`, `submission-files/`: the uploaded files, copied after the database,
 *   so every file the copy names is there (a file uploaded since is an orphan, never a gap);
 * - `releases.json`: the live release id of each site;
 * - `manifest.json`: when, what, each database's tables' row counts and each file's SHA-256,
 *   checked again on restore;
 * - `secrets.env` and `accounts.json` only when asked (`--with-secrets`): without them the
 *   archive can be stored anywhere; keep the secrets in a vault (the tracking codes' pepper
 *   among them: a restore without the same SUBMISSION_PEPPER cannot verify citizens).
 *
 * Not in it, on purpose: what the worker rebuilds from the CMS (docs/publishing.md) — the content
 * store (`content/store.db`), the publish cache, the releases and the bundles (a restored system
 * publishes every site again with `npm run build:sites`; `releases.json` says which were live).
 *
 * MongoDB and S3 have their own tools (mongodump --oplog, bucket versioning): docs/operations.md.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite'
import { promisify } from 'node:util'
import { siteSlugs } from '@bawaba/registry'
import { liveRelease } from './releases.ts'

const run = promisify(execFile)

/**
 * The SQLite databases a backup copies, by file under the data folder, one after the other in
 * this order. A store that hands its entries over to another is copied before it: the e-services
 * intake before the CMS, so an entry drained between the two copies is still pending in the
 * intake's copy, and the drain finds it again by its key after a restore (the other way round it
 * would be gone from the intake's copy and missing from the CMS's: lost). A database that is
 * `required` must be there; the others are copied when they exist. Any node:sqlite or libsql
 * file can be added here: it is copied, counted and checked like the CMS's.
 */
export const databases: readonly { file: string; required: boolean }[] = [
  // The e-services intake (issue 14): undrained submissions exist only here.
  { file: 'intake.db', required: false },
  { file: 'bawaba.db', required: true },
]

/** The folders of uploaded files, under the data folder. */
export const fileFolders = ['media', 'documents', 'submission-files'] as const
const secretFiles = ['secrets.env', 'accounts.json'] as const
/** Kept beside the database: `npm start` would otherwise seed it again. */
const stateFiles = ['seed-version'] as const

export interface Manifest {
  format: 2
  createdAt: string
  /** Database file → row count of every table of its copy. */
  databases: Record<string, Record<string, number>>
  /** Path inside the archive → SHA-256 and size. */
  files: Record<string, { sha256: string; bytes: number }>
  /** Site slug → live release id (null: never built). */
  releases: Record<string, string | null>
  secrets: boolean
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

function walk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return walk(full, base)
    return entry.isFile() ? [path.relative(base, full)] : []
  })
}

/** Each table's row count (the archive's and the restored database's must agree). */
export function tableCounts(dbFile: string): Record<string, number> {
  const db = new DatabaseSync(dbFile, { readOnly: true })
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        Number((db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n),
      ]),
    )
  } finally {
    db.close()
  }
}

/** The live release of each site. */
export const liveReleases = (dist: string): Record<string, string | null> =>
  Object.fromEntries(siteSlugs.map((slug) => [slug, liveRelease(dist, slug)]))

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

export interface BackupOptions {
  dataDir: string
  dist: string
  /** Folder the archive is written to. */
  out: string
  withSecrets?: boolean
  databaseUri?: string
}

/** Writes one archive of the running system; answers its path and manifest. */
export async function createBackup(options: BackupOptions) {
  const { dataDir, dist, out } = options
  if (/^mongodb/.test(options.databaseUri ?? ''))
    throw new Error(
      'backup: the database is MongoDB; back it up with mongodump --oplog (docs/operations.md)',
    )
  for (const { file, required } of databases)
    if (required && !existsSync(path.join(dataDir, file)))
      throw new Error(`backup: no database at ${path.join(dataDir, file)}`)
  await mkdir(out, { recursive: true })
  const staging = await mkdtemp(path.join(out, '.backup-'))
  try {
    const createdAt = new Date()
    // 1. The databases, each consistent as of one instant, while everything keeps writing.
    const copied: string[] = []
    for (const { file } of databases) {
      if (!existsSync(path.join(dataDir, file))) continue
      const source = new DatabaseSync(path.join(dataDir, file), { readOnly: true, timeout: 5000 })
      try {
        await sqliteBackup(source, path.join(staging, file), { rate: -1 })
      } finally {
        source.close()
      }
      copied.push(file)
    }
    // 2. Then the files: everything the copy refers to was written before it was taken.
    const files: Manifest['files'] = {}
    for (const folder of fileFolders) {
      for (const rel of walk(path.join(dataDir, folder))) {
        // The readiness probe's leftovers and other dot-files are not content.
        if (path.basename(rel).startsWith('.')) continue
        const to = path.join(staging, folder, rel)
        await mkdir(path.dirname(to), { recursive: true })
        await copyFile(path.join(dataDir, folder, rel), to)
        const name = path.posix.join(folder, rel.split(path.sep).join('/'))
        files[name] = { sha256: await sha256(to), bytes: statSync(to).size }
      }
    }
    for (const file of [...stateFiles, ...(options.withSecrets ? secretFiles : [])]) {
      if (existsSync(path.join(dataDir, file)))
        await copyFile(path.join(dataDir, file), path.join(staging, file))
    }
    const releases = liveReleases(dist)
    await writeFile(path.join(staging, 'releases.json'), `${JSON.stringify(releases, null, 2)}\n`)
    const manifest: Manifest = {
      format: 2,
      createdAt: createdAt.toISOString(),
      databases: Object.fromEntries(
        copied.map((file) => [file, tableCounts(path.join(staging, file))]),
      ),
      files,
      releases,
      secrets: Boolean(options.withSecrets),
    }
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    // 3. One archive, complete or absent: written aside, then renamed into place.
    const archive = path.join(out, `bawaba-${stamp(createdAt)}.tar.gz`)
    await run('tar', ['-czf', `${archive}.partial`, '-C', staging, '.'])
    await rename(`${archive}.partial`, archive)
    return { archive, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * Unpacks an archive into an empty (or absent) data folder and checks it: every file's hash,
 * every table's count, SQLite's integrity check. Refuses a folder that holds anything.
 */
export async function restoreBackup(archive: string, dataDir: string) {
  if (!existsSync(archive)) throw new Error(`restore: no archive at ${archive}`)
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0)
    throw new Error(`restore: ${dataDir} is not empty; restore into an empty data folder`)
  await mkdir(dataDir, { recursive: true })
  await run('tar', ['-xzf', archive, '-C', dataDir])
  const manifestFile = path.join(dataDir, 'manifest.json')
  if (!existsSync(manifestFile)) throw new Error(`restore: ${archive} has no manifest.json`)
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== 2)
    throw new Error(`restore: ${archive} is of format ${manifest.format}, this restore reads 2`)
  const problems: string[] = []
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = path.join(dataDir, ...name.split('/'))
    if (!existsSync(file)) problems.push(`${name}: missing`)
    else if ((await sha256(file)) !== expected.sha256) problems.push(`${name}: hash differs`)
  }
  for (const [file, tables] of Object.entries(manifest.databases)) {
    if (!existsSync(path.join(dataDir, file))) {
      problems.push(`${file}: missing`)
      continue
    }
    const counts = tableCounts(path.join(dataDir, file))
    for (const [table, count] of Object.entries(tables))
      if (counts[table] !== count)
        problems.push(`${file}, table ${table}: ${counts[table]} rows, not ${count}`)
    const db = new DatabaseSync(path.join(dataDir, file), { readOnly: true })
    try {
      const check = db.prepare('PRAGMA integrity_check').get() as Record<string, string>
      if (Object.values(check)[0] !== 'ok') problems.push(`${file}: ${Object.values(check)[0]}`)
    } finally {
      db.close()
    }
  }
  if (problems.length)
    throw new Error(`restore: the archive does not check out:\n  ${problems.join('\n  ')}`)
  // What was restored from, for whoever looks at the folder later.
  await rename(manifestFile, path.join(dataDir, 'restored-from.json'))
  return manifest
}
