/**
 * `npm run backup` and `npm run restore` on the running test stack: a backup is taken while
 * citizens' submissions (some with files) keep arriving, restored into a new data folder, and a
 * CMS started on it must hold what the archive says: every collection's count, every file with
 * its hash, every submission acknowledged before the backup began. The embedded database only
 * (MongoDB has mongodump, docs/operations.md).
 */
import { execFile, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readEnvFile } from '../../cms/src/test/snapshot.ts'
import { accounts, dataDir, submit } from '../../cms/src/test/stack.ts'
import { root, startCms } from './cms.ts'
import { freePort, stopService } from './processes.ts'
import type { Manifest } from './backup.ts'

const sqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')
const run = promisify(execFile)
const tsx = path.join(root, 'node_modules/.bin/tsx')
// Inside the test data folder: removed with it.
const work = mkdtempSync(path.join(dataDir, 'backup-test-'))
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
let restored: ChildProcess | undefined
let base = ''

afterAll(async () => {
  if (restored) await stopService(restored)
  rmSync(work, { recursive: true, force: true })
})

/** Submissions posted one after another until `stop` is set; answers their tracking codes. */
function keepSubmitting(photo: Buffer, state: { stop: boolean }) {
  return (async () => {
    const codes: Array<{ code: string; at: number }> = []
    for (let n = 0; !state.stop; n++) {
      const answer = await submit(
        n % 2 ? { files: [{ name: `photo-${n}.jpg`, data: photo.toString('base64') }] } : {},
      )
      if (answer.status !== 201) throw new Error(`submit: ${answer.status} ${answer.text}`)
      codes.push({ code: answer.json.code, at: Date.now() })
    }
    return codes
  })()
}

async function adminJwt(): Promise<string> {
  const [email, account] = Object.entries(accounts).find(([, a]) => a.role === 'admin')!
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: account.password }),
  })
  return `JWT ${((await response.json()) as { token: string }).token}`
}

describe.skipIf(!sqlite)('backup and restore', () => {
  let manifest: Manifest
  let archive = ''
  let before: string[] = []
  const into = path.join(work, 'restored')

  beforeAll(async () => {
    const photo = await sharp({ create: { width: 12, height: 9, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer()
    const state = { stop: false }
    const submitting = keepSubmitting(photo, state)
    // Let some land first, then back up while the rest arrive.
    await new Promise((ok) => setTimeout(ok, 1_500))
    const backupStarted = Date.now()
    const { stdout } = await run(tsx, ['scripts/backup.ts', '--out', path.join(work, 'archives')], {
      cwd: root,
      env: process.env,
    })
    await new Promise((ok) => setTimeout(ok, 500))
    state.stop = true
    const codes = await submitting
    before = codes.filter((c) => c.at < backupStarted).map((c) => c.code)
    archive = /backup: (\S+\.tar\.gz)/.exec(stdout)![1]!
    // Submissions went on during the backup.
    expect(codes.some((c) => c.at > backupStarted)).toBe(true)

    await run(tsx, ['scripts/restore.ts', archive, '--into', into], { cwd: root, env: process.env })
    manifest = JSON.parse(readFileSync(path.join(into, 'restored-from.json'), 'utf8'))
    const port = await freePort(3161, 3164)
    // The production secrets come from elsewhere (the archive has none): here, the stack's.
    // (`undefined`: no mail to the stack's sink.)
    restored = await startCms(
      port,
      {
        ...process.env,
        ...readEnvFile(path.join(dataDir, 'secrets.env')),
        BAWABA_DATA_DIR: into,
        SMTP_URL: undefined,
      },
      'cms-restored',
    )
    base = `http://localhost:${port}`
  }, 300_000)

  it('writes one archive without the secrets unless asked', async () => {
    expect(path.basename(archive)).toMatch(/^bawaba-\d{8}T\d{6}Z\.tar\.gz$/)
    const { stdout } = await run('tar', ['-tzf', archive])
    const names = stdout.split('\n').map((n) => n.replace(/^\.\//, ''))
    expect(names).toContain('bawaba.db')
    expect(names).toContain('manifest.json')
    expect(names).toContain('releases.json')
    expect(names).not.toContain('secrets.env')
    expect(names).not.toContain('accounts.json')
    expect(manifest.secrets).toBe(false)
    expect(Object.keys(manifest.files).some((f) => f.startsWith('submission-files/'))).toBe(true)
  })

  it('restores every collection with the count the archive holds', async () => {
    const jwt = await adminJwt()
    const collections = [
      'sites',
      'users',
      'news',
      'events',
      'pages',
      'media',
      'documents',
      'submissions',
      'submission-files',
      'council-decisions',
      'procedures',
      'builds',
    ]
    for (const slug of collections) {
      const response = await fetch(`${base}/api/${slug}?limit=1&depth=0&draft=true`, {
        headers: { authorization: jwt },
      })
      const { totalDocs } = (await response.json()) as { totalDocs: number }
      expect(totalDocs, slug).toBe(manifest.databases['bawaba.db']![slug.replace(/-/g, '_')])
    }
  })

  it('restores every file with its hash, and each citizen’s file as it was received', async () => {
    for (const [name, { sha256: expected }] of Object.entries(manifest.files)) {
      const file = path.join(into, ...name.split('/'))
      expect(existsSync(file), name).toBe(true)
      expect(sha256(readFileSync(file)), name).toBe(expected)
    }
    const jwt = await adminJwt()
    // Every citizen's file, a page at a time (REST's ceiling: 1,000 at depth 0).
    const docs: Array<{ filename: string; sha256: string }> = []
    for (let page = 1; ; page++) {
      const response = await fetch(`${base}/api/submission-files?limit=1000&depth=0&page=${page}`, {
        headers: { authorization: jwt },
      })
      const answer = (await response.json()) as {
        docs: Array<{ filename: string; sha256: string }>
        hasNextPage: boolean
      }
      docs.push(...answer.docs)
      if (!answer.hasNextPage) break
    }
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs)
      expect(sha256(readFileSync(path.join(into, 'submission-files', doc.filename)))).toBe(
        doc.sha256,
      )
  })

  it('keeps every submission acknowledged before the backup began', async () => {
    expect(before.length).toBeGreaterThan(0)
    const jwt = await adminJwt()
    const query = before
      .map((code, i) => `where[trackingCode][in][${i}]=${encodeURIComponent(code)}`)
      .join('&')
    const response = await fetch(`${base}/api/submissions?limit=1&depth=0&${query}`, {
      headers: { authorization: jwt },
    })
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(before.length)
  })

  it('refuses to restore over a folder that holds anything', async () => {
    await expect(
      run(tsx, ['scripts/restore.ts', archive, '--into', into], { cwd: root, env: process.env }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('not empty') })
  })
})
