import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DiskStore } from './disk.ts'

const scratch = mkdtempSync(join(tmpdir(), 'bawaba-disk-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Opens the store in a process of its own, as each renderer of a build does; its exit and words. */
function openElsewhere(file: string) {
  const module = pathToFileURL(join(import.meta.dirname, 'disk.ts')).href
  const child = spawn(
    process.execPath,
    [
      '--no-warnings',
      // TypeScript as the tests run it (the store's class has parameter properties).
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { DiskStore } = await import(${JSON.stringify(module)})
       new DiskStore(${JSON.stringify(file)}).db.close()`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let said = ''
  child.stderr.on('data', (chunk: Buffer) => (said += chunk))
  return new Promise<{ code: number | null; said: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, said })),
  )
}

describe('the store on disk', () => {
  it('opens in several processes at once, the file new: none fails "database is locked"', async () => {
    // Before the busy timeout came first, half of such rounds had one process failing.
    for (let round = 0; round < 8; round++) {
      const file = join(scratch, `store-${round}.db`)
      const opened = await Promise.all(Array.from({ length: 4 }, () => openElsewhere(file)))
      for (const outcome of opened) expect(outcome).toEqual({ code: 0, said: '' })
      const store = new DiskStore(file)
      expect(store.meta('format')).toBeDefined()
      store.db.close()
    }
  })

  it('keeps what another process stored when it opens the file again', () => {
    const file = join(scratch, 'kept.db')
    const first = new DiskStore(file)
    first.transaction(() => first.setMeta('generation', '7'))
    const second = new DiskStore(file)
    expect(second.generation()).toBe(7)
    first.db.close()
    second.db.close()
  })
})
