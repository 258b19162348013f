/**
 * The publishing pipeline end to end, on the test stack's CMS and database: a build worker of
 * its own (cms/src/jobs/worker.ts) building into a dist folder of its own, served by a sites
 * server of its own, so the shared sites the other tests read are never switched under them.
 * Staff act over REST with the seeded accounts, as the admin does.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '@bawaba/i18n'
import { openBrowser } from '../../../tests/support/browser.ts'
import { getBawabaPayload } from '../lib/payload.ts'
import { accountOf, call, jwt, signIn, type Json } from '../test/stack.ts'
import { liveRelease, listReleases } from '../../../scripts/lib/releases.ts'
import { run, startService, stopService } from '../../../scripts/lib/processes.ts'
import { startSitesServer, type SitesServer } from '../../../scripts/serve-sites.ts'

const root = path.resolve(import.meta.dirname, '../../..')
// Inside the repository, as every dist is: the server bundles resolve their packages from there.
const dist = mkdtempSync(path.join(path.resolve(process.env.BAWABA_DATA_DIR!), 'pipeline-'))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const env = {
  ...process.env,
  BAWABA_DIST: dist,
  BUILD_DEBOUNCE_MS: '300',
  WORKER_POLL_MS: '300',
}
let worker: ChildProcess
let server: SitesServer
const siteIds: Record<string, string> = {}
const run_ = Date.now().toString(36)

const publisher = () => jwt('district-publisher', 'anfa')
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/** GET from this test's sites server, through 127.0.0.1 with the site's Host header. */
function served(slug: string, urlPath: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: urlPath,
        headers: { host: `${slug}.localhost:${server.port}` },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** A test's time: each wait for builds (`until`) has its own deadline, and a test waits twice at most. */
const waitsForBuilds = 360_000

/** Waits until `check` holds, polling; returns its last value. */
async function until<T>(
  what: string,
  check: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 150_000,
) {
  const deadline = Date.now() + ms
  let value = await check()
  while (!ok(value)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await sleep(300)
    value = await check()
  }
  return value
}

/** The builds of a site created since `since`, newest first, as its publisher sees them. */
async function buildsSince(slug: string, since: string, auth = publisher()): Promise<Json[]> {
  const { status, json } = await call(
    'GET',
    `/api/builds?where[site][equals]=${siteIds[slug]}&where[createdAt][greater_than]=${since}&sort=-createdAt&limit=50&depth=0`,
    auth,
  )
  expect(status).toBe(200)
  return json.docs
}

/** Waits for every build of the site since `since` to finish; returns them, newest first. */
function settled(slug: string, since: string): Promise<Json[]> {
  return until(
    `${slug}'s builds since ${since}`,
    () => buildsSince(slug, since),
    (builds) =>
      builds.length > 0 &&
      builds.every((b) => ['succeeded', 'failed', 'superseded'].includes(b.status)),
  )
}

/** The result links of a search on the site's Arabic search page, in Chromium. */
async function searchFor(slug: string, query: string): Promise<string[]> {
  const browser = await openBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url(slug)}/ar/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(
      (loading) => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? ''
        return status !== '' && status !== loading
      },
      t('ar', 'search.loading'),
      { timeout: 30_000 },
    )
    return await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
  } finally {
    await browser.dispose()
  }
}

const paragraph = (children: Json[]) => ({
  type: 'paragraph',
  children,
  direction: 'rtl',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
})
const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const body = (...children: Json[]) => ({
  root: { type: 'root', children, direction: 'rtl', format: '', indent: 0, version: 1 },
})

async function createNews(slug: string, fields: Json, status: 'published' | 'draft') {
  const { status: code, json } = await call('POST', `/api/news?locale=ar`, publisher(), {
    site: siteIds.anfa,
    category: 'announcement',
    publishedAt: new Date().toISOString(),
    slug,
    ...fields,
    _status: status,
  })
  expect(code, JSON.stringify(json)).toBe(201)
  return json.doc as Json
}

beforeAll(async () => {
  await signIn()
  for (const slug of ['anfa', 'maarif', 'casablanca']) {
    const { json } = await call('GET', `/api/sites?where[slug][equals]=${slug}&depth=0`)
    siteIds[slug] = json.docs[0].id
  }
  // Builds queued by earlier tests are not this worker's to run.
  const stale = await call('PATCH', `/api/builds?where[status][in]=queued,running`, jwt('admin'), {
    status: 'superseded',
  })
  expect(stale.status).toBe(200)
  await run(tsx, ['scripts/build-sites.ts', '--site', 'anfa,maarif'], { cwd: root, env })
  server = await startSitesServer({ port: 0, dist })
  worker = startService('worker', tsx, ['cms/src/jobs/worker.ts'], { cwd: root, env })
}, 300_000)

afterAll(async () => {
  if (worker) await stopService(worker)
  await server?.close()
  rmSync(dist, { recursive: true, force: true })
})

describe('publish → live', { timeout: waitsForBuilds }, () => {
  const slug = `pipeline-${run_}`
  // A word no other item has, in Arabic script, for the search index.
  const word = `قنطرةالنشر${run_.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!)}`
  const title = `خبر منشور للتو ${word}`
  let id: string
  let firstRelease: string

  it('publishing a news item in one arrondissement rebuilds that site only, and the item is served', async () => {
    const maarifBefore = liveRelease(dist, 'maarif')
    const anfaBefore = liveRelease(dist, 'anfa')
    expect(maarifBefore).toBeTruthy()
    const since = new Date().toISOString()
    const doc = await createNews(slug, { title, summary: 'ملخص الخبر' }, 'published')
    id = doc.id
    const builds = await settled('anfa', since)
    expect(builds.map((b) => b.status)).toEqual(['succeeded'])
    const build = builds[0]!
    expect(build.triggers.map((t: Json) => [t.collection, t.document, t.action])).toContainEqual([
      'news',
      id,
      'publish',
    ])
    expect(build.pages).toBeGreaterThan(50)
    // Its duration, to the hundredth (tenths rounded a fast publish to 0).
    const took = (Date.parse(build.finishedAt) - Date.parse(build.startedAt)) / 1000
    expect(took).toBeGreaterThan(0)
    expect(build.seconds).toBe(Number(took.toFixed(2)))
    expect(build.seconds).toBeGreaterThan(0)
    expect(build.release).toBe(liveRelease(dist, 'anfa'))
    expect(build.release).not.toBe(anfaBefore)
    firstRelease = build.release
    const page = await served('anfa', `/ar/news/${slug}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(title)
    // The search index has it, a moment after the page (a publish indexes once its pages are
    // live): Chromium searches the site for its rare word.
    const found = await until(
      'the search index to have the item',
      () => searchFor('anfa', word),
      (links) => links.length > 0,
      60_000,
    )
    expect(found).toEqual([`${server.url('anfa')}/ar/news/${slug}/`])
    // The other sites were not rebuilt: no build queued, the same release live.
    expect(await buildsSince('maarif', since, jwt('admin'))).toEqual([])
    expect(liveRelease(dist, 'maarif')).toBe(maarifBefore)
  })

  it('a draft saved over the published item queues nothing', async () => {
    const since = new Date().toISOString()
    const saved = await call('PATCH', `/api/news/${id}?locale=ar&draft=true`, publisher(), {
      title: `${title} — مسودة`,
      _status: 'draft',
    })
    expect(saved.status).toBe(200)
    await sleep(2_000)
    expect(await buildsSince('anfa', since)).toEqual([])
    expect((await served('anfa', `/ar/news/${slug}/`)).text).not.toContain('مسودة')
  })

  it('unpublishing removes it', async () => {
    const since = new Date().toISOString()
    const unpublished = await call('PATCH', `/api/news/${id}?locale=ar`, publisher(), {
      _status: 'draft',
    })
    expect(unpublished.status).toBe(200)
    const builds = await settled('anfa', since)
    expect(builds[0]!.status).toBe('succeeded')
    expect(builds[0]!.triggers.map((t: Json) => t.action)).toContain('unpublish')
    expect((await served('anfa', `/ar/news/${slug}/`)).status).toBe(404)
    expect((await served('anfa', '/ar/news/')).text).not.toContain(title)
  })

  it('rollback restores the previous release, at once', async () => {
    const before = liveRelease(dist, 'anfa')
    await run(tsx, ['scripts/rollback.ts', '--site', 'anfa'], { cwd: root, env })
    expect(liveRelease(dist, 'anfa')).toBe(firstRelease)
    expect(liveRelease(dist, 'anfa')).not.toBe(before)
    const page = await served('anfa', `/ar/news/${slug}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(title)
  })

  it('rollback says so when there is nothing to return to', async () => {
    const failed = await promisify(execFile)(
      tsx,
      ['scripts/rollback.ts', '--site', 'no-such-site'],
      {
        cwd: root,
        env,
      },
    ).catch((error: { code: number; stderr: string }) => error)
    expect((failed as { code: number }).code).toBe(1)
    expect((failed as { stderr: string }).stderr).toMatch(/no-such-site/)
  })
})

describe('a failing build', { timeout: waitsForBuilds }, () => {
  it('keeps the live release and is recorded with its error', async () => {
    const live = liveRelease(dist, 'anfa')
    const releases = listReleases(dist, 'anfa')
    const since = new Date().toISOString()
    const slug = `broken-link-${run_}`
    const link = {
      type: 'link',
      fields: { url: '/ar/no-such-page/', linkType: 'custom', newTab: false },
      children: [text('رابط مكسور')],
      direction: 'rtl',
      format: '',
      indent: 0,
      version: 3,
    }
    const doc = await createNews(
      slug,
      { title: `رابط مكسور ${run_}`, body: body(paragraph([link])) },
      'published',
    )
    const builds = await settled('anfa', since)
    expect(builds[0]!.status).toBe('failed')
    expect(builds[0]!.error).toContain('/ar/no-such-page/')
    expect(builds[0]!.error).toContain(`/ar/news/${slug}/`)
    expect(builds[0]!.log.length).toBeGreaterThan(0)
    expect(liveRelease(dist, 'anfa')).toBe(live)
    expect(listReleases(dist, 'anfa')).toEqual(releases)
    expect((await served('anfa', `/ar/news/${slug}/`)).status).toBe(404)
    // Deleting the faulty item lets the next build through.
    const after = new Date().toISOString()
    expect((await call('DELETE', `/api/news/${doc.id}`, publisher())).status).toBe(200)
    const next = await settled('anfa', after)
    expect(next[0]!.status).toBe('succeeded')
    expect(next[0]!.triggers.map((t: Json) => t.action)).toContain('delete')
  })
})

describe('scheduled publishing', { timeout: waitsForBuilds }, () => {
  it('an item scheduled a few seconds ahead goes live by itself', async () => {
    const slug = `scheduled-${run_}`
    const title = `خبر مبرمج ${run_}`
    const draft = await createNews(slug, { title }, 'draft')
    // What the admin's "Schedule publish" drawer does (Payload's schedulePublish task).
    const payload = await getBawabaPayload()
    const users = await payload.find({
      collection: 'users',
      where: { email: { equals: accountOf('district-publisher', 'anfa') } },
      depth: 0,
    })
    const since = new Date().toISOString()
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'news', value: draft.id },
        user: { relationTo: 'users', value: users.docs[0]!.id },
      },
      waitUntil: new Date(Date.now() + 3_000),
    })
    expect((await served('anfa', `/ar/news/${slug}/`)).status).toBe(404)
    const page = await until(
      'the scheduled item to be served',
      () => served('anfa', `/ar/news/${slug}/`),
      (p) => p.status === 200,
    )
    expect(page.text).toContain(title)
    const builds = await settled('anfa', since)
    expect(
      builds.flatMap((b) => b.triggers.map((t: Json) => [t.document, t.action, t.user])),
    ).toContainEqual([draft.id, 'publish', String(users.docs[0]!.id)])
  })
})

describe('time-dependent pages', { timeout: waitsForBuilds }, () => {
  it('an alert shows when its window opens and goes when it closes, with nobody publishing', async () => {
    const message = `نافذة التنبيه ${run_}`
    const now = Date.now()
    const { status, json } = await call('POST', '/api/alerts?locale=ar', jwt('admin'), {
      severity: 'info',
      message,
      startsAt: new Date(now + 10_000).toISOString(),
      endsAt: new Date(now + 25_000).toISOString(),
      sites: [siteIds.anfa],
    })
    expect(status, JSON.stringify(json)).toBe(201)
    try {
      const home = () => served('anfa', '/ar/')
      // Published at once (the alert is new), without the banner: its window is not open yet.
      await settled('anfa', new Date(now - 1000).toISOString())
      expect((await home()).text).not.toContain(message)
      // The page's answer said when it changes: the worker publishes the site then.
      await until('the banner', home, (page) => page.text.includes(message), 90_000)
      expect(Date.now()).toBeGreaterThanOrEqual(now + 10_000)
      await until('the banner to go', home, (page) => !page.text.includes(message), 90_000)
      expect(Date.now()).toBeGreaterThanOrEqual(now + 25_000)
    } finally {
      await call('DELETE', `/api/alerts/${json.doc.id}`, jwt('admin'))
    }
  })
})

describe('bursts', { timeout: waitsForBuilds }, () => {
  it('ten saves in a burst become one build, or two when one was already running', async () => {
    const doc = await createNews(`burst-${run_}`, { title: `دفعة ${run_}` }, 'published')
    await settled('anfa', new Date(Date.now() - 60_000).toISOString())
    const since = new Date().toISOString()
    for (let i = 1; i <= 10; i++) {
      const saved = await call('PATCH', `/api/news/${doc.id}?locale=ar`, publisher(), {
        title: `دفعة ${run_} — ${i}`,
        _status: 'published',
      })
      expect(saved.status).toBe(200)
    }
    const builds = await settled('anfa', since)
    expect(builds.length).toBeLessThanOrEqual(2)
    const saves = builds.flatMap((b) => b.triggers.filter((t: Json) => t.document === doc.id))
    expect(saves, JSON.stringify(builds.map((b) => b.triggers))).toHaveLength(10)
    expect((await served('anfa', `/ar/news/burst-${run_}/`)).text).toContain(`دفعة ${run_} — 10`)
  })
})

describe('who sees and asks for builds', { timeout: waitsForBuilds }, () => {
  it('publishers see their own site’s builds only; anonymous callers none', async () => {
    const mine = await call('GET', '/api/builds?limit=100&depth=0', publisher())
    expect(mine.status).toBe(200)
    expect(mine.json.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.json.docs.map((b: Json) => b.site))).toEqual(new Set([siteIds.anfa]))
    const other = await call(
      'GET',
      `/api/builds?where[site][equals]=${siteIds.anfa}&depth=0`,
      jwt('district-publisher', 'maarif'),
    )
    expect(other.json.docs ?? []).toEqual([])
    const anonymous = await call('GET', '/api/builds')
    expect([401, 403]).toContain(anonymous.status)
  })

  it('a publisher asks for a rebuild of their site; nothing else they send is taken', async () => {
    const since = new Date().toISOString()
    const asked = await call('POST', '/api/builds', publisher(), {
      site: siteIds.anfa,
      status: 'succeeded',
      release: 'forged',
      triggers: [{ collection: 'news', document: 'x', action: 'publish' }],
    })
    expect(asked.status).toBe(201)
    expect(asked.json.doc.status).toBe('queued')
    expect(asked.json.doc.release ?? null).toBeNull()
    expect(asked.json.doc.triggers.map((t: Json) => t.action)).toEqual(['manual'])
    const builds = await settled('anfa', since)
    expect(builds[0]!.status).toBe('succeeded')
  })

  it('refuses a rebuild of another district, by an editor, or anonymously, and any edit of a build', async () => {
    const other = await call('POST', '/api/builds', publisher(), { site: siteIds.maarif })
    expect(other.status).toBe(403)
    const editor = await call('POST', '/api/builds', jwt('district-editor', 'anfa'), {
      site: siteIds.anfa,
    })
    expect(editor.status).toBe(403)
    const anonymous = await call('POST', '/api/builds', undefined, { site: siteIds.anfa })
    expect([401, 403]).toContain(anonymous.status)
    const mine = await call('GET', '/api/builds?limit=1&depth=0', publisher())
    const edit = await call('PATCH', `/api/builds/${mine.json.docs[0].id}`, publisher(), {
      status: 'failed',
    })
    expect(edit.status).toBe(403)
    const remove = await call('DELETE', `/api/builds/${mine.json.docs[0].id}`, publisher())
    expect(remove.status).toBe(403)
    // Nor can staff run or queue jobs themselves.
    const runJobs = await call('GET', '/api/payload-jobs/run?queue=builds', publisher())
    expect([401, 403]).toContain(runJobs.status)
  })
})
