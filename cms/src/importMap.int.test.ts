import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The admin's import map (`app/(payload)/admin/importMap.js`) names every component the config's
 * plugins put in the admin; one missing is an error on every admin page at run time (the S3
 * storage plugin's upload handler was, once). Regenerated here and compared.
 */
const cmsDir = path.resolve(import.meta.dirname, '..')
const importMap = path.join(cmsDir, 'src', 'app', '(payload)', 'admin', 'importMap.js')
const payloadBin = [cmsDir, path.join(cmsDir, '..')]
  .map((dir) => path.join(dir, 'node_modules', '.bin', 'payload'))
  .find((bin) => existsSync(bin))!

describe('the admin import map', () => {
  it('is up to date with the config (run `npx payload generate:importmap` in cms/ if not)', () => {
    const committed = readFileSync(importMap, 'utf8')
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bawaba-importmap-'))
    try {
      execFileSync(payloadBin, ['generate:importmap'], {
        cwd: cmsDir,
        env: { ...process.env, BAWABA_DATA_DIR: dataDir, DATABASE_URI: '' },
        stdio: 'pipe',
      })
      const generated = readFileSync(importMap, 'utf8')
      writeFileSync(importMap, committed)
      expect(generated).toBe(committed)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
