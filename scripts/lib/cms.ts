import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir, loadLocalEnv, repoRoot } from '../../cms/src/env.ts'
import {
  ensurePortFree,
  nodeTs,
  run,
  seconds,
  startService,
  stopService,
  waitForHttp,
} from './processes.ts'

export const root = repoRoot(import.meta.dirname)
export const cmsDir = path.join(root, 'cms')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Hash of everything the admin build depends on: CMS sources, workspace packages, lockfile. */
function sourceFingerprint(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name === '.next' || name.startsWith('.')) continue
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (!/\.(int|e2e|build)?\.?test\.ts$/.test(name))
        hash.update(file).update(readFileSync(file))
    }
  }
  walk(path.join(cmsDir, 'src'))
  walk(path.join(root, 'packages'))
  for (const file of [
    'package-lock.json',
    'cms/next.config.mjs',
    'cms/package.json',
    // What it patches in node_modules after install (Payload 3.90.1's tenant provider).
    'scripts/patch-payload.mjs',
  ]) {
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

/** `next build` of the admin, skipped when nothing it depends on changed since the last one. */
export async function ensureCmsBuild(log: (line: string) => void) {
  const stamp = path.join(cmsDir, '.next', 'bawaba-build.json')
  const fingerprint = sourceFingerprint()
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).fingerprint === fingerprint) {
    log('CMS admin: build is up to date')
    return
  }
  const started = Date.now()
  log('CMS admin: building with next build (about 1–2 minutes on 2 cores)…')
  await run(bin('next'), ['build'], {
    cwd: cmsDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  mkdirSync(path.dirname(stamp), { recursive: true })
  writeFileSync(stamp, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }))
  log(`CMS admin: built in ${seconds(started)}`)
}

/**
 * Bump when the seed gains content: a database seeded by an older version is seeded again
 * (the seed is idempotent and only adds what is missing).
 */
export const seedVersion = 4

/** Seeds the database when it is new or older than the seed (skipping it saves start-up). */
export async function ensureSeeded(log: (line: string) => void, force = false) {
  loadLocalEnv()
  const dbFile = path.join(dataDir(), 'bawaba.db')
  const accounts = path.join(dataDir(), 'accounts.json')
  const stamp = path.join(dataDir(), 'seed-version')
  const current = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8').trim()) : 1
  if (
    !force &&
    !process.env.DATABASE_URI &&
    existsSync(dbFile) &&
    existsSync(accounts) &&
    current >= seedVersion
  ) {
    log('database: already seeded')
    return
  }
  const started = Date.now()
  log('database: migrating and seeding the 17 sites…')
  await run(bin('tsx'), [path.join(cmsDir, 'src/seed/run.ts')], { cwd: root })
  writeFileSync(stamp, `${seedVersion}\n`)
  log(`database: ready in ${seconds(started)}`)
}

/**
 * Starts the built admin and API (`cms/server.ts`: Next.js behind a server that drains on
 * SIGTERM) and waits until the API answers.
 */
export async function startCms(
  port: number,
  env: Record<string, string | undefined> = {},
  name = 'cms',
) {
  await ensurePortFree(port, 'CMS')
  const child = startService(name, ...nodeTs('server.ts'), {
    cwd: cmsDir,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', CMS_PORT: String(port) },
  })
  await waitForHttp(`http://localhost:${port}/api/sites?limit=1`, 180_000, child).catch(
    async (error) => {
      // Not left running unseen: the caller never got a handle to stop it.
      await stopService(child)
      throw error
    },
  )
  return child
}

export function readAccounts(): Record<
  string,
  { password: string; role: string; sites: string[] }
> {
  const file = path.join(dataDir(), 'accounts.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

/** Serves the built sites (`scripts/serve-sites.ts`) and waits until it answers. */
export async function startSites(port: number, env: Record<string, string | undefined> = {}) {
  await ensurePortFree(port, 'sites server')
  const child = startService('sites', ...nodeTs('scripts/serve-sites.ts'), {
    cwd: root,
    env: { ...process.env, ...env, SITES_PORT: String(port) },
  })
  await waitForHttp(`http://localhost:${port}/`, 30_000, child).catch(async (error) => {
    await stopService(child)
    throw error
  })
  return child
}
