/**
 * The production layout on one machine (docs/deploy.md): two CMS instances on one database
 * behind a load balancer (scripts/lib/balancer.ts), one build worker, and the e-services edge
 * (the sites server, in this process, with the built bundles) whose CMS is the balancer. All of
 * it on a snapshot of the test stack's database, in a data folder of its own, so the shared
 * stack is never touched:
 *
 * - a login made on one instance is valid on the other; an upload written by one is served by
 *   the other;
 * - jobs run once, in the worker only: the web instances' run endpoint is shut, a scheduled
 *   publication is published once;
 * - one worker at a time: a second one waits for the first's lease; when the first crashes
 *   mid-build, the second takes over and puts the build back; SIGTERM lets a build finish, or
 *   puts it back once its drain time is over;
 * - one CMS instance is killed in the middle of editors' saves and citizens' submissions:
 *   every acknowledged save and submission is there afterwards, once;
 * - SIGTERM drains a CMS instance and the sites server: not ready at once, the request in
 *   flight answered, then exit 0.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBalancer, type Balancer } from '../../scripts/lib/balancer.ts'
import { bundlesDir } from '../../scripts/lib/publish/bundle.ts'
import { assetCache, storeFile } from '../../scripts/lib/publish/paths.ts'
import { root, startCms } from '../../scripts/lib/cms.ts'
import { nodeTs, startService, stopService, waitForHttp } from '../../scripts/lib/processes.ts'
import { startSitesServer, type SitesServer } from '../../scripts/serve-sites.ts'
import {
  addressOf,
  complaintForm,
  fileUntilAcknowledged,
  loadForm,
  postForm,
  type Edge,
} from '../../tests/support/citizens.ts'
import { snapshotStack } from './test/snapshot.ts'
import { callAt as call } from './test/stack.ts'

const stackData = process.env.BAWABA_DATA_DIR
const stackDist = process.env.BAWABA_DIST
if (!stackData || !stackDist || !process.env.CMS_URL)
  throw new Error('BAWABA_DATA_DIR, BAWABA_DIST and CMS_URL must point at the test stack')

// A copy of the stack's data, inside the checkout (the worker's builds resolve packages from
// there): killed instances and crashed builds stay out of the stack the other tests share.
let data = ''
let dist = ''
// Read before this process's environment moves to the copy.
const stackBundles = bundlesDir()
const stackAssets = assetCache()
const stackStore = storeFile()
const ports = { a: 3161, b: 3162, balancer: 3163, sites: 4461, drainSites: 4462 }
const cmsUrl = (port: number) => `http://localhost:${port}`
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const savedEnv = { ...process.env }
const agent = new Agent({ keepAlive: true, maxSockets: 32 })

let env: Record<string, string | undefined> = {}
let secrets: Record<string, string> = {}
let instances: Record<'a' | 'b', ChildProcess | null> = { a: null, b: null }
let balancer: Balancer
let sites: SitesServer
let payload: import('payload').Payload

type Json = Record<string, any>
const accounts = () =>
  JSON.parse(readFileSync(path.join(data, 'accounts.json'), 'utf8')) as Record<
    string,
    { password: string; role: string; sites: string[] }
  >
const emailOf = (role: string, site?: string) =>
  Object.entries(accounts()).find(
    ([, a]) => a.role === role && (!site || a.sites.includes(site)),
  )![0]

async function login(base: string, role: string, site?: string) {
  const email = emailOf(role, site)
  const { json, headers } = await call(base, 'POST', '/api/users/login', undefined, {
    email,
    password: accounts()[email]!.password,
  })
  const token = headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  return { jwt: `JWT ${json.token}`, cookie: token?.split(';')[0] ?? '' }
}

/** The worker's output lines, as it logs them. */
const workerLogs = new Map<ChildProcess, string[]>()
const workers = new Set<ChildProcess>()

function startWorker(name: string, drainMs: number) {
  const child = startService(name, ...nodeTs('cms/src/jobs/worker.ts'), {
    cwd: root,
    env: {
      ...env,
      CMS_URL: balancer.url,
      BAWABA_DIST: dist,
      // The stack's server bundles and made images (content-addressed: shared safely); its own
      // content store (a copy of the stack's, under `data`): the copy's content stays out of the
      // stack's store.
      BAWABA_BUNDLES: stackBundles,
      BAWABA_PUBLISH_CACHE: stackAssets,
      BUILD_DEBOUNCE_MS: '0',
      WORKER_POLL_MS: '300',
      WORKER_DRAIN_TIMEOUT_MS: String(drainMs),
      WORKER_LEASE_MS: '3000',
    } as unknown as NodeJS.ProcessEnv,
  })
  const lines: string[] = []
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')))
  workerLogs.set(child, lines)
  workers.add(child)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((ok) =>
    child.exitCode !== null ? ok(child.exitCode) : child.once('exit', (code) => ok(code)),
  )

/** Waits until `check` holds, polling; returns its last value. */
async function until<T>(
  what: string,
  check: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 240_000,
) {
  const deadline = Date.now() + ms
  let value = await check()
  while (!ok(value)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await sleep(250)
    value = await check()
  }
  return value
}

beforeAll(async () => {
  const snapshot = await snapshotStack('ops', { files: true })
  data = snapshot.data
  dist = path.join(data, 'dist')
  secrets = snapshot.secrets
  env = snapshot.env
  // The stack's content store, so the worker's first sync fetches what changed only.
  if (existsSync(stackStore)) {
    mkdirSync(path.join(data, 'content'), { recursive: true })
    const source = new DatabaseSync(stackStore, { readOnly: true })
    try {
      await backup(source, path.join(data, 'content', 'store.db'), { rate: -1 })
    } finally {
      source.close()
    }
  }
  const [a, b] = await Promise.all([
    startCms(ports.a, { ...env, DRAIN_DELAY_MS: '3000' }, 'cms-a'),
    startCms(ports.b, { ...env, DRAIN_DELAY_MS: '3000' }, 'cms-b'),
  ])
  instances = { a, b }
  balancer = await startBalancer([cmsUrl(ports.a), cmsUrl(ports.b)], {
    port: ports.balancer,
    checkMs: 500,
  })
  // The bundles read these at request time: this process is their sites server.
  Object.assign(process.env, {
    CMS_URL: balancer.url,
    FORMS_API_KEY: secrets.FORMS_API_KEY,
    FORMS_SECRET: secrets.FORMS_SECRET,
    TRUST_PROXY: '1',
    SITES_PORT: String(ports.sites),
    // The bundles are found at request time, after BAWABA_DATA_DIR moved to the copy below.
    BAWABA_BUNDLES: stackBundles,
    // The copy's intake, which its CMS instances drain (the sites server keeps one already set).
    ...(env.INTAKE_URI ? { INTAKE_URI: env.INTAKE_URI } : {}),
  })
  sites = await startSitesServer({ port: ports.sites, dist: stackDist })
  // The Local API on the copy, to look at jobs as the worker sees them.
  process.env.BAWABA_DATA_DIR = data
  const { getBawabaPayload } = await import('./lib/payload.ts')
  payload = await getBawabaPayload()
  // The stack's queue came along with the copy (builds nobody ran there): start from an empty one.
  await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await payload.delete({
    collection: 'builds',
    where: { status: { in: ['queued', 'running'] } },
    overrideAccess: true,
  })
}, 300_000)

afterAll(async () => {
  agent.destroy()
  await sites?.close()
  await balancer?.close()
  for (const child of [...workers, instances.a, instances.b]) if (child) await stopService(child)
  await payload?.destroy()
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  if (data) rmSync(data, { recursive: true, force: true })
})

describe('two CMS instances on one database', () => {
  it('takes a login made on one instance on the other, by token and by cookie', async () => {
    const { jwt, cookie } = await login(cmsUrl(ports.a), 'district-publisher', 'anfa')
    expect(cookie).toMatch(/^payload-token=./)
    const byToken = await call(cmsUrl(ports.b), 'GET', '/api/users/me', jwt)
    expect(byToken.json.user?.email).toBe(emailOf('district-publisher', 'anfa'))
    // As the admin's browser sends it: Payload takes a cookie without `Origin` only from a
    // same-origin request (its CSRF rule).
    const byCookie = await fetch(`${cmsUrl(ports.b)}/api/users/me`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(((await byCookie.json()) as Json).user?.email).toBe(
      emailOf('district-publisher', 'anfa'),
    )
  })

  it('serves from one instance the upload written by the other', async () => {
    const { jwt } = await login(cmsUrl(ports.a), 'district-publisher', 'anfa')
    const site = (await call(cmsUrl(ports.a), 'GET', '/api/sites?where[slug][equals]=anfa')).json
      .docs[0].id
    const image = await sharp({
      create: { width: 30, height: 20, channels: 3, background: '#345' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'shared.png')
    // Published: a draft upload is not public (security: uploads have drafts).
    form.append('_payload', JSON.stringify({ alt: 'Partagé', site, _status: 'published' }))
    const created = await fetch(`${cmsUrl(ports.a)}/api/media?locale=fr`, {
      method: 'POST',
      headers: { authorization: jwt },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as Json
    const fromA = await fetch(new URL(doc.url, cmsUrl(ports.a)))
    const fromB = await fetch(new URL(doc.url, cmsUrl(ports.b)))
    expect(fromB.status).toBe(200)
    expect(Buffer.from(await fromB.arrayBuffer())).toEqual(Buffer.from(await fromA.arrayBuffer()))
  })

  it('never runs jobs on a web instance: the run endpoint is shut, even to the admin', async () => {
    const { jwt } = await login(cmsUrl(ports.a), 'admin')
    for (const port of [ports.a, ports.b]) {
      const run = await call(cmsUrl(port), 'GET', '/api/payload-jobs/run', jwt)
      // Payload answers a refused `jobs.access.run` with 401.
      expect(run.status, String(port)).toBe(401)
    }
  })
})

describe('the build worker, the only job runner', { timeout: 900_000 }, () => {
  it('publishes a scheduled item once; a second worker waits, takes over from a crash, drains', async () => {
    const logOf = (child: ChildProcess) => workerLogs.get(child)!.join('\n')
    // Two workers on one database: the second waits for the first's lease.
    const first = startWorker('worker-1', 600_000)
    await until(
      'the first worker to run',
      async () => logOf(first),
      (l) => l.includes('lease taken'),
    )
    // A drain shorter than any build (a sync, a renderer, a pass): SIGTERM finds its build running.
    const second = startWorker('worker-2', 100)
    await until(
      'the second worker to wait',
      async () => logOf(second),
      (l) => l.includes('another worker'),
    )

    const { jwt } = await login(balancer.url, 'district-publisher', 'anfa')
    const site = (await call(balancer.url, 'GET', '/api/sites?where[slug][equals]=anfa')).json
      .docs[0].id
    const slug = `ops-scheduled-${Date.now().toString(36)}`
    const draft = await call(balancer.url, 'POST', '/api/news?locale=ar', jwt, {
      site,
      category: 'announcement',
      publishedAt: new Date().toISOString(),
      slug,
      title: 'خبر مبرمج للنشر',
      _status: 'draft',
    })
    expect(draft.status, JSON.stringify(draft.json)).toBe(201)
    const user = (await call(balancer.url, 'GET', '/api/users/me', jwt)).json.user
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'news', value: draft.json.doc.id },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil: new Date(Date.now() + 1_000),
    })
    await until(
      'the scheduled publication',
      async () => (await call(balancer.url, 'GET', `/api/news/${draft.json.doc.id}`)).status,
      (status) => status === 200,
    )
    // Published once: one published version.
    const published = await payload.findVersions({
      collection: 'news',
      where: {
        and: [
          { parent: { equals: draft.json.doc.id } },
          { 'version._status': { equals: 'published' } },
        ],
      },
    })
    expect(published.totalDocs).toBe(1)

    // The publication queued anfa's build (then the portal's); the first worker starts it and
    // crashes, its build with it.
    const running = () =>
      payload
        .find({ collection: 'builds', where: { status: { equals: 'running' } }, depth: 0 })
        .then((found: { docs: any[] }) => found.docs)
    const build = (await until('a running build', running, (b) => b.length === 1))[0]!
    expect(build.site).toBe(site)
    const lock = path.join(dist, 'releases', 'anfa', '.lock')
    await until('the build to hold its site', async () => existsSync(lock), Boolean, 60_000)
    process.kill(-first.pid!, 'SIGKILL')
    await exited(first)
    // Its renderer, in a group of its own (the worker's drain spares it), holds the site's lock.
    try {
      process.kill(Number(readFileSync(lock, 'utf8')), 'SIGKILL')
    } catch {
      // already gone
    }
    // The waiting worker ran nothing while the first held the lease.
    expect(logOf(second)).not.toMatch(/publishing|Running \d+ jobs/)

    // Once the crashed worker's lease expires the second takes over, puts the build back and
    // runs it again.
    const again = (
      await until(
        'the crashed build to run again',
        running,
        (b) => b.length === 1 && b[0]!.startedAt! > build.startedAt!,
      )
    )[0]!
    expect(again.id).toBe(build.id)
    expect(logOf(second)).toContain('1 interrupted build(s) queued again')

    // SIGTERM with 0.1 s to drain: the build is put back in the queue, not recorded as failed.
    // (With 2 s, a publish on the seeded stack — a sync of one answer since the store's cutoff
    // follows the CMS's clock — sometimes finished within the drain and the worker exited 0.)
    process.kill(-second.pid!, 'SIGTERM')
    expect(await exited(second)).toBe(1)
    expect(logOf(second)).toContain('the running build was put back in the queue')

    // A worker with time to drain lets the build finish, then exits 0. It starts at once: the
    // drained worker let go of its lease.
    const third = startWorker('worker-3', 600_000)
    await until(
      'the build to run a third time',
      running,
      (b) => b.length === 1 && b[0]!.id === build.id && b[0]!.startedAt! > again.startedAt!,
    )
    expect(logOf(third)).not.toContain('another worker')
    process.kill(-third.pid!, 'SIGTERM')
    expect(await exited(third)).toBe(0)
    const done = await payload.findByID({ collection: 'builds', id: build.id, depth: 0 })
    expect(done.status, `${done.error}\n${done.log}`).toBe('succeeded')
    // Its job is gone; the portal's waits, taken by nobody.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: 'builds' } },
      depth: 0,
    })
    expect(jobs.docs.filter((j: any) => j.input?.build === build.id)).toEqual([])
    expect(jobs.docs.filter((j: any) => j.processing)).toEqual([])
    // The published item is on the release that went live.
    expect(existsSync(path.join(dist, 'sites', 'anfa', 'ar', 'news', slug, 'index.html'))).toBe(
      true,
    )
  })
})

describe(
  'a CMS instance killed in the middle of saves and submissions',
  { timeout: 600_000 },
  () => {
    it('loses nothing that was acknowledged', async () => {
      const edge: Edge = { port: sites.port, agent }
      const editors = await Promise.all(
        [
          ['district-publisher', 'anfa'],
          ['district-publisher', 'maarif'],
          ['district-editor', 'anfa'],
        ].map(async ([role, slug]) => {
          const { jwt } = await login(balancer.url, role!, slug)
          const site = (await call(balancer.url, 'GET', `/api/sites?where[slug][equals]=${slug}`))
            .json.docs[0].id
          return { jwt, site, slug: slug! }
        }),
      )
      const stamp = Date.now().toString(36)
      /** Retries until acknowledged, as an editor does after "the server did not answer". */
      async function acknowledged(work: () => Promise<{ status: number; json: Json }>) {
        for (let attempt = 0; attempt < 40; attempt++) {
          const answer = await work().catch(() => ({ status: 0, json: {} }))
          if (answer.status === 200 || answer.status === 201) return answer
          // An earlier try landed before its answer was lost: the slug is taken by it.
          if (answer.status === 400 && JSON.stringify(answer.json).includes('slug')) return answer
          if (![0, 502, 503].includes(answer.status))
            throw new Error(`refused: ${answer.status} ${JSON.stringify(answer.json)}`)
          await sleep(250)
        }
        throw new Error('never acknowledged')
      }
      const saves = 10
      const lastTitle = new Map<string, string>()
      let done = 0
      const editing = editors.map(async (editor, e) => {
        const slug = `ops-kill-${stamp}-${e}`
        await acknowledged(() =>
          call(balancer.url, 'POST', '/api/news?locale=ar', editor.jwt, {
            site: editor.site,
            category: 'announcement',
            publishedAt: new Date().toISOString(),
            slug,
            title: `مسودة ${e} — 0`,
            _status: 'draft',
          }),
        )
        const id = (
          await call(
            balancer.url,
            'GET',
            `/api/news?where[slug][equals]=${slug}&draft=true`,
            editor.jwt,
          )
        ).json.docs[0].id
        for (let n = 1; n <= saves; n++) {
          const title = `مسودة ${e} — ${n}`
          await acknowledged(() =>
            call(balancer.url, 'PATCH', `/api/news/${id}?locale=ar&draft=true`, editor.jwt, {
              title,
              _status: 'draft',
            }),
          )
          lastTitle.set(slug, title)
          done++
        }
      })
      const citizens = 12
      const tokens: string[] = []
      for (let n = 0; n < citizens; n++)
        tokens.push(await loadForm(edge, 'anfa', '/fr/e-services/complaint/', addressOf(5000 + n)))
      await sleep(2_100)
      const filing = tokens.map(async (token, n) => {
        await sleep(n * 150)
        const form = complaintForm('anfa', token, 70_000 + n)
        return fileUntilAcknowledged(() =>
          postForm(edge, 'anfa', '/fr/e-services/complaint/', form, addressOf(5000 + n)),
        )
      })
      // Kill instance A once a third of the saves are in.
      await until(
        'a third of the saves',
        async () => done,
        (d) => d >= saves,
      )
      process.kill(-instances.a!.pid!, 'SIGKILL')
      await exited(instances.a!)
      instances.a = null
      await Promise.all(editing)
      const filed = await Promise.all(filing)

      const { jwt: admin } = await login(cmsUrl(ports.b), 'admin')
      for (const [slug, title] of lastTitle) {
        const found = await call(
          cmsUrl(ports.b),
          'GET',
          `/api/news?where[slug][equals]=${slug}&draft=true&locale=ar&depth=0`,
          admin,
        )
        expect(found.json.totalDocs, slug).toBe(1)
        expect(found.json.docs[0].title, slug).toBe(title)
      }
      const codes = filed.map((f) => f.code)
      expect(new Set(codes).size).toBe(citizens)
      const query = codes.map((code, i) => `where[trackingCode][in][${i}]=${code}`).join('&')
      // Acknowledged means written to the intake; the surviving instance drains it into
      // submissions behind the requests (taking the lease over from the killed one).
      const drained = async () =>
        (
          await call(cmsUrl(ports.b), 'GET', `/api/submissions?limit=100&depth=0&${query}`, admin)
        ).json.docs.map((d: Json) => d.trackingCode as string)
      const stored = await until(
        'the acknowledged complaints drained into submissions',
        drained,
        (found) => found.length >= codes.length,
        120_000,
      ).catch(drained)
      expect(stored.sort()).toEqual([...codes].sort())
    })
  },
)

/** A POST whose body is sent in two halves: in flight until `finish` is called. */
function slowPost(port: number, urlPath: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body)
  let finish!: () => void
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: urlPath,
        headers: { ...headers, 'content-length': String(bytes.length) },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        )
      },
    )
    req.on('error', reject)
    req.write(bytes.subarray(0, bytes.length >> 1))
    finish = () => req.end(bytes.subarray(bytes.length >> 1))
  })
  return { answer, finish: () => finish() }
}

describe('graceful restarts', { timeout: 180_000 }, () => {
  it('drains a CMS instance: not ready at once, the request in flight answered, then exit 0', async () => {
    const b = instances.b!
    expect((await call(cmsUrl(ports.b), 'GET', '/api/health')).json).toEqual({ ok: true })
    expect((await call(cmsUrl(ports.b), 'GET', '/api/ready')).status).toBe(200)
    const inFlight = slowPost(
      ports.b,
      '/api/submissions/submit',
      {
        'content-type': 'application/json',
        authorization: `users API-Key ${secrets.FORMS_API_KEY}`,
      },
      JSON.stringify({
        service: 'complaint',
        site: 'anfa',
        locale: 'fr',
        idempotencyKey: `drain-${Date.now()}`,
        digest: 'd'.repeat(64),
        input: {
          category: 'lighting',
          description: 'Lampadaire éteint pendant un redémarrage.',
          phone: '0612345678',
        },
      }),
    )
    await sleep(300)
    const exit = exited(b)
    process.kill(-b.pid!, 'SIGTERM')
    const ready = await until(
      'not ready',
      () => call(cmsUrl(ports.b), 'GET', '/api/ready'),
      (r) => r.status === 503,
      10_000,
    )
    expect(ready.json).toEqual({ ok: false, draining: true })
    inFlight.finish()
    const answered = await inFlight.answer
    expect(answered.status, answered.text).toBe(201)
    expect(await exit).toBe(0)
    instances.b = null
    await expect(fetch(`${cmsUrl(ports.b)}/api/health`)).rejects.toThrow()
    const stored = await payload.find({
      collection: 'submissions',
      where: { trackingCode: { equals: JSON.parse(answered.text).code } },
    })
    expect(stored.totalDocs).toBe(1)
  })

  it('drains the sites server the same way', async () => {
    const server = startService('sites-drain', ...nodeTs('scripts/serve-sites.ts'), {
      cwd: root,
      env: {
        ...env,
        BAWABA_DIST: stackDist,
        SITES_PORT: String(ports.drainSites),
        DRAIN_DELAY_MS: '2000',
      } as unknown as NodeJS.ProcessEnv,
    })
    const base = `http://localhost:${ports.drainSites}`
    await waitForHttp(`${base}/api/health`, 30_000, server)
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ ok: true })
    expect(await (await fetch(`${base}/api/ready`)).json()).toEqual({
      ok: true,
      draining: false,
      missing: [],
    })
    const inFlight = slowPost(
      ports.drainSites,
      '/fr/e-services/complaint/',
      {
        host: `anfa.localhost:${ports.drainSites}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: `http://anfa.localhost:${ports.drainSites}`,
      },
      'token=none&website=&category=lighting&description=x',
    )
    await sleep(300)
    const exit = exited(server)
    process.kill(-server.pid!, 'SIGTERM')
    const ready = await until(
      'not ready',
      () =>
        fetch(`${base}/api/ready`).then(async (r) => ({ status: r.status, json: await r.json() })),
      (r) => r.status === 503,
      10_000,
    )
    expect(ready.json.draining).toBe(true)
    inFlight.finish()
    // Answered (the form says what is wrong with it), not cut off.
    expect((await inFlight.answer).status).toBeGreaterThanOrEqual(200)
    expect(await exit).toBe(0)
  })
})
