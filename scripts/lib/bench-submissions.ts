/**
 * The `submissions` section of `npm run bench`: e-service complaints at a target rate, open
 * loop, through the real edge (the sites server, `TRUST_PROXY=1`, each citizen its own
 * `X-Forwarded-For`) into the real CMS on SQLite, then the CMS's submit endpoint alone at the
 * same rate; before both, the same requests one at a time, so the figures show where the time
 * goes. After each loaded run the database is checked: acknowledged codes that are missing
 * (lost) and records stored twice (duplicated).
 *
 * The edge is driven by the JSON path, the request the enhanced form sends (same fields,
 * `Accept: application/json`, answer `{ ok, code }`), without the proof of work: the forms are
 * loaded first (each render gives the token that is the idempotency key) and posted once they
 * are 2 s old, as the edge requires of a form without proof of work. A citizen told
 * "unavailable" posts the same form again once the run is over, as the page asks them to.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { Agent, request } from 'node:http'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import {
  addressOf,
  complaintForm,
  keyOf,
  loadForm,
  postForm,
  type Edge,
  type EdgeAnswer,
} from '../../tests/support/citizens.ts'

export interface SubmissionsBenchOptions {
  cmsUrl: string
  sitesPort: number
  /** The stack's data folder: secrets.env, accounts.json, bawaba.db. */
  dataDir: string
  /** Processes whose CPU time is reported (their children included). */
  cmsPid?: number
  sitesPid?: number
  /** Submissions per second offered, for how long, and most in flight at once. */
  rate?: number
  seconds?: number
  concurrency?: number
  log?: (line: string) => void
}

const site = 'anfa'
const formPath = '/fr/e-services/complaint/'
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const round = (n: number, digits = 1) => Number(n.toFixed(digits))

/** Percentile (nearest rank) of sorted numbers. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** What one request came to: an acknowledged code, or an error named by status and rule. */
interface Outcome {
  code?: string
  key?: string
  error?: string
}

interface Timed extends Outcome {
  intended: number
  sent: number
  done: number
}

/**
 * Offers `count` requests at `rate` per second whatever the answers (open loop). At most
 * `concurrency` are in flight: a request due when all slots are taken is not sent and counts
 * as an error (`shed`), so the run lasts what it should and a saturated server shows as
 * errors rather than as a generator that slowed down to its pace.
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
      results[i] = { error: `shed (${concurrency} in flight)`, intended, sent, done: NaN }
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

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
  }
}

function summary(results: Timed[], started: number, rate: number, seconds: number) {
  const answered = results.filter((r) => !Number.isNaN(r.done))
  const acknowledged = results.filter((r) => r.code).length
  const lastDone = Math.max(...answered.map((r) => r.done))
  const errors: Record<string, number> = {}
  for (const r of results) if (r.error) errors[r.error] = (errors[r.error] ?? 0) + 1
  return {
    offered: { perSecond: rate, seconds, requests: results.length },
    acknowledged,
    /** Acknowledged per second, from the first request due to the last answer. */
    sustainedPerSecond: round(acknowledged / ((lastDone - started) / 1000)),
    /** Of the requests sent, whatever the answer. */
    latencyMs: percentiles(answered.map((r) => r.done - r.sent)),
    /** How late the generator sent a request (timer jitter on a busy machine). */
    generatorLagMs: round(Math.max(...results.map((r) => r.sent - r.intended))),
    errors,
  }
}

/** CPU seconds used so far by a process and its descendants (Linux /proc). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime, in clock ticks (100 per second on Linux).
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

/** POST of JSON to the CMS over a kept-alive connection. */
function postJson(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<EdgeAnswer> {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body))
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(data.length),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          let json: Record<string, any> | null = null
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, json })
        })
      },
    )
    req.on('error', reject)
    req.setTimeout(60_000, () => req.destroy(new Error('no answer')))
    req.end(data)
  })
}

/** The admin's view of the submissions, over REST with a JWT (accounts.json's password). */
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
    /** How many records carry each of these codes. */
    async recordsPerCode(codes: string[]): Promise<Map<string, number>> {
      const seen = new Map<string, number>()
      for (let i = 0; i < codes.length; i += 100) {
        const batch = codes.slice(i, i + 100)
        const where = batch
          .map((code, j) => `where[trackingCode][in][${j}]=${encodeURIComponent(code)}`)
          .join('&')
        const found = await get(`/api/submissions?limit=${batch.length * 2}&depth=0&${where}`)
        for (const doc of found.docs)
          seen.set(doc.trackingCode, (seen.get(doc.trackingCode) ?? 0) + 1)
      }
      return seen
    },
  }
}

/**
 * Lost: acknowledged codes with no record. Duplicated: codes or idempotency keys with more
 * than one record, and acknowledged keys whose record has another code. Unacknowledged:
 * records this run created that no citizen was given a code for (stored after the caller
 * gave up).
 */
async function verify(
  admin: Awaited<ReturnType<typeof adminClient>>,
  dataDir: string,
  acknowledged: Timed[],
  created: number,
) {
  const codes = acknowledged.map((r) => r.code!)
  const perCode = await admin.recordsPerCode(codes)
  const lost = codes.filter((code) => !perCode.has(code)).length
  const duplicatedCodes = [...perCode.values()].filter((n) => n > 1).length
  // The idempotency key is hidden from every API user, the admin too: read the database.
  const db = new DatabaseSync(path.join(dataDir, 'bawaba.db'), { readOnly: true })
  let duplicatedKeys = 0
  let keyWithOtherCode = 0
  try {
    duplicatedKeys = db
      .prepare(
        'SELECT idempotency_key FROM submissions GROUP BY idempotency_key HAVING COUNT(*) > 1',
      )
      .all().length
    const byKey = db.prepare('SELECT tracking_code FROM submissions WHERE idempotency_key = ?')
    for (const r of acknowledged) {
      const rows = byKey.all(r.key!).map((row) => row.tracking_code)
      if (rows.length !== 1 || rows[0] !== r.code) keyWithOtherCode++
    }
  } finally {
    db.close()
  }
  return {
    lost,
    duplicated: duplicatedCodes + duplicatedKeys + keyWithOtherCode,
    recordsCreated: created,
    unacknowledgedRecords: created - (codes.length - lost),
  }
}

export async function benchSubmissions(options: SubmissionsBenchOptions) {
  const log = options.log ?? console.log
  const rate = options.rate ?? 200
  const seconds = options.seconds ?? 30
  const concurrency = options.concurrency ?? 128
  const count = Math.round(rate * seconds)
  const single = 100
  const secrets = readSecrets(options.dataDir)
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const edge: Edge = { port: options.sitesPort, agent }
  const admin = await adminClient(options.cmsUrl, options.dataDir)

  const cmsSubmit = (n: number, idempotencyKey: string) =>
    postJson(
      agent,
      `${options.cmsUrl}/api/submissions/submit`,
      { authorization: `users API-Key ${secrets.FORMS_API_KEY}` },
      {
        service: 'complaint',
        site,
        locale: 'fr',
        idempotencyKey,
        digest: randomBytes(32).toString('hex'),
        input: {
          category: 'lighting',
          description: `Lampadaire éteint rue ${n}, depuis plusieurs soirs.`,
          phone: `06${String(n % 100_000_000).padStart(8, '0')}`,
        },
      },
    )
  const newKey = () => randomBytes(18).toString('base64url')
  const direct = async (n: number): Promise<Outcome> => {
    const key = newKey()
    const answer = await cmsSubmit(n, key)
    if (answer.status === 201 && typeof answer.json?.code === 'string')
      return { code: answer.json.code, key }
    return { error: `${answer.status} ${answer.json?.error ?? ''}`.trim() }
  }

  // Every citizen (address) loads its form first: warm-up, one at a time, then the loaded run.
  const warmUp = 30
  const total = warmUp + single + count
  log(`submissions: ${total} citizens load the complaint form`)
  const tokens: string[] = new Array(total)
  const loadStart = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < total) {
        const n = next++
        tokens[n] = await loadForm(edge, site, formPath, addressOf(n))
      }
    }),
  )
  const loadSeconds = (performance.now() - loadStart) / 1000
  const formsLoaded = {
    forms: total,
    seconds: round(loadSeconds),
    perSecond: round(total / loadSeconds),
  }
  await sleep(2_100)
  const viaEdge = async (n: number): Promise<Outcome> => {
    const answer = await postForm(
      edge,
      site,
      formPath,
      complaintForm(site, tokens[n]!, n),
      addressOf(n),
    )
    if (answer.status === 200 && answer.json?.ok === true)
      return { code: String(answer.json.code), key: keyOf(tokens[n]!) }
    return { error: `${answer.status} ${answer.json?.errors?._form ?? 'fields'}` }
  }

  // Not measured: the bundle loads, the CMS's routes and statements get hot.
  log(`submissions: warming up (${warmUp} through the edge, ${warmUp} to the CMS)`)
  for (let n = 0; n < warmUp; n++) {
    const outcome = await viaEdge(n)
    if (outcome.error) throw new Error(`warm-up filing refused: ${outcome.error}`)
    await direct(n)
  }

  // One at a time: what each part costs with nothing else going on.
  log(`submissions: ${single} one at a time, through the edge and to the CMS alone`)
  const alone = { edge: [] as number[], cms: [] as number[] }
  for (let n = warmUp; n < warmUp + single; n++) {
    let t0 = performance.now()
    await viaEdge(n)
    alone.edge.push(performance.now() - t0)
    t0 = performance.now()
    await direct(n)
    alone.cms.push(performance.now() - t0)
  }
  const oneAtATime = {
    edgeMs: percentiles(alone.edge),
    cmsMs: percentiles(alone.cms),
  }

  const cpuNow = () => ({
    cms: cpuSeconds(options.cmsPid),
    sites: cpuSeconds(options.sitesPid),
    bench: process.cpuUsage(),
  })
  /** Cores busy on average since `since` (CPU seconds per wall second). */
  const coresBusy = (since: ReturnType<typeof cpuNow>, wallSeconds: number) => {
    const bench = process.cpuUsage(since.bench)
    return {
      cms: round((cpuSeconds(options.cmsPid) - since.cms) / wallSeconds, 2),
      sites: round((cpuSeconds(options.sitesPid) - since.sites) / wallSeconds, 2),
      bench: round((bench.user + bench.system) / 1e6 / wallSeconds, 2),
    }
  }

  log(`submissions: through the edge, ${rate}/s for ${seconds}s (at most ${concurrency} at once)`)
  const first = warmUp + single
  let before = await admin.count()
  let cpu = cpuNow()
  const loaded = await openLoop(count, rate, concurrency, (i) => viaEdge(first + i))
  const edgeCores = coresBusy(cpu, (performance.now() - loaded.started) / 1000)
  const edgeFigures = summary(loaded.results, loaded.started, rate, seconds)
  // Told "unavailable", a citizen posts the same form again: the CMS must answer with the
  // record it may already have stored, not a second one.
  const unavailable = loaded.results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.error === '503 unavailable')
  if (unavailable.length) log(`submissions: ${unavailable.length} told "unavailable" post again`)
  let recovered = 0
  for (const { r, i } of unavailable) {
    const again = await viaEdge(first + i)
    if (again.code) {
      Object.assign(r, again, { error: undefined })
      recovered++
    }
  }
  const edgeAcknowledged = loaded.results.filter((r) => r.code)
  const edgeCheck = await verify(
    admin,
    options.dataDir,
    edgeAcknowledged,
    (await admin.count()) - before,
  )

  log(`submissions: the CMS endpoint alone, ${rate}/s for ${seconds}s`)
  before = await admin.count()
  cpu = cpuNow()
  const cmsLoaded = await openLoop(count, rate, concurrency, (i) => direct(first + i))
  const cmsCores = coresBusy(cpu, (performance.now() - cmsLoaded.started) / 1000)
  const cmsFigures = summary(cmsLoaded.results, cmsLoaded.started, rate, seconds)
  const cmsCheck = await verify(
    admin,
    options.dataDir,
    cmsLoaded.results.filter((r) => r.code),
    (await admin.count()) - before,
  )
  agent.destroy()

  return {
    path: 'JSON (the enhanced form’s POST, Accept: application/json), no proof of work; forms loaded first and posted once 2 s old',
    site,
    form: formPath,
    formsLoaded,
    /** Sequential requests on an idle stack: the edge's share is the difference. */
    oneAtATime: {
      ...oneAtATime,
      edgeShareMs: {
        p50: round(oneAtATime.edgeMs.p50 - oneAtATime.cmsMs.p50),
        p95: round(oneAtATime.edgeMs.p95 - oneAtATime.cmsMs.p95),
      },
    },
    concurrencyLimit: concurrency,
    edge: {
      ...edgeFigures,
      /** Of the "503 unavailable", acknowledged when the citizen posted the same form again. */
      retriedAfterUnavailable: { retried: unavailable.length, acknowledged: recovered },
      ...edgeCheck,
      coresBusy: edgeCores,
    },
    cmsDirect: { ...cmsFigures, ...cmsCheck, coresBusy: cmsCores },
    target: '≥ 200/s sustained, p99 ≤ 100 ms, 0 lost (e-services issue)',
  }
}
