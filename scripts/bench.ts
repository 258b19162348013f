/**
 * `npm run bench`: figures from one run on a stack of its own (`.data/bench/stack`), printed
 * and written to `.data/bench/<date-time>.json`. Nothing here asserts a time.
 *
 *   seed         fresh database: migrate and seed the 17 sites
 *   generate     city-scale synthetic content on top (cms/src/seed/generate, BENCH_SCALE):
 *                seconds, documents and documents per second per collection; generated once
 *                per scale and generator version, then copied from `.data/bench/city/<key>/`
 *   cms          cold start of the built admin/API until it answers
 *   build        two full builds of the 17 sites from the city-scale data (wall time, pages, pages
 *                per second, peak memory of the process tree, each site's pages and steps): first
 *                cold (empty content store and image cache: everything read from the CMS), then
 *                as for new code (the bundle built again, every page rendered; store and images
 *                kept) — `fullBuild`, the issue's figure
 *   rebuild      a build with nothing changed (what a warm npm start pays)
 *   weight       bytes transferred per template (HTML, CSS, JS, fonts; compressed), in Chromium:
 *                home, news list, article, event, content page, procedure and form (anfa, ar)
 *   lighthouse   Lighthouse (mobile) in Debian's Chromium: the four category scores of the
 *                Arabic home, news list, article and complaint form of anfa
 *   publish      publish→live with the build worker running as in npm start (renderer warm): 10
 *                publishes of an anfa news item, 10 of a central item featured on anfa, then the
 *                unpublishing of each, from the request to the page served or gone
 *                (scripts/lib/bench-publish.ts): p50, p95
 *   submissions  e-service complaints through the sites server into the intake, drained by the
 *                CMS: 200/s for 60 s then 400/s for 30 s; acknowledged per second, p50/p99,
 *                refusals and how fast they come, lost and duplicated records, drain time,
 *                the admin's list view during the surge (scripts/lib/bench-submissions.ts)
 *
 * `npm run bench -- submissions` (or any list of sections) runs only those, on the stack an
 * earlier run left: seeded if it is not, the CMS started, the sites a section needs built if
 * they changed. Without `seed` the database is kept (the submissions add to it). Every run
 * works on the city-scale data: a stack without it gets it (from the cache if there is one).
 * The JSON's `targets` block compares each figure with its target: met, or missed by how much.
 *
 * Each figure carries the machine's load average when it was taken (`load`): the machine may be
 * shared. BENCH_SITES=casablanca,anfa builds and measures only those sites (the two the publish
 * section uses): a shorter run whose full-build figures are labelled with the sites they cover, not
 * the city's. Environment: BENCH_CMS_PORT (3200), BENCH_SITES_PORT (4500); BENCH_SCALE (1: ≈ 25,000 news,
 * 5,000 events, 500 pages, 2,000 images), BENCH_GENERATE=fresh (ignore the cache; with `seed`),
 * BENCH_GENERATE_WRITER=local-api (news, events and pages through payload.create, to compare);
 * BENCH_BUILD_COLD=skip (the `build` section measures only the build as for new code, on the
 * stack's store and images, after bringing the sites up to date unmeasured), BENCH_SUBMIT_RATE (200), BENCH_SUBMIT_SECONDS (60), BENCH_OVERLOAD_RATE (400),
 * BENCH_OVERLOAD_SECONDS (30), BENCH_SUBMIT_CONCURRENCY (1024); EDGE_MAX_IN_FLIGHT (the edge's
 * bound, 32).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBrowser } from '../tests/support/browser.ts'
import { cityAvailable, ensureCity } from './lib/bench-city.ts'
import { runLighthouse } from './lib/bench-lighthouse.ts'
import { benchPublish } from './lib/bench-publish.ts'
import { benchSubmissions } from './lib/bench-submissions.ts'
import { targetsOf } from './lib/bench-targets.ts'
import { ensureCmsBuild, ensureSeeded, root, seedVersion, startCms, startSites } from './lib/cms.ts'
import { bundleDir, codeVersion } from './lib/publish/bundle.ts'
import { run, startService, stopService } from './lib/processes.ts'

const sections = [
  'seed',
  'generate',
  'cms',
  'build',
  'rebuild',
  'weight',
  'lighthouse',
  'submissions',
  'publish',
]
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'))
for (const name of only)
  if (!sections.includes(name))
    throw new Error(`unknown bench section '${name}' (sections: ${sections.join(', ')})`)
const wants = (section: string) => only.length === 0 || only.includes(section)

const stack = path.join(root, '.data', 'bench', 'stack')
const cmsPort = Number(process.env.BENCH_CMS_PORT || 3200)
const sitesPort = Number(process.env.BENCH_SITES_PORT || 4500)
const env: NodeJS.ProcessEnv = {
  ...process.env,
  BAWABA_DATA_DIR: stack,
  BAWABA_DIST: path.join(stack, 'dist'),
  CMS_URL: `http://localhost:${cmsPort}`,
  CMS_PORT: String(cmsPort),
  SITES_PORT: String(sitesPort),
}
delete env.DATABASE_URI
Object.assign(process.env, env)

const scale = Number(process.env.BENCH_SCALE || 1)
if (!(scale > 0))
  throw new Error(`BENCH_SCALE must be a positive number, not '${process.env.BENCH_SCALE}'`)
/** Sites built and measured: all 17 unless BENCH_SITES names some. */
const benchSites = (process.env.BENCH_SITES ?? '')
  .split(',')
  .map((slug) => slug.trim())
  .filter(Boolean)
const siteArgs = benchSites.length ? ['--site', benchSites.join(',')] : []
const figures: Record<string, any> = {
  date: new Date().toISOString(),
  machine: { cores: (await import('node:os')).cpus().length, node: process.version },
  scale,
  ...(benchSites.length ? { sites: benchSites } : {}),
}
const log = (line: string) => console.log(`■ ${line}`)
/** The 1, 5 and 15 minute load averages: what else the machine was doing. */
const load = () => os.loadavg().map((n) => Number(n.toFixed(1)))
const time = async <T>(fn: () => Promise<T>) => {
  const t0 = performance.now()
  const value = await fn()
  return { value, seconds: Number(((performance.now() - t0) / 1000).toFixed(2)) }
}

/** Runs a command and samples its resident memory (children included) every 200 ms. */
function runMeasured(
  command: string,
  args: string[],
): Promise<{ seconds: number; peakMb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    let peak = 0
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    const rssOf = (pid: number): number => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8')
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
        const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
        return kb + children.reduce((sum, c) => sum + rssOf(Number(c)), 0)
      } catch {
        return 0
      }
    }
    const timer = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 200)
    child.on('exit', (code) => {
      clearInterval(timer)
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
      else
        resolve({
          seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
          peakMb: Math.round(peak / 1024),
          output,
        })
    })
  })
}

const tsx = path.join(root, 'node_modules/.bin/tsx')

await prepareStack()
await ensureCmsBuild(log)
log('cms cold start')
const cms = await time(() => startCms(cmsPort, env))
if (wants('cms')) {
  figures.cmsColdStart = { seconds: cms.seconds }
  log(`cms: answers after ${cms.seconds}s`)
}
await buildSites()
if (wants('rebuild')) await unchangedRebuild()
if (wants('weight') || wants('lighthouse')) {
  const server = await startSites(sitesPort, env)
  if (wants('weight')) await measureWeight()
  if (wants('lighthouse')) await measureLighthouse()
  await stopService(server)
}
if (wants('submissions')) await measureSubmissions()
if (wants('publish')) await measurePublish()
await stopService(cms.value)

figures.targets = targetsOf(figures)
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const file = path.join(root, '.data', 'bench', `${stamp}.json`)
writeFileSync(file, JSON.stringify(figures, null, 2) + '\n')
console.log('\n■ targets')
for (const [name, t] of Object.entries(figures.targets as Record<string, any>))
  console.log(
    `  ${t.met ? 'met   ' : 'MISSED'} ${name}: ${t.value} (target ${t.target})${t.missedBy ? `, missed by ${t.missedBy}` : ''}`,
  )
console.log(`\nwritten to ${path.relative(root, file)}`)
process.exit(0)

/** Seeds the stack (measured, from scratch) or checks it is seeded, then makes it the city. */
async function prepareStack() {
  if (process.env.BENCH_GENERATE === 'fresh' && !wants('seed'))
    throw new Error('BENCH_GENERATE=fresh generates on a fresh seed: run it with the seed section')
  if (wants('seed')) {
    rmSync(stack, { recursive: true, force: true })
    mkdirSync(stack, { recursive: true })
    log('seed')
    const seeded = await time(() =>
      run(tsx, ['cms/src/seed/run.ts', '--quiet'], { cwd: root, env }),
    )
    // As ensureSeeded would: a later run of one section then keeps this seed.
    writeFileSync(path.join(stack, 'seed-version'), `${seedVersion}\n`)
    figures.seed = { seconds: seeded.seconds }
    log(`seed: ${seeded.seconds}s`)
  } else if (!cityAvailable(root, stack, scale)) {
    await ensureSeeded(log)
  }
  const city = await ensureCity({
    root,
    stack,
    scale,
    fresh: process.env.BENCH_GENERATE === 'fresh',
    env,
    log,
  })
  if (wants('generate')) {
    figures.generate = city
    const { media, news, events, pages } = city.counts
    const rates = Object.entries(city.perCollectionDocumentsPerSecond ?? {})
      .map(([collection, rate]) => `${collection} ${rate}/s`)
      .join(', ')
    log(
      `generate (scale ${city.scale}${city.cached ? `, cached from ${city.generatedAt}` : ''}): ${news} news, ${events} events, ${pages} pages, ${media} images in ${city.seconds}s (${city.documentsPerSecond} documents/s: ${rates}; ${city.writer}; load ${city.loadAverage?.before}→${city.loadAverage?.after})`,
    )
  }
}

/** Runs build-sites measured; parses its per-site results (`--json`). */
async function measuredBuild(args: string[]) {
  const loadBefore = load()
  const run = await runMeasured(tsx, ['scripts/build-sites.ts', ...args, '--json'])
  const results = JSON.parse(/^BUILD_RESULT (.*)$/m.exec(run.output)?.[1] ?? '[]') as Array<{
    slug: string
    pages: number
    seconds: number
    steps?: Record<string, number>
  }>
  const pages = results.reduce((sum, r) => sum + r.pages, 0)
  const steps: Record<string, number> = {}
  for (const result of results)
    for (const [step, seconds] of Object.entries(result.steps ?? {}))
      steps[step] = Number(((steps[step] ?? 0) + seconds).toFixed(2))
  return {
    seconds: run.seconds,
    pages,
    pagesPerSecond: Number((pages / run.seconds).toFixed(1)),
    peakMb: run.peakMb,
    bundleSeconds: Number(/bundle \S+ built in ([\d.]+)s/.exec(run.output)?.[1] ?? 0),
    syncSeconds: Number(/content store: .* in ([\d.]+)s/.exec(run.output)?.[1] ?? 0),
    /** Seconds per step, summed over the sites (two renderer processes run side by side). */
    steps,
    perSite: Object.fromEntries(
      results.map((r) => [r.slug, { pages: r.pages, seconds: r.seconds }]),
    ),
    load: { before: loadBefore, after: load() },
  }
}

/** The measured full builds of the 17 sites, or (for the sections that need them) built if changed. */
async function buildSites() {
  if (wants('build')) {
    if (process.env.BENCH_BUILD_COLD === 'skip') {
      // The stack's store and images kept: only the build as for new code is measured.
      log("cold build skipped (BENCH_BUILD_COLD=skip): the stack's store and images are kept")
    } else {
      log('full build of the 17 sites, cold: empty content store and image cache')
      for (const dir of ['dist', 'content', 'publish-cache'])
        rmSync(path.join(stack, dir), { recursive: true, force: true })
      figures.fullBuildCold = await measuredBuild(['--full', ...siteArgs])
      log(
        `build (cold): ${figures.fullBuildCold.pages} pages in ${figures.fullBuildCold.seconds}s ` +
          `(${figures.fullBuildCold.pagesPerSecond} pages/s), peak ${figures.fullBuildCold.peakMb} MB`,
      )
    }
    log('full build of the 17 sites as for new code: bundle built again, every page rendered')
    rmSync(bundleDir(codeVersion()), { recursive: true, force: true })
    figures.fullBuild = await measuredBuild(['--full', ...siteArgs])
    // The name earlier runs wrote.
    figures.fullBuild.peakMemoryMb = figures.fullBuild.peakMb
    log(
      `build: ${benchSites.length ? benchSites.join(', ') : '17 sites'}, ${figures.fullBuild.pages} pages in ${figures.fullBuild.seconds}s ` +
        `(${figures.fullBuild.pagesPerSecond} pages/s), peak ${figures.fullBuild.peakMb} MB, ` +
        `load ${figures.fullBuild.load.before.join(' ')}`,
    )
  } else if (wants('rebuild')) {
    log('the 17 sites, built where they changed (not measured)')
    await run(tsx, ['scripts/build-sites.ts', ...siteArgs], { cwd: root, env })
  } else if (wants('weight') || wants('lighthouse') || wants('submissions') || wants('publish')) {
    log('the 17 sites, built where they changed (not measured)')
    await run(tsx, ['scripts/build-sites.ts', ...siteArgs], { cwd: root, env })
  }
}

async function unchangedRebuild() {
  log('rebuild with nothing changed')
  const loadBefore = load()
  const warm = await runMeasured(tsx, ['scripts/build-sites.ts', ...siteArgs])
  figures.unchangedRebuild = { seconds: warm.seconds, load: loadBefore }
  log(`rebuild: ${warm.seconds}s with nothing changed`)
}

async function measureSubmissions() {
  // As behind the production proxy: each simulated citizen has its own X-Forwarded-For.
  const server = await startSites(sitesPort, { ...env, TRUST_PROXY: '1' })
  log('e-service submissions')
  figures.submissions = await benchSubmissions({
    cmsUrl: env.CMS_URL!,
    sitesPort,
    dataDir: stack,
    cmsPid: cms.value.pid,
    sitesPid: server.pid,
    rate: Number(process.env.BENCH_SUBMIT_RATE || 200),
    seconds: Number(process.env.BENCH_SUBMIT_SECONDS || 60),
    overloadRate: Number(process.env.BENCH_OVERLOAD_RATE || 400),
    overloadSeconds: Number(process.env.BENCH_OVERLOAD_SECONDS || 30),
    concurrency: Number(process.env.BENCH_SUBMIT_CONCURRENCY || 1024),
    log,
  }).finally(() => stopService(server))
}

async function measurePublish() {
  const server = await startSites(sitesPort, env)
  const worker = startService('worker', tsx, ['cms/src/jobs/worker.ts'], { cwd: root, env })
  // Measured from the worker's steady state: on start it publishes every site once (a deploy's
  // one-time cost), and a publish queued behind that is not what the targets are about.
  const started = new Promise<void>((resolve, reject) => {
    let seen = ''
    worker.stdout!.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000)
      if (seen.includes('running the build queue')) resolve()
    })
    worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it ran`)))
  })
  await started
  log('publish→live')
  const loadBefore = load()
  try {
    figures.publishToLive = await benchPublish({
      cmsUrl: env.CMS_URL!,
      sitesPort,
      dataDir: stack,
      log,
    })
  } finally {
    await stopService(worker)
    await stopService(server)
  }
  figures.publishToLive.load = { before: loadBefore, after: load() }
  const { district, featuredCentral, unpublishDistrict, unpublishFeaturedCentral } =
    figures.publishToLive
  log(
    `publish→live: anfa item p50 ${district.p50Seconds}s p95 ${district.p95Seconds}s; ` +
      `central item featured on anfa p50 ${featuredCentral.p50Seconds}s p95 ${featuredCentral.p95Seconds}s; ` +
      `unpublish p50 ${unpublishDistrict.p50Seconds}s / ${unpublishFeaturedCentral.p50Seconds}s`,
  )
}

/** A published document of anfa (or the commune's, for shared collections), through the API. */
async function firstPublished(collection: string, bySite = true) {
  const api = async (url: string) =>
    (await (await fetch(`${env.CMS_URL}${url}`)).json()) as { docs: Record<string, any>[] }
  const anfa = (await api('/api/sites?where[slug][equals]=anfa')).docs[0]!.id
  const where = bySite ? `where[site][equals]=${anfa}&` : ''
  const doc = (
    await api(`/api/${collection}?${where}where[_status][equals]=published&limit=1&depth=0`)
  ).docs[0]
  if (!doc) throw new Error(`bench: no published ${collection} for anfa`)
  return doc
}

async function measureLighthouse() {
  log('lighthouse (mobile; anfa, Arabic)')
  const base = `http://anfa.localhost:${sitesPort}`
  const pages = {
    home: '/ar/',
    newsList: '/ar/news/',
    article: `/ar/news/${(await firstPublished('news')).slug}/`,
    form: '/ar/e-services/complaint/',
  }
  const scores = await runLighthouse(
    Object.fromEntries(Object.entries(pages).map(([k, p]) => [k, base + p])),
    log,
  )
  figures.lighthouse = {
    site: 'anfa',
    locale: 'ar',
    preset: 'mobile (Lighthouse default)',
    pages,
    scores,
  }
}

async function measureWeight() {
  log('page weight (anfa, Arabic)')
  const templates = {
    home: '/ar/',
    newsList: '/ar/news/',
    article: `/ar/news/${(await firstPublished('news')).slug}/`,
    event: `/ar/events/${(await firstPublished('events')).slug}/`,
    contentPage: `/ar/${(await firstPublished('pages')).path}/`,
    procedure: `/ar/procedures/${(await firstPublished('procedures', false)).slug}/`,
    form: '/ar/e-services/complaint/',
  }
  const browser = await openBrowser({ viewport: { width: 360, height: 740 } })
  const weights: Record<string, Record<string, number>> = {}
  for (const [name, pathname] of Object.entries(templates)) {
    const page = await browser.newPage()
    const cdp = await browser.newCDPSession(page)
    await cdp.send('Network.enable')
    // Each template as a first visit: nothing from the previous page's cache.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const types = new Map<string, string>()
    const bytes: Record<string, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 }
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId)
      const key =
        type === 'Document'
          ? 'html'
          : type === 'Stylesheet'
            ? 'css'
            : type === 'Script'
              ? 'js'
              : type === 'Font'
                ? 'font'
                : type === 'Image'
                  ? 'image'
                  : 'other'
      bytes[key]! += e.encodedDataLength
    })
    const response = await page.goto(`http://anfa.localhost:${sitesPort}${pathname}`, {
      waitUntil: 'networkidle',
    })
    if (!response?.ok()) throw new Error(`${pathname}: ${response?.status()}`)
    const total = bytes.html! + bytes.css! + bytes.js! + bytes.font! + bytes.other!
    weights[name] = {
      ...Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, Math.round(v)])),
      beforeImages: Math.round(total),
    }
    await page.close()
  }
  await browser.dispose()
  figures.pageWeightBytes = {
    site: 'anfa',
    locale: 'ar',
    viewport: '360x740',
    templates,
    weights,
  }
  log(
    `weight (before images, KB): ${Object.entries(weights)
      .map(([name, w]) => `${name} ${(w.beforeImages! / 1024).toFixed(1)}`)
      .join(', ')}`,
  )
}
