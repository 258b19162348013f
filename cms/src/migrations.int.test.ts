import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The committed SQLite migrations must describe the schema the config declares: every
 * database (local, tests, production) is built from them, never pushed. Asks Payload to
 * write a migration of the difference; there must be none.
 */
const cmsDir = path.resolve(import.meta.dirname, '..')
const migrationsDir = path.join(cmsDir, 'src', 'migrations')
// npm keeps payload in the workspace or hoists it to the root, as its dependencies' versions allow.
const payloadBin = [cmsDir, path.join(cmsDir, '..')]
  .map((dir) => path.join(dir, 'node_modules', '.bin', 'payload'))
  .find((bin) => existsSync(bin))!

// The committed migrations are SQLite's; MongoDB needs none.
const sqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')

describe.skipIf(!sqlite)('migrations', () => {
  it('are up to date with the collections (run `npm run migrate:create -w cms` if not)', () => {
    const before = new Set(readdirSync(migrationsDir))
    const index = path.join(migrationsDir, 'index.ts')
    const indexBefore = readFileSync(index, 'utf8')
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bawaba-migrations-'))
    try {
      execFileSync(payloadBin, ['migrate:create', 'drift', '--skip-empty'], {
        cwd: cmsDir,
        env: { ...process.env, BAWABA_DATA_DIR: dataDir, DATABASE_URI: '' },
        stdio: 'pipe',
      })
      const added = readdirSync(migrationsDir).filter((file) => !before.has(file))
      for (const file of added) rmSync(path.join(migrationsDir, file))
      writeFileSync(index, indexBefore)
      expect(added, 'the schema changed without a migration').toEqual([])
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
