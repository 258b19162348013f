/**
 * A build killed at any moment leaves everything usable: the image cache holds whole files or
 * none (each is written under a temporary name, then renamed), a half-written release is never
 * live and the next build removes it, and the next build succeeds. Seen before: a build killed
 * mid-way left zero-byte images in the cache, and every later build of the site failed on them.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { liveRelease, releaseDir, releasesDir } from '../releases.ts'
import { repo } from './paths.ts'

const site = 'sidi-belyout'
const scratch = mkdtempSync(join(process.env.BAWABA_DATA_DIR!, 'kill-'))
const dist = join(scratch, 'dist')
const cache = join(scratch, 'cache')
const env = {
  ...process.env,
  BAWABA_DIST: dist,
  BAWABA_STORE: join(scratch, 'store.db'),
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
    kill: () => process.kill(-child.pid!, 'SIGKILL'),
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
})
