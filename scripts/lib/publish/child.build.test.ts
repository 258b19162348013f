/**
 * A renderer process that cannot start says why. The bundle's node adapter swallows unhandled
 * rejections, so a renderer whose start failed used to leave with exit 0 and no word, and its
 * parent could only say "exited (0) before it was ready" (seen in CI: three renderers opening a
 * new store at once, one of them refused with "database is locked").
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureBundle } from './bundle.ts'
import { startRenderer } from './child.ts'

const scratch = mkdtempSync(join(process.env.BAWABA_DATA_DIR!, 'renderer-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('a renderer process', () => {
  it('that cannot open its store fails to start with the reason, not a silent exit', async () => {
    const bundle = await ensureBundle()
    // A folder where the store's file should be: SQLite cannot open it.
    const store = join(scratch, 'store-is-a-folder')
    mkdirSync(store)
    const lines: string[] = []
    const started = startRenderer(
      bundle,
      { ...process.env, BAWABA_STORE: store, BAWABA_DIST: join(scratch, 'dist') },
      (line) => lines.push(line),
    )
    await expect(started).rejects.toThrow(/exited \(1\) before it was ready:\n[^]*unable to open/)
    expect(lines.join('\n')).toMatch(/unable to open/)
  })

  it('that can start says it is ready and leaves when asked', async () => {
    const bundle = await ensureBundle()
    const renderer = await startRenderer(
      bundle,
      {
        ...process.env,
        BAWABA_STORE: join(scratch, 'store.db'),
        BAWABA_DIST: join(scratch, 'dist'),
      },
      () => {},
    )
    await renderer.close()
    expect(renderer.child.exitCode).toBe(0)
  })
})
