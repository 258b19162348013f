/**
 * Builds the public sites: one Astro project (`sites/`), one build per site, each into a release
 * folder of its own that goes live only when it is whole (scripts/lib/releases.ts):
 *
 *   1. Astro builds into `<dist>/releases/<slug>/<id>/` (content loaded incrementally from the
 *      CMS and images optimised once: both caches live in `.data/astro-cache/<slug>`);
 *   2. the search index of the release is written (Pagefind);
 *   3. the release is checked (pages present, internal links resolve: scripts/lib/release-check.ts);
 *   4. `<dist>/sites/<slug>` switches to it atomically; the last five releases stay.
 * A build that fails at any step leaves the live site as it was, and its folder is removed.
 *
 *   npm run build:sites                      all 17, the central portal first
 *   npm run build:sites -- --site anfa       one site (repeatable, or comma-separated)
 *   npm run build:sites -- --if-changed      skip sites whose fingerprint did not change
 *   npm run build:sites -- --isolate         one child process per site
 *   npm run build:sites -- --json            end with one line `BUILD_RESULT <json>` (the worker)
 *
 * A site's fingerprint hashes the source of `sites/` and `packages/` (tests excluded), the
 * lockfile, the environment that shapes URLs, and the CMS content state of that site (per
 * collection: count and latest `updatedAt`, featured central items included; sites and media
 * latest change). It is kept in `.data/builds/<slug>.json` after each successful build.
 *
 * Builds run in this process by default: measured on this machine, a site builds ~1 s faster
 * than in a child process (no second Node/Vite start-up) and produced identical output; the
 * Astro runtime's module-level content store is not shared between builds because each build
 * bundles its own server chunk. `--isolate` remains for debugging.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { contentState, createCmsClient, cmsUrlFromEnv } from '@bawaba/content'
import { getSite, sites } from '@bawaba/registry'
import { checkRelease } from './lib/release-check.ts'
import { discard, newReleaseId, releaseDir, switchTo } from './lib/releases.ts'
import { withSiteLock } from './lib/site-lock.ts'
import { indexSite } from './lib/search-index.ts'

const repo = fileURLToPath(new URL('..', import.meta.url))
const sitesDir = join(repo, 'sites')
const dist = process.env.BAWABA_DIST || join(repo, 'dist')
const recordsDir = join(repo, '.data', 'builds')

interface BuildRecord {
  fingerprint: string
  builtAt: string
  pages: number
  seconds: number
}

export interface Result {
  slug: string
  status: 'built' | 'skipped' | 'failed'
  pages: number
  seconds: number
  /** The release that went live (built) or that failed. */
  release?: string
  error?: string
}

/** Hash of the code and dependencies every site's output depends on. */
export function sourceHash(): string {
  const hash = createHash('sha256')
  const skip = new Set(['node_modules', '.astro', 'dist', 'tests', '.data'])
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (skip.has(name)) continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (!/\.(test|build\.test|e2e\.test)\.ts$/.test(name)) {
        hash.update(relative(repo, path)).update('\0').update(readFileSync(path))
      }
    }
  }
  walk(sitesDir)
  walk(join(repo, 'packages'))
  hash.update(readFileSync(join(repo, 'package-lock.json')))
  return hash.digest('hex')
}

function countPages(dir: string): number {
  if (!existsSync(dir)) return 0
  let count = 0
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.html')) count++
  }
  return count
}

function readRecord(slug: string): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(join(recordsDir, `${slug}.json`), 'utf8'))
  } catch {
    return null
  }
}

function writeRecord(slug: string, record: BuildRecord) {
  mkdirSync(recordsDir, { recursive: true })
  writeFileSync(join(recordsDir, `${slug}.json`), `${JSON.stringify(record, null, 2)}\n`)
}

async function buildInProcess(slug: string, release: string): Promise<void> {
  process.env.SITE = slug
  process.env.BAWABA_RELEASE_DIR = release
  const { build } = await import('astro')
  await build({ root: sitesDir, logLevel: (process.env.ASTRO_LOG_LEVEL as never) ?? 'warn' })
}

function buildInChild(slug: string, release: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: sitesDir,
      env: { ...process.env, SITE: slug, BAWABA_RELEASE_DIR: release },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited with code ${code}`)),
    )
  })
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', multiple: true },
      'if-changed': { type: 'boolean', default: false },
      isolate: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  })
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const requested = (values.site ?? []).flatMap((s) => s.split(',')).filter(Boolean)
  for (const slug of requested) getSite(slug) // names the unknown slug and the known ones
  const targets = sites.filter((s) => !requested.length || requested.includes(s.slug))

  const cmsUrl = cmsUrlFromEnv()
  const client = createCmsClient({ baseUrl: cmsUrl, retries: 1, timeoutMs: 15_000 })
  try {
    await client.find('sites', { limit: 1, depth: 0 })
  } catch (error) {
    console.error(
      `build-sites: the CMS at ${cmsUrl} cannot be read, so no site was built.\n  ${(error as Error).message}\n` +
        `  Start the CMS (npm run dev) or set CMS_URL.`,
    )
    process.exit(1)
  }

  const source = values['if-changed'] ? sourceHash() : ''
  const environment = JSON.stringify([
    cmsUrl,
    process.env.BAWABA_ORIGINS,
    process.env.SITES_PORT,
    dist,
  ])
  const results: Result[] = []
  const started = performance.now()

  for (const [index, site] of targets.entries()) {
    const slug = site.slug
    const label = `[${index + 1}/${targets.length}] ${slug}`
    const outDir = join(dist, 'sites', slug)
    let fingerprint = ''
    try {
      if (values['if-changed']) {
        const state = await contentState(client, slug)
        fingerprint = createHash('sha256')
          .update(source)
          .update(environment)
          .update(JSON.stringify(state))
          .digest('hex')
        const record = readRecord(slug)
        if (record?.fingerprint === fingerprint && existsSync(join(outDir, 'index.html'))) {
          console.log(`${label} … unchanged, skipped (${record.pages} pages)`)
          results.push({ slug, status: 'skipped', pages: record.pages, seconds: 0 })
          continue
        }
      }
      const t0 = performance.now()
      const release = newReleaseId()
      const dir = releaseDir(dist, slug, release)
      try {
        await withSiteLock(dist, slug, async () => {
          await (values.isolate ? buildInChild(slug, dir) : buildInProcess(slug, dir))
          await indexSite({ siteDir: join(dir, 'site'), slug })
          const check = checkRelease(join(dir, 'site'), slug)
          if (check.problems.length)
            throw new Error(
              `release ${release} failed its check, the live site is unchanged:\n  ${check.problems.join('\n  ')}`,
            )
          switchTo(dist, slug, release)
        })
      } catch (error) {
        discard(dist, slug, release)
        ;(error as Error & { release?: string }).release = release
        throw error
      }
      const seconds = (performance.now() - t0) / 1000
      const pages = countPages(outDir)
      console.log(`${label} … ${pages} pages in ${seconds.toFixed(1)}s, release ${release} live`)
      results.push({ slug, status: 'built', pages, seconds, release })
      if (fingerprint) {
        writeRecord(slug, { fingerprint, builtAt: new Date().toISOString(), pages, seconds })
      }
    } catch (error) {
      const message = (error as Error).message ?? String(error)
      const release = (error as { release?: string }).release
      console.error(`${label} … FAILED: ${message}`)
      results.push({ slug, status: 'failed', pages: 0, seconds: 0, release, error: message })
    }
  }

  const total = (performance.now() - started) / 1000
  const built = results.filter((r) => r.status === 'built')
  const skipped = results.filter((r) => r.status === 'skipped')
  const failed = results.filter((r) => r.status === 'failed')
  const pages = results.reduce((sum, r) => sum + r.pages, 0)
  console.log(
    `\n${built.length} built, ${skipped.length} unchanged, ${failed.length} failed — ` +
      `${pages} pages, ${total.toFixed(1)}s` +
      (built.length
        ? ` (${(built.reduce((s, r) => s + r.seconds, 0) / built.length).toFixed(1)}s per site built)`
        : ''),
  )
  if (values.json) console.log(`BUILD_RESULT ${JSON.stringify(results)}`)
  if (failed.length) {
    console.error(
      `Failed: ${failed.map((r) => `${r.slug} (${r.error?.split('\n')[0]})`).join('; ')}`,
    )
    process.exit(1)
  }
  // Astro may leave handles (image workers, file watchers) open after an in-process build.
  process.exit(0)
}

await main()
