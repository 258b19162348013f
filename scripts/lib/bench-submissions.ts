/**
 * The `submissions` section of `npm run bench`: e-service complaints offered at a fixed rate,
 * open loop, through the real edge (the sites server with its bound on posts in flight,
 * `TRUST_PROXY=1`, each citizen its own `X-Forwarded-For`) into the intake, drained by the real
 * CMS on SQLite. Two surges, as the e-services surge issue sets them:
 *
 * - 200/s for 60 s: acknowledged per second, latency of the answers (p50, p99), refusals
 *   ("busy", 503), then how long the intake takes to drain into the CMS once the surge is over,
 *   and lost and duplicated records; during it, a member of staff opens the submissions list
 *   of the admin (the page and its REST list) every second: how long each answer takes;
 * - 400/s for 30 s: the same, and how fast the refusals come (p99 of refusals);
 * - then what one refusal costs the edge, by the JSON path and by the page (`refusalCost`).
 *
 * The edge is driven by the JSON path, the request the enhanced form sends (same fields,
 * `Accept: application/json`, answer `{ ok, code }`), without the proof of work. The form
 * tokens are minted with the stack's FORMS_SECRET, as a form render would (rendering 24,000
 * forms first would measure the page, not the submission), and posted once 2 s old, as the
 * edge requires of a form without proof of work. Every figure carries the machine's load
 * average (`uptime`) at the time: the machine is shared.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { Agent, request, type ClientRequest } from 'node:http'
import { loadavg } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { newFormToken } from '../../sites/src/lib/eservices/tokens.ts'
import {
  addressOf,
  complaintForm,
  edgeRequest,
  keyOf,
  originOf,
  postForm,
  type Edge,
} from '../../tests/support/citizens.ts'

export interface SubmissionsBenchOptions {
  cmsUrl: string
  sitesPort: number
  /** The stack's data folder: secrets.env, accounts.json, bawaba.db, intake.db. */
  dataDir: string
  /** Processes whose CPU time is reported (their children included). */
  cmsPid?: number
  sitesPid?: number
  /** The surge, then the overload: submissions per second offered, and for how long. */
  rate?: number
  seconds?: number
  overloadRate?: number
  overloadSeconds?: number
  /** Most requests the generator keeps open at once (beyond: counted as shed, not sent). */
  concurrency?: number
  /** Longest wait for the intake to drain after a surge. */
  drainTimeoutSeconds?: number
  log?: (line: string) => void
}

const site = 'anfa'
const service = 'complaint'
const formPath = '/fr/e-services/complaint/'
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const round = (n: number, digits = 1) => Number(n.toFixed(digits))
const load = () => loadavg().map((n) => round(n, 2)) as [number, number, number]

/** Percentile (nearest rank) of sorted numbers. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
  }
}

/** What one request came to: an acknowledged code, a refusal ("busy"), or an error. */
interface Outcome {
  code?: string
  key?: string
  busy?: boolean
  error?: string
}
interface Timed extends Outcome {
  intended: number
  sent: number
  done: number
}

/**
 * Offers `count` requests at `rate` per second whatever the answers (open loop). At most
 * `concurrency` are open at once: a request due when all are taken is not sent and counts as
 * an error (`shed`), so a stuck server shows as errors rather than as a generator that slowed
 * down to its pace.
 */
async function openLoop(
  count: number,
  rate: number,
  concurrency: number,
  send: (i: number) => Promise<Outcome>,
): Promise<{ results: Timed[]; started: number }> {
  const results: Timed[] = new Array(count)
  let inFlight = 0
  const started = performance.now() + 20
  const tasks: Promise<void>[] = []
  for (let i = 0; i < count; i++) {
    const intended = started + (i * 1000) / rate
    const delay = intended - performance.now()
    if (delay >= 1) await sleep(delay)
    const sent = performance.now()
    if (inFlight >= concurrency) {
      results[i] = { error: `shed (${concurrency} open)`, intended, sent, done: NaN }
      continue
    }
    inFlight++
    tasks.push(
      send(i)
        .catch((error: Error & { code?: string }) => ({
          error: `network ${error.code ?? error.message}`,
        }))
        .then((outcome) => {
          results[i] = { ...outcome, intended, sent, done: performance.now() }
          inFlight--
        }),
    )
  }
  await Promise.all(tasks)
  return { results, started }
}

/** CPU seconds used so far by a process and its descendants (Linux /proc). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    let total = (Number(fields[11]) + Number(fields[12])) / 100
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      for (const child of children.trim().split(/\s+/).filter(Boolean))
        total += cpuSeconds(Number(child))
    }
    return total
  } catch {
    return 0
  }
}

function readSecrets(dataDir: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path.join(dataDir, 'secrets.env'), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )
}

/** GET with a timing, over its own connection (staff are not queued behind the citizens). */
function timedGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const req = request(url, { headers, agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }))
    })
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }))
    req.setTimeout(30_000, () => req.destroy())
    req.end()
  })
}

/** The admin's session (accounts.json's password) and what it reads. */
async function adminClient(cmsUrl: string, dataDir: string) {
  const accounts = JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
    string,
    { password: string; role: string }
  >
  const [email, account] = Object.entries(accounts).find(([, a]) => a.role === 'admin')!
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: account.password }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`admin login: ${login.status}`)
  const get = async (url: string) => {
    const response = await fetch(`${cmsUrl}${url}`, { headers: { authorization: `JWT ${token}` } })
    if (!response.ok) throw new Error(`GET ${url} as admin: ${response.status}`)
    return (await response.json()) as { totalDocs: number; docs: Array<Record<string, any>> }
  }
  return {
    count: async () => (await get('/api/submissions?limit=1')).totalDocs,
    /** The list view as staff open it: the admin page, then the REST list it shows. */
    listView: async () => ({
      page: await timedGet(`${cmsUrl}/admin/collections/submissions`, {
        cookie: `payload-token=${token}`,
      }),
      api: await timedGet(`${cmsUrl}/api/submissions?limit=10&depth=0&sort=-createdAt`, {
        authorization: `JWT ${token}`,
      }),
    }),
  }
}

/** Staff open the list every second while `running()`; how long each answer took. */
async function watchAdmin(admin: Awaited<ReturnType<typeof adminClient>>, running: () => boolean) {
  const page: number[] = []
  const api: number[] = []
  let failed = 0
  while (running()) {
    const t0 = performance.now()
    const view = await admin.listView()
    page.push(view.page.ms)
    api.push(view.api.ms)
    if (view.page.status !== 200 || view.api.status !== 200) failed++
    await sleep(Math.max(0, 1000 - (performance.now() - t0)))
  }
  return { page, api, failed }
}

/** The intake's backlog, read from its file (the bench stack is SQLite). */
function intakeBacklog(dataDir: string): number {
  const db = new DatabaseSync(path.join(dataDir, 'intake.db'), { readOnly: true, timeout: 5000 })
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM intake WHERE drained_at IS NULL').get() as {
      n: number
    }
    return Number(row.n)
  } finally {
    db.close()
  }
}

/**
 * Lost: acknowledged codes with no submission, or whose key was recorded under another code.
 * Duplicated: codes or idempotency keys recorded more than once, in the CMS or in the intake.
 * Read from the databases: the idempotency key is hidden from every API user.
 */
function verify(dataDir: string, acknowledged: Timed[]) {
  const cms = new DatabaseSync(path.join(dataDir, 'bawaba.db'), { readOnly: true, timeout: 5000 })
  const intake = new DatabaseSync(path.join(dataDir, 'intake.db'), {
    readOnly: true,
    timeout: 5000,
  })
  try {
    const twice = (db: DatabaseSync, table: string, column: string) =>
      db.prepare(`SELECT ${column} FROM ${table} GROUP BY ${column} HAVING COUNT(*) > 1`).all()
        .length
    const byKey = cms.prepare('SELECT tracking_code FROM submissions WHERE idempotency_key = ?')
    let lost = 0
    for (const r of acknowledged) {
      const rows = byKey.all(r.key!).map((row) => row.tracking_code)
      if (rows.length === 0 || rows[0] !== r.code) lost++
    }
    const codes = acknowledged.map((r) => r.code!)
    return {
      lost,
      duplicated:
        twice(cms, 'submissions', 'idempotency_key') +
        twice(cms, 'submissions', 'tracking_code') +
        twice(intake, 'intake', 'idempotency_key') +
        (codes.length - new Set(codes).size),
    }
  } finally {
    cms.close()
    intake.close()
  }
}

export async function benchSubmissions(options: SubmissionsBenchOptions) {
  const log = options.log ?? console.log
  const concurrency = options.concurrency ?? 1024
  const secrets = readSecrets(options.dataDir)
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const edge: Edge = { port: options.sitesPort, agent }
  const admin = await adminClient(options.cmsUrl, options.dataDir)
  let citizen = 1_000_000 + Math.floor(Math.random() * 1_000_000) * 10
  /** `count` forms as `count` renders would give them, 2 s old by the time they are posted. */
  const forms = (count: number) =>
    Array.from({ length: count }, () => {
      const n = citizen++
      return { n, token: newFormToken(secrets.FORMS_SECRET!, site, service, Date.now() - 5_000) }
    })
  const file = async (form: { n: number; token: string }): Promise<Outcome> => {
    const answer = await postForm(
      edge,
      site,
      formPath,
      complaintForm(site, form.token, form.n),
      addressOf(form.n % 16_000_000),
    )
    if (answer.status === 200 && answer.json?.ok === true)
      return { code: String(answer.json.code), key: keyOf(form.token) }
    if (answer.status === 503 && answer.json?.errors?._form === 'busy') return { busy: true }
    return { error: `${answer.status} ${answer.json?.errors?._form ?? 'fields'}` }
  }

  // The admin's list view once before anything else: the first view after the CMS started loads
  // the route's code. Reported on its own: staff at work during a surge have had the admin open.
  const firstView = await admin.listView()
  const adminFirstViewMs = { page: firstView.page.ms, api: firstView.api.ms }
  log(
    `submissions: the admin's first list view after the CMS started: ${round(adminFirstViewMs.page)} ms`,
  )
  // Not measured: the bundle loads, statements and code paths get hot.
  log('submissions: warming up (50 through the edge)')
  for (const form of forms(50)) {
    const outcome = await file(form)
    if (outcome.error || outcome.busy) throw new Error(`warm-up filing refused: ${outcome.error}`)
  }
  log('submissions: 100 one at a time')
  const alone: number[] = []
  for (const form of forms(100)) {
    const t0 = performance.now()
    await file(form)
    alone.push(performance.now() - t0)
  }
  const oneAtATime = { ...percentiles(alone), loadAverage: load() }
  await waitForDrain(options, 120)
  // Receipts and leases settle; then nothing happens for a while.
  await sleep(2_000)
  log('submissions: the CMS idle for 10 s (what its intake runner costs)')
  const idle = await idleCost(options)

  const surge = async (rate: number, seconds: number) => {
    const count = Math.round(rate * seconds)
    const prepared = forms(count)
    const loadBefore = load()
    const cpu = { cms: cpuSeconds(options.cmsPid), sites: cpuSeconds(options.sitesPid) }
    const before = await admin.count()
    log(`submissions: ${rate}/s for ${seconds}s through the edge`)
    let running = true
    const staff = watchAdmin(admin, () => running)
    const loaded = await openLoop(count, rate, concurrency, (i) => file(prepared[i]!))
    running = false
    const ended = performance.now()
    const wall = (ended - loaded.started) / 1000
    const coresBusy = {
      cms: round((cpuSeconds(options.cmsPid) - cpu.cms) / wall, 2),
      sites: round((cpuSeconds(options.sitesPid) - cpu.sites) / wall, 2),
    }
    const loadDuring = load()
    const { page, api, failed } = await staff
    const drainSeconds = await waitForDrain(options, options.drainTimeoutSeconds ?? 900, ended)
    const acknowledged = loaded.results.filter((r) => r.code)
    const refused = loaded.results.filter((r) => r.busy)
    const errors: Record<string, number> = {}
    for (const r of loaded.results) if (r.error) errors[r.error] = (errors[r.error] ?? 0) + 1
    const answered = loaded.results.filter((r) => !Number.isNaN(r.done))
    const lastDone = Math.max(...answered.map((r) => r.done))
    const acknowledgedLatency = percentiles(acknowledged.map((r) => r.done - r.sent))
    const refusedLatency = percentiles(refused.map((r) => r.done - r.sent))
    const check = verify(options.dataDir, acknowledged)
    const recorded = (await admin.count()) - before
    const figures = {
      offered: { perSecond: rate, seconds, requests: count },
      acknowledged: acknowledged.length,
      /** Acknowledged per second, from the first request due to the last answer. */
      acknowledgedPerSecond: round(acknowledged.length / ((lastDone - loaded.started) / 1000)),
      p50Ms: acknowledgedLatency.p50,
      p99Ms: acknowledgedLatency.p99,
      latencyMs: acknowledgedLatency,
      refused: refused.length,
      refusedLatencyMs: refusedLatency,
      errors,
      lost: check.lost,
      duplicated: check.duplicated,
      /** Records the CMS gained: acknowledged ones only (nothing refused was stored). */
      recordedInCms: recorded,
      /** From the last answer to an empty intake, every acknowledged code in the CMS. */
      drainSeconds,
      adminListViewMs: {
        page: percentiles(page),
        api: percentiles(api),
        views: page.length,
        failed,
        /** Each view's page, in order: where the slow ones fell. */
        pageSamples: page.map((ms) => round(ms)),
      },
      coresBusy,
      /** How late the generator sent a request (timer jitter on a busy machine). */
      generatorLagMs: round(Math.max(...loaded.results.map((r) => r.sent - r.intended))),
      loadAverage: { before: loadBefore, atEnd: loadDuring, afterDrain: load() },
    }
    log(
      `submissions: ${rate}/s offered → ${figures.acknowledgedPerSecond}/s acknowledged, ` +
        `p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.refused} refused` +
        `${refused.length ? ` (p99 ${refusedLatency.p99} ms)` : ''}, ` +
        `lost ${figures.lost}, duplicated ${figures.duplicated}, ` +
        `drained in ${drainSeconds} s; admin list page p99 ${figures.adminListViewMs.page.p99} ms ` +
        `(load ${loadDuring.join(' ')})`,
    )
    return figures
  }

  const main = await surge(options.rate ?? 200, options.seconds ?? 60)
  const overload = await surge(options.overloadRate ?? 400, options.overloadSeconds ?? 30)
  agent.destroy()
  log('submissions: what a refusal costs the edge (its places held by stalled posts)')
  const edgeMaxInFlight = Number(process.env.EDGE_MAX_IN_FLIGHT || 32)
  const refusal = await refusalCost(
    { port: options.sitesPort },
    edgeMaxInFlight,
    options.sitesPid,
    (n) => complaintForm(site, forms(1)[0]!.token, n),
  ).catch((error: Error) => ({ error: error.message }))
  // A failure here is recorded, and the surge's figures above are still written.
  if ('error' in refusal) log(`submissions: the refusal's cost not measured: ${refusal.error}`)
  else
    log(
      `submissions: a refusal costs the edge ${refusal.json.cpuMsEach} ms of CPU by JSON ` +
        `(p50 ${refusal.json.p50} ms), ${refusal.page.cpuMsEach} ms with the page (p50 ` +
        `${refusal.page.p50} ms) (load ${refusal.loadAverage.join(' ')})`,
    )
  return {
    path: 'JSON (the enhanced form’s POST, Accept: application/json), no proof of work; tokens minted as a render would, posted once 2 s old',
    site,
    form: formPath,
    edgeMaxInFlight,
    oneAtATimeMs: oneAtATime,
    /** The admin's list view the first time after the CMS started (page, then its REST list). */
    adminFirstViewMs,
    /** The CMS with nothing to do: did its intake runner write, and what CPU it used. */
    idle,
    ...main,
    overload,
    /** What one refusal costs the edge, by the enhanced form (JSON) and by the plain page. */
    refusal,
    target:
      '200/s for 60 s: ≥ 200/s acknowledged, p99 ≤ 100 ms, 0 lost, 0 duplicated; 400/s for 30 s: refusals p99 ≤ 100 ms; admin list ≤ 1 s during the surge',
  }
}

/**
 * What a refusal costs the edge. Its places are taken by `places` posts whose bodies never end
 * (as stalled uploads would), then `count` posts are refused one after the other, by each path:
 * the enhanced form's (JSON, answered by the sites server before the site's bundle runs) and the
 * plain form's (its page rendered again with the form filled). Each figure is the answer's
 * latency one at a time (p50, p99) and the edge's CPU time per refusal (/proc).
 */
async function refusalCost(
  edge: Edge,
  places: number,
  sitesPid: number | undefined,
  form: (n: number) => string,
  count = 200,
) {
  const stalled: ClientRequest[] = []
  const post = (accept: string, n: number) =>
    edgeRequest(edge, site, {
      method: 'POST',
      path: formPath,
      headers: {
        origin: originOf(edge, site),
        'content-type': 'application/x-www-form-urlencoded',
        accept,
        'x-forwarded-for': addressOf(n),
      },
      body: form(n),
    })
  try {
    for (let i = 0; i < places; i++) {
      const req = request({
        host: '127.0.0.1',
        port: edge.port,
        method: 'POST',
        path: formPath,
        agent: false,
        headers: {
          host: `${site}.localhost:${edge.port}`,
          origin: originOf(edge, site),
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': '100000',
          // Each its own citizen, in a range the surge never used: one address's budget of plain
          // posts (8 an hour) would answer the others at once and free their places.
          'x-forwarded-for': addressOf(9_000_000 + i),
        },
      })
      req.on('error', () => {})
      req.write('token=')
      stalled.push(req)
    }
    // The places are taken once a post is refused.
    for (let i = 0; i < 100; i++) {
      if ((await post('application/json', i)).status === 503) break
      if (i === 99) throw new Error(`refusals: the edge still admits posts after ${places} stalled`)
      await sleep(50)
    }
    const measure = async (accept: string) => {
      const times: number[] = []
      let other = 0
      const cpu = cpuSeconds(sitesPid)
      for (let n = 0; n < count; n++) {
        const t0 = performance.now()
        const answer = await post(accept, n)
        times.push(performance.now() - t0)
        if (answer.status !== 503) other++
      }
      return {
        ...percentiles(times),
        cpuMsEach: sitesPid ? round(((cpuSeconds(sitesPid) - cpu) * 1000) / count, 2) : null,
        notRefused: other,
      }
    }
    return {
      count,
      json: await measure('application/json'),
      page: await measure('text/html'),
      loadAverage: load(),
    }
  } finally {
    for (const req of stalled) req.destroy()
  }
}

/**
 * What the CMS's intake runner costs when there is nothing to do: over `seconds` with no
 * submission, whether anything committed to the intake (its `data_version`, read from a
 * connection of ours, moves on another connection's commit) and the CMS's CPU time.
 */
async function idleCost(options: SubmissionsBenchOptions, seconds = 10) {
  const db = new DatabaseSync(path.join(options.dataDir, 'intake.db'), { readOnly: true })
  try {
    const version = () =>
      (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version
    const before = version()
    const cpu = cpuSeconds(options.cmsPid)
    await sleep(seconds * 1000)
    return {
      seconds,
      intakeWritten: version() !== before,
      cmsCpuPercent: options.cmsPid
        ? round(((cpuSeconds(options.cmsPid) - cpu) / seconds) * 100, 2)
        : null,
      loadAverage: load(),
    }
  } finally {
    db.close()
  }
}

/** Seconds until the intake is empty, or NaN after `timeoutSeconds`. */
async function waitForDrain(
  options: SubmissionsBenchOptions,
  timeoutSeconds: number,
  since = performance.now(),
): Promise<number> {
  const deadline = performance.now() + timeoutSeconds * 1000
  while (performance.now() < deadline) {
    if (intakeBacklog(options.dataDir) === 0) return round((performance.now() - since) / 1000)
    await sleep(200)
  }
  return NaN
}
