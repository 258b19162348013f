/**
 * A build killed at any moment leaves everything usable: the image and PDF cache holds whole files
 * or none (each is written under a temporary name, then renamed), the content store is as before
 * or as after a whole sync (one transaction), a half-written release is never live and the next
 * build removes it, and the next build succeeds. Seen before: a build killed mid-way left
 * zero-byte images in the cache, and every later build of the site failed on them.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { liveRelease, releaseDir, releasesDir } from '../releases.ts'
import { repo } from './paths.ts'

const site = 'sidi-belyout'
const scratch = mkdtempSync(join(process.env.BAWABA_DATA_DIR!, 'kill-'))
const dist = join(scratch, 'dist')
const cache = join(scratch, 'cache')
const store = join(scratch, 'store.db')
const env = {
  ...process.env,
  BAWABA_DIST: dist,
  BAWABA_STORE: store,
  BAWABA_PUBLISH_CACHE: cache,
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Starts a build of the site in a process group of its own (the renderer is its child). */
function build(args: string[] = []) {
  const child = spawn(
    join(repo, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-sites.ts', '--site', site, '--jobs', '1', ...args],
    { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    exited,
    output: () => output,
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch (error) {
        // The build may have ended already: killing it then is a no-op.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
      }
    },
  }
}

async function until(what: string, check: () => boolean, ms = 240_000) {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}

const files = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : []
const images = () => files(join(cache, '_img')).filter((file) => !file.endsWith('.tmp'))

/** Every cache file not being written (`.tmp`) is whole: PDFs not empty, images decodable. */
async function expectWholeCache() {
  for (const file of files(cache).filter((f) => !f.endsWith('.tmp'))) {
    expect(statSync(file).size, file).toBeGreaterThan(0)
    if (file.includes('/_img/'))
      expect((await sharp(file).metadata()).width, file).toBeGreaterThan(0)
  }
}

/** The collections the store says it has synced (none: a store that was never synced whole). */
function syncedCollections(): string[] {
  if (!existsSync(store)) return []
  const db = new DatabaseSync(store)
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    const hasMeta = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
      .get()
    if (!hasMeta) return []
    const rows = db.prepare("SELECT key FROM meta WHERE key LIKE 'since:%'").all() as {
      key: string
    }[]
    const synced = rows.map((row) => row.key).sort()
    // Documents are only there with the sync that wrote them.
    if (!synced.length) expect(db.prepare('SELECT count(*) AS n FROM docs').get()).toEqual({ n: 0 })
    return synced
  } finally {
    db.close()
  }
}

/** A release is whole: its pages, its manifest. */
function expectWholeLive() {
  const live = liveRelease(dist, site)
  if (!live) return
  const dir = releaseDir(dist, site, live)
  expect(existsSync(join(dir, 'site', 'index.html')), live).toBe(true)
  expect(existsSync(join(dir, 'manifest.json')), live).toBe(true)
}

/** A fixed sequence of numbers in [0, 1) (mulberry32): the same kill moments on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('a build killed half-way', { timeout: 600_000 }, () => {
  it('while it makes images: the cache holds no broken file, and the next build succeeds', async () => {
    const first = build()
    await until('the first images in the cache', () => images().length >= 2)
    first.kill()
    await first.exited
    for (const file of images()) expect(statSync(file).size, file).toBeGreaterThan(0)
    expect(liveRelease(dist, site)).toBeNull()

    const again = build()
    expect(await again.exited, again.output()).toBe(0)
    const live = join(releaseDir(dist, site, liveRelease(dist, site)!), 'site')
    const served = files(join(live, '_img'))
    expect(served.length).toBeGreaterThan(10)
    for (const file of served) {
      const meta = await sharp(file).metadata()
      expect(meta.width, file).toBeGreaterThan(0)
    }
  })

  it('while it writes its release: the live site is as it was, and the next build goes live', async () => {
    const before = liveRelease(dist, site)
    expect(before).toBeTruthy()
    const releaseFolders = () => readdirSync(releasesDir(dist, site))
    const first = build(['--full'])
    await until('a release being written', () => releaseFolders().some((n) => /^\.\d/.test(n)))
    first.kill()
    await first.exited
    expect(liveRelease(dist, site)).toBe(before)
    expect(existsSync(join(releaseDir(dist, site, before!), 'site', 'index.html'))).toBe(true)

    const again = build(['--full'])
    expect(await again.exited, again.output()).toBe(0)
    expect(liveRelease(dist, site)).not.toBe(before)
    // The half-written folder is gone; the lock was released by the build that ended.
    expect(releaseFolders().filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('at random moments, from a cold store and cache: each kill leaves them whole, and a build then goes live', async () => {
    const next = random(16)
    const killedStates: string[][] = []
    for (let round = 0; round < 3; round++) {
      // Cold: the store and the cache are made again, so a kill may land in the sync, the
      // renders, the images or the release.
      rmSync(store, { force: true })
      rmSync(`${store}-wal`, { force: true })
      rmSync(`${store}-shm`, { force: true })
      rmSync(cache, { recursive: true, force: true })
      const before = liveRelease(dist, site)
      const victim = build(['--full'])
      // The bundle is built; the CMS answers at once: a build of this site lasts seconds.
      await Promise.race([victim.exited, sleep(300 + Math.floor(next() * 9_000))])
      victim.kill()
      await victim.exited
      await expectWholeCache()
      killedStates.push(syncedCollections())
      // Live: the release that was, or a whole new one; never the folder being written.
      const live = liveRelease(dist, site)
      if (live !== before) expect(live!.startsWith('.'), live!).toBe(false)
      expectWholeLive()
    }
    const again = build()
    expect(await again.exited, again.output()).toBe(0)
    expectWholeLive()
    await expectWholeCache()
    // Each killed store was empty or whole (every collection synced), never half a sync.
    const whole = syncedCollections()
    expect(whole.length).toBeGreaterThan(5)
    for (const state of killedStates) expect([[], whole]).toContainEqual(state)
  })
})
