/**
 * Builds the public sites from the CMS: one server bundle for all 17 (built once per code
 * version), the content store synced once for the whole city, then one pass per site
 * (scripts/lib/publish/site.ts) into a release of its own that goes live only when it is whole:
 *
 *   1. `<dist>/bundles/<code>/`: the sites' code, bundled when it changed (astro build);
 *   2. `.data/content/store.db`: the CMS's public documents, synced by `updatedAt`;
 *   3. each site rendered by a pool of renderer processes (one per core), into
 *      `<dist>/releases/<slug>/<id>/`: its pages, images, PDFs, search index, checked;
 *   4. `<dist>/sites/<slug>` switched to it atomically; the last five releases stay.
 * A site whose live release was rendered by the same code renders only the pages whose content
 * changed, and gets no new release when nothing did; new code renders everything.
 *
 *   npm run build:sites                      all 17, the central portal first
 *   npm run build:sites -- --site anfa       one site (repeatable, or comma-separated)
 *   npm run build:sites -- --full            render every page (the store synced as always)
 *   npm run build:sites -- --resync          read the CMS in full into the store again (checks
 *                                            the store document by document; the cold build's cost)
 *   npm run build:sites -- --jobs 1          renderer processes (default: 2, one per core)
 *   npm run build:sites -- --json            end with one line `BUILD_RESULT <json>`
 *   npm run build:sites -- --now <iso>       render as of that instant (tests)
 * (`--if-changed` is accepted: skipping what did not change is what every build does now.)
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { cmsUrlFromEnv, createCmsClient } from '@bawaba/content'
import { DiskStore, syncStore } from '@bawaba/content/store'
import { getSite, sites } from '@bawaba/registry'
import { ensureBundle, pruneBundles } from './lib/publish/bundle.ts'
import {
  startRenderer,
  type BuildSummary,
  type RendererError,
  type RendererProcess,
} from './lib/publish/child.ts'
import { keptBundles } from './lib/publish/releases-info.ts'
import { distRoot, storeFile } from './lib/publish/paths.ts'

export interface Result {
  slug: string
  status: 'built' | 'skipped' | 'failed'
  pages: number
  seconds: number
  /** Pages rendered by the pass (all of them in a full build). */
  rendered?: number
  /** The release that went live (built) or that failed. */
  release?: string
  error?: string
  steps?: Record<string, number>
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', multiple: true },
      'if-changed': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      resync: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      json: { type: 'boolean', default: false },
      now: { type: 'string' },
    },
  })
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const requested = (values.site ?? []).flatMap((s) => s.split(',')).filter(Boolean)
  for (const slug of requested) getSite(slug) // names the unknown slug and the known ones
  const targets = sites.filter((s) => !requested.length || requested.includes(s.slug))
  const now = values.now ? new Date(values.now) : undefined
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now '${values.now}' is not a date`)
  const dist = distRoot()
  const started = performance.now()

  const cmsUrl = cmsUrlFromEnv()
  // A cold sync at city scale asks for pages of 250 documents in every locale, several at once: on
  // a busy machine one took more than 30 s, so the whole build failed on timeouts.
  const client = createCmsClient({ baseUrl: cmsUrl, retries: 4, timeoutMs: 120_000 })
  try {
    await client.find('sites', { limit: 1, depth: 0 })
  } catch (error) {
    console.error(
      `build-sites: the CMS at ${cmsUrl} cannot be read, so no site was built.\n  ${(error as Error).message}\n` +
        `  Start the CMS (npm run dev) or set CMS_URL.`,
    )
    process.exit(1)
  }

  const bundle = await ensureBundle((line) => console.log(line))
  if (bundle.built) console.log(`bundle ${bundle.code} built in ${bundle.seconds.toFixed(1)}s`)
  const disk = new DiskStore(storeFile())
  // Rendering every page needs the store current, not read again: at city scale a full read is
  // 130 s of a 362 s full build (docs/measurements.md); `--resync` asks for it.
  const synced = await syncStore({ client, disk, full: values.resync })
  disk.close()
  console.log(
    `content store: ${synced.changes.length} changed documents in ${synced.seconds.toFixed(1)}s ` +
      `(${synced.requests} requests${synced.full.length ? `, ${synced.full.length} collections in full` : ''})`,
  )

  const jobs = Math.max(
    1,
    Math.min(Number(values.jobs ?? Math.min(2, availableParallelism())), targets.length),
  )
  const pool: RendererProcess[] = await Promise.all(
    Array.from({ length: jobs }, () => startRenderer(bundle)),
  )
  const results: Result[] = []
  const queue = targets.map((site, index) => ({ slug: site.slug, index }))
  await Promise.all(
    pool.map(async (renderer) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const label = `[${next.index + 1}/${targets.length}] ${next.slug}`
        try {
          const pass: BuildSummary = await renderer.build(next.slug, { full: values.full, now })
          const seconds = Number(pass.seconds.toFixed(1))
          if (pass.status === 'unchanged') {
            console.log(`${label} … unchanged, skipped (${pass.pages} pages)`)
            results.push({ slug: next.slug, status: 'skipped', pages: pass.pages, seconds: 0 })
          } else {
            console.log(
              `${label} … ${pass.pages} pages in ${seconds}s, ${pass.rendered} rendered, release ${pass.release} live`,
            )
            results.push({
              slug: next.slug,
              status: 'built',
              pages: pass.pages,
              seconds,
              rendered: pass.rendered,
              release: pass.release,
              steps: pass.steps,
            })
          }
        } catch (error) {
          const failure = error as RendererError
          console.error(`${label} … FAILED: ${failure.message}`)
          results.push({
            slug: next.slug,
            status: 'failed',
            pages: 0,
            seconds: 0,
            release: failure.release,
            error: failure.message,
          })
        }
      }
    }),
  )
  await Promise.all(pool.map((renderer) => renderer.close()))
  pruneBundles(keptBundles(dist, bundle.code))

  const total = (performance.now() - started) / 1000
  const built = results.filter((r) => r.status === 'built')
  const skipped = results.filter((r) => r.status === 'skipped')
  const failed = results.filter((r) => r.status === 'failed')
  const pages = results.reduce((sum, r) => sum + r.pages, 0)
  console.log(
    `\n${built.length} built, ${skipped.length} unchanged, ${failed.length} failed — ` +
      `${pages} pages, ${total.toFixed(1)}s` +
      (built.length
        ? ` (${(built.reduce((s, r) => s + r.seconds, 0) / built.length).toFixed(1)}s per site built, ${jobs} renderer${jobs > 1 ? 's' : ''})`
        : ''),
  )
  // Results in the order of the targets, whichever renderer finished first.
  results.sort(
    (a, b) =>
      targets.findIndex((t) => t.slug === a.slug) - targets.findIndex((t) => t.slug === b.slug),
  )
  if (values.json) console.log(`BUILD_RESULT ${JSON.stringify(results)}`)
  if (failed.length) {
    console.error(
      `Failed: ${failed.map((r) => `${r.slug} (${r.error?.split('\n')[0]})`).join('; ')}`,
    )
    process.exit(1)
  }
  process.exit(0)
}

await main()
