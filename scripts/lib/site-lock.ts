/**
 * One build of a site at a time, across processes (the worker, `npm run build:sites`, the alert
 * rebuilds): two Astro builds sharing a site's cache folder would spoil each other's content
 * store. The lock is a file holding the builder's pid; a lock whose process is gone is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function withSiteLock<T>(
  dist: string,
  slug: string,
  work: () => Promise<T>,
  waitMs = 15 * 60_000,
): Promise<T> {
  const dir = join(dist, 'releases', slug)
  const file = join(dir, '.lock')
  mkdirSync(dir, { recursive: true })
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(file, 'utf8').trim() || 0)
      if (!holder || !alive(holder) || holder === process.pid) {
        rmSync(file, { force: true })
        continue
      }
      if (Date.now() > deadline)
        throw new Error(`${slug} is being built by process ${holder}; gave up waiting`)
      await sleep(500)
    }
  }
  try {
    return await work()
  } finally {
    rmSync(file, { force: true })
  }
}
