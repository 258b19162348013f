/**
 * The sites' one server bundle (`astro build` of `sites/`, output `server`, with the renderer
 * process's code in it), built once per code version into `<bundles>/<code>/` (`BAWABA_BUNDLES`, default `.data/bundles`) — `server/entry.mjs`
 * and the `client/` assets (`_astro/`) every release links. Every dist built from this checkout
 * shares them (tests build into dists of their own). A code version hashes the source of `sites/` and `packages/` (tests
 * excluded) and the lockfile: a content change never rebuilds it, new code always does. The
 * bundle is built in a child process into a temporary folder, then renamed: a killed build leaves
 * no half bundle behind.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import { dataRoot, repo } from './paths.ts'

const skip = new Set(['node_modules', '.astro', 'dist', 'tests', '.data'])

/**
 * What the bundle is made of besides `sites/` and `packages/`: the renderer it carries
 * (sites/src/server-entry.ts) and what that imports.
 */
const rendererSources = [
  'scripts/lib/publish',
  'scripts/lib/releases.ts',
  'scripts/lib/release-check.ts',
  'scripts/lib/site-lock.ts',
  'cms/src/env.ts',
]

/** Hash of the code every page depends on. */
export function codeVersion(): string {
  const hash = createHash('sha256')
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!skip.has(name)) walk(join(path, name))
    } else if (!/\.(test|build\.test|e2e\.test|int\.test)\.ts$/.test(path))
      hash.update(relative(repo, path)).update('\0').update(readFileSync(path))
  }
  walk(join(repo, 'sites'))
  walk(join(repo, 'packages'))
  for (const source of rendererSources) walk(join(repo, source))
  hash.update(readFileSync(join(repo, 'package-lock.json')))
  return hash.digest('hex').slice(0, 16)
}

export const bundlesDir = () => process.env.BAWABA_BUNDLES || join(dataRoot(), 'bundles')
export const bundleDir = (code: string) => join(bundlesDir(), code)
export const bundleEntry = (dir: string) => join(dir, 'server', 'entry.mjs')

/** The bundle of the current code, built if it is not there yet; returns its folder. */
export async function ensureBundle(
  log: (line: string) => void = () => {},
  code = codeVersion(),
): Promise<{ dir: string; code: string; built: boolean; seconds: number }> {
  const dir = bundleDir(code)
  if (existsSync(bundleEntry(dir))) return { dir, code, built: false, seconds: 0 }
  const started = performance.now()
  const temp = `${dir}.tmp-${process.pid}`
  rmSync(temp, { recursive: true, force: true })
  mkdirSync(bundlesDir(), { recursive: true })
  log(`bundling the sites' code (${code})…`)
  await new Promise<void>((resolve, reject) => {
    const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const output: string[] = []
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: join(repo, 'sites'),
      env: { ...process.env, BAWABA_BUNDLE_DIR: temp, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keep = (chunk: Buffer) => output.push(chunk.toString())
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (status) =>
      status === 0
        ? resolve()
        : reject(
            new Error(
              `astro build of the sites failed (exit ${status}):\n${output.join('').slice(-4000)}`,
            ),
          ),
    )
  })
  if (!existsSync(bundleEntry(temp))) throw new Error(`astro build wrote no ${bundleEntry(temp)}`)
  rmSync(dir, { recursive: true, force: true })
  renameSync(temp, dir)
  return { dir, code, built: true, seconds: (performance.now() - started) / 1000 }
}

/**
 * Removes old bundles: those no release in `keep` names, beyond the `recent` newest (other dists
 * built from this checkout may still serve them).
 */
export function pruneBundles(keep: Set<string>, recent = 3): string[] {
  const dir = bundlesDir()
  if (!existsSync(dir)) return []
  const bundles = readdirSync(dir)
    .filter((name) => !name.includes('.tmp-'))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  const removed: string[] = []
  for (const [index, { name }] of bundles.entries()) {
    if (keep.has(name) || index < recent) continue
    rmSync(join(dir, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}
