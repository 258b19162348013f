/**
 * No acknowledged submission is lost and none is stored twice when the CMS crashes in the
 * middle of a burst. The shared stack's CMS keeps serving the other test files: this file
 * runs a second CMS on a snapshot of its database and its own sites server (in this process,
 * with the built bundles), SIGKILLs that CMS while the edge is waiting on it in the middle of
 * 60 complaints from distinct addresses, and starts it again once the rest have posted into
 * the outage. Every citizen retries with the same form token, as the enhanced form does on
 * "unavailable"; the CMS's idempotency key must make each of them one record, and every code
 * a citizen was given must be in the database.
 */
import type { ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms } from '../../scripts/lib/cms.ts'
import { freePort, stopService } from '../../scripts/lib/processes.ts'
import { startSitesServer, type SitesServer } from '../../scripts/serve-sites.ts'
import {
  addressOf,
  complaintForm,
  fileUntilAcknowledged,
  keyOf,
  loadForm,
  postForm,
  type Edge,
  type EdgeAnswer,
  type Filing,
} from '../../tests/support/citizens.ts'

const stackData = process.env.BAWABA_DATA_DIR
const dist = process.env.BAWABA_DIST
if (!stackData || !dist || !process.env.CMS_URL)
  throw new Error('BAWABA_DATA_DIR, BAWABA_DIST and CMS_URL must point at the test stack')

const site = 'anfa'
const formPath = '/fr/e-services/complaint/'
const citizens = 60
/** Posting 50 ms apart while the CMS is up. */
const calm = 20
/** Then this many at once: the CMS is killed while the edge waits on some of them. */
const rush = 8

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const savedEnv = { ...process.env }
const copy = mkdtempSync(path.join(tmpdir(), 'bawaba-durability-'))
const agent = new Agent({ keepAlive: true, maxSockets: 64 })
let cmsPort = 0
let cmsEnv: NodeJS.ProcessEnv = {}
let cms: ChildProcess | null = null
let sites: SitesServer | null = null

const cmsUrl = () => `http://localhost:${cmsPort}`

/** Submissions the edge has sent to the CMS and not yet had an answer to. */
let pendingAtCms = 0
let onSubmitSent: (() => void) | null = null
const realFetch = globalThis.fetch

/** The bundles call the global fetch: count their submissions on the way to the CMS. */
function watchSubmissions() {
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!url.endsWith('/api/submissions/submit')) return realFetch(input, init)
    pendingAtCms++
    onSubmitSent?.()
    try {
      return await realFetch(input, init)
    } finally {
      pendingAtCms--
    }
  }
}

/**
 * SIGKILL to the CMS's whole process group: a crash, nothing gets to finish or flush.
 * Answers how many submissions the edge was still waiting on when it died.
 */
async function crash(child: ChildProcess): Promise<number> {
  const pending = pendingAtCms
  const exited = new Promise((ok) => child.once('exit', ok))
  process.kill(-child.pid!, 'SIGKILL')
  await exited
  return pending
}

async function adminJwt(): Promise<string> {
  const accounts = JSON.parse(readFileSync(path.join(copy, 'accounts.json'), 'utf8')) as Record<
    string,
    { password: string; role: string }
  >
  const [email, account] = Object.entries(accounts).find(([, a]) => a.role === 'admin')!
  const response = await fetch(`${cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: account.password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`admin login on the second CMS: ${response.status}`)
  return token
}

async function adminGet(jwt: string, url: string): Promise<Record<string, any>> {
  const response = await fetch(`${cmsUrl()}${url}`, { headers: { authorization: `JWT ${jwt}` } })
  if (!response.ok) throw new Error(`GET ${url} as admin: ${response.status}`)
  return (await response.json()) as Record<string, any>
}

beforeAll(async () => {
  // A consistent snapshot while the shared CMS may be writing (SQLite's online backup).
  const source = new DatabaseSync(path.join(stackData, 'bawaba.db'), { readOnly: true })
  try {
    await backup(source, path.join(copy, 'bawaba.db'), { rate: -1 })
  } finally {
    source.close()
  }
  for (const file of ['secrets.env', 'accounts.json'])
    copyFileSync(path.join(stackData, file), path.join(copy, file))
  const secrets = Object.fromEntries(
    readFileSync(path.join(copy, 'secrets.env'), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )

  cmsPort = await freePort(3300, 3399)
  const sitesPort = await freePort(4600, 4699)
  cmsEnv = { ...process.env, ...secrets, BAWABA_DATA_DIR: copy }
  // Its mail stays in the copy (none is sent anyway: the complaints give a phone number).
  delete cmsEnv.SMTP_URL
  delete cmsEnv.DATABASE_URI
  cms = await startCms(cmsPort, cmsEnv)

  // The bundles read these at request time: this process is their sites server.
  Object.assign(process.env, {
    CMS_URL: cmsUrl(),
    FORMS_API_KEY: secrets.FORMS_API_KEY,
    FORMS_SECRET: secrets.FORMS_SECRET,
    TRUST_PROXY: '1',
    SITES_PORT: String(sitesPort),
  })
  sites = await startSitesServer({ port: sitesPort, dist })
  watchSubmissions()
}, 240_000)

afterAll(async () => {
  globalThis.fetch = realFetch
  agent.destroy()
  await sites?.close()
  if (cms) await stopService(cms)
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  rmSync(copy, { recursive: true, force: true })
})

describe('a CMS crash during a burst of submissions', () => {
  it('loses no acknowledged submission and stores none twice', async () => {
    const edge: Edge = { port: sites!.port, agent }
    const jwt = await adminJwt()
    const before = (await adminGet(jwt, '/api/submissions?limit=1')).totalDocs as number

    // Each citizen opens the form; without proof of work it must be 2 s old to be taken.
    const tokens: string[] = []
    for (let n = 0; n < citizens; n++)
      tokens.push(await loadForm(edge, site, formPath, addressOf(1000 + n)))
    await sleep(2_100)

    const firstPosts: Promise<void>[] = []
    const filings: Promise<Filing>[] = []
    /** Citizen `n` posts its form now, and again (same token) until acknowledged. */
    const file = (n: number) => {
      const form = complaintForm(site, tokens[n]!, n)
      const post = () => postForm(edge, site, formPath, form, addressOf(1000 + n))
      let first: Promise<EdgeAnswer> | null = post()
      const settled = first.then(
        () => {},
        () => {},
      )
      firstPosts.push(settled)
      filings.push(
        fileUntilAcknowledged(() => {
          const next = first ?? post()
          first = null
          return next
        }),
      )
      return settled
    }

    for (let n = 0; n < calm; n++) {
      file(n)
      await sleep(50)
    }
    // The crash comes as soon as two submissions are on their way to the CMS at once.
    let crashing: Promise<number> | undefined
    let begun!: () => void
    const crashBegun = new Promise<void>((ok) => (begun = ok))
    const crashNow = () => {
      crashing ??= crash(cms!)
      begun()
      return crashing
    }
    onSubmitSent = () => {
      if (pendingAtCms < 2) return
      onSubmitSent = null
      // On the next turn, once undici has written this request too.
      setImmediate(crashNow)
    }
    const rushed = Array.from({ length: rush }, (_, i) => file(calm + i))
    await Promise.race([crashBegun, Promise.all(rushed)])
    onSubmitSent = null
    const pendingAtCrash = await crashNow()
    for (let n = calm + rush; n < citizens; n++) {
      file(n)
      await sleep(50)
    }
    // Restart only once every citizen after the crash has had its first post answered, so
    // the outage overlaps the burst whatever the machine's speed.
    await Promise.all(firstPosts)
    cms = await startCms(cmsPort, cmsEnv)
    const done = await Promise.all(filings)

    const metOutage = done.filter((filing) => filing.unavailable > 0).length
    console.info(
      `durability: the CMS died with ${pendingAtCrash} submission(s) pending; ` +
        `${metOutage} of ${citizens} citizens met the outage and were acknowledged on a retry`,
    )
    // The edge was waiting on the CMS when it died, and everyone after posted into the outage.
    expect(pendingAtCrash).toBeGreaterThan(0)
    expect(done.slice(calm + rush).filter((filing) => filing.unavailable === 0)).toEqual([])
    const codes = done.map((filing) => filing.code)
    // One code per citizen: a retry that made a second record would show a new code.
    expect(new Set(codes).size).toBe(citizens)

    // As the admin sees them: each acknowledged code exactly once, and nothing else new.
    const found = await adminGet(
      jwt,
      `/api/submissions?limit=${citizens * 2}&depth=0&${codes
        .map((code, i) => `where[trackingCode][in][${i}]=${encodeURIComponent(code)}`)
        .join('&')}`,
    )
    const stored = (found.docs as Array<{ trackingCode: string }>).map((doc) => doc.trackingCode)
    expect(stored.sort()).toEqual([...codes].sort())
    const after = (await adminGet(jwt, '/api/submissions?limit=1')).totalDocs as number
    expect(after - before).toBe(new Set(codes).size)

    // The idempotency key is hidden from every API user, the admin too: read the database.
    const db = new DatabaseSync(path.join(copy, 'bawaba.db'), { readOnly: true })
    try {
      const twice = db
        .prepare(
          'SELECT idempotency_key, COUNT(*) AS n FROM submissions GROUP BY idempotency_key HAVING n > 1',
        )
        .all()
      expect(twice).toEqual([])
      const byKey = db.prepare('SELECT tracking_code FROM submissions WHERE idempotency_key = ?')
      for (let n = 0; n < citizens; n++)
        expect(byKey.all(keyOf(tokens[n]!)).map((row) => row.tracking_code)).toEqual([codes[n]])
    } finally {
      db.close()
    }
  }, 300_000)
})
