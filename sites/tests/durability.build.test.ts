/**
 * No acknowledged submission is lost and none is stored twice when the edge and the CMS crash
 * in the middle of a burst. The shared stack keeps serving the other test files: this file
 * runs a second CMS on a snapshot of its database, with an intake of its own, and a second
 * sites server (the edge) as child processes, and files 60 complaints from distinct addresses:
 *
 * 1. 20 calmly, then a rush of 16 at once;
 * 2. during the rush, SIGKILL to the CMS as soon as the intake holds entries it has not
 *    drained (it dies mid-drain), then SIGKILL to the edge while posts are open on it;
 * 3. the other citizens post into the outage; the edge comes back first, and takes them
 *    while the CMS is still down (the intake does not need it); then the CMS comes back and
 *    drains everything.
 *
 * Every citizen posts the same form (same token) until acknowledged, as the enhanced form does.
 * After recovery every acknowledged code is in the CMS exactly once, under the key of the form
 * it was given for, the intake is empty, and no idempotency key is stored twice anywhere.
 */
import type { ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, startSites } from '../../scripts/lib/cms.ts'
import { freePort, stopService } from '../../scripts/lib/processes.ts'
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
/** Posting 50 ms apart while everything is up. */
const calm = 20
/** Then this many at once: the CMS and the edge die during it. */
const rush = 16

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const copy = mkdtempSync(path.join(tmpdir(), 'bawaba-durability-'))
const intakeFile = path.join(copy, 'intake.db')
const agent = new Agent({ keepAlive: true, maxSockets: 64 })
let cmsPort = 0
let sitesPort = 0
let cmsEnv: NodeJS.ProcessEnv = {}
let sitesEnv: NodeJS.ProcessEnv = {}
let cms: ChildProcess | null = null
let sites: ChildProcess | null = null

const cmsUrl = () => `http://localhost:${cmsPort}`

/** SIGKILL to the whole process group: a crash, nothing gets to finish or flush. */
async function crash(child: ChildProcess): Promise<void> {
  const exited = new Promise((ok) => child.once('exit', ok))
  process.kill(-child.pid!, 'SIGKILL')
  await exited
}

/** Entries acknowledged and not yet drained, read from the intake's file. */
function backlog(): number {
  const db = new DatabaseSync(intakeFile, { readOnly: true, timeout: 5000 })
  try {
    return Number(
      (
        db.prepare('SELECT COUNT(*) AS n FROM intake WHERE drained_at IS NULL').get() as {
          n: number
        }
      ).n,
    )
  } catch {
    return 0 // not created yet
  } finally {
    db.close()
  }
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
  sitesPort = await freePort(4600, 4699)
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    INTAKE_URI: `file:${intakeFile}`,
  }
  delete shared.SMTP_URL
  delete shared.DATABASE_URI
  // Its mail stays in the copy (none is sent anyway: the complaints give a phone number).
  cmsEnv = { ...shared, BAWABA_DATA_DIR: copy }
  sitesEnv = { ...shared, CMS_URL: cmsUrl(), BAWABA_DIST: dist, TRUST_PROXY: '1' }
  cms = await startCms(cmsPort, cmsEnv)
  sites = await startSites(sitesPort, sitesEnv)
}, 240_000)

afterAll(async () => {
  agent.destroy()
  if (sites) await stopService(sites)
  if (cms) await stopService(cms)
  rmSync(copy, { recursive: true, force: true })
})

describe('the edge and the CMS crash during a burst of submissions', () => {
  it('loses no acknowledged submission and stores none twice', async () => {
    const edge: Edge = { port: sitesPort, agent }
    const jwt = await adminJwt()
    const before = (await adminGet(jwt, '/api/submissions?limit=1')).totalDocs as number

    // Each citizen opens the form; without proof of work it must be 2 s old to be taken.
    const tokens: string[] = []
    for (let n = 0; n < citizens; n++)
      tokens.push(await loadForm(edge, site, formPath, addressOf(1000 + n)))
    await sleep(2_100)

    let open = 0
    const firstPosts: Promise<void>[] = []
    const filings: Promise<Filing>[] = []
    /** Citizen `n` posts its form now, and again (same token) until acknowledged. */
    const file = (n: number) => {
      const form = complaintForm(site, tokens[n]!, n)
      const post = () => {
        open++
        return postForm(edge, site, formPath, form, addressOf(1000 + n), 20_000).finally(
          () => open--,
        )
      }
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
        }, [500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000]),
      )
    }

    for (let n = 0; n < calm; n++) {
      file(n)
      await sleep(50)
    }
    for (let n = calm; n < calm + rush / 2; n++) file(n)
    // The CMS dies as soon as the intake holds what it has not drained yet…
    // (The count seen is kept: read again, the CMS may have drained it in between.)
    const deadline = Date.now() + 20_000
    let undrainedAtCrash = 0
    while ((undrainedAtCrash = backlog()) === 0 && Date.now() < deadline) await sleep(2)
    await crash(cms!)
    // …and the edge while the second half of the rush is open on it.
    for (let n = calm + rush / 2; n < calm + rush; n++) file(n)
    await new Promise((ok) => setImmediate(ok))
    const openAtCrash = open
    await crash(sites!)
    for (let n = calm + rush; n < citizens; n++) {
      file(n)
      await sleep(50)
    }
    // The edge comes back once everyone after the crash has met the outage.
    await Promise.all(firstPosts)
    sites = await startSites(sitesPort, sitesEnv)
    // The intake takes the rest with the CMS still down: acknowledged, not yet in the CMS.
    const whileCmsDown = await Promise.race([
      Promise.all(filings).then(() => 'all acknowledged'),
      sleep(30_000).then(() => 'still waiting'),
    ])
    const waitingForTheCms = backlog()
    cms = await startCms(cmsPort, cmsEnv)
    const done = await Promise.all(filings)
    for (let i = 0; i < 600 && backlog() > 0; i++) await sleep(100)

    const metOutage = done.filter((filing) => filing.unavailable > 0).length
    console.info(
      `durability: the CMS died just after ${undrainedAtCrash} entries were seen undrained, the edge with ` +
        `${openAtCrash} post(s) open; ${metOutage} of ${citizens} citizens met the outage and ` +
        `were acknowledged on a retry; ${waitingForTheCms} acknowledged while the CMS was down`,
    )
    expect(undrainedAtCrash).toBeGreaterThan(0)
    expect(whileCmsDown).toBe('all acknowledged')
    expect(waitingForTheCms).toBeGreaterThan(0)
    // Everyone after the crash posted into the outage and was acknowledged later.
    expect(done.slice(calm + rush).filter((filing) => filing.unavailable === 0)).toEqual([])
    const codes = done.map((filing) => filing.code)
    // One code per citizen: a retry that made a second record would show a new code.
    expect(new Set(codes).size).toBe(citizens)
    expect(backlog()).toBe(0)

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
    expect(after - before).toBe(citizens)

    // The idempotency key is hidden from every API user, the admin too: read the databases.
    const db = new DatabaseSync(path.join(copy, 'bawaba.db'), { readOnly: true })
    const intake = new DatabaseSync(intakeFile, { readOnly: true })
    try {
      for (const [base, table] of [
        [db, 'submissions'],
        [intake, 'intake'],
      ] as const)
        expect(
          base
            .prepare(
              `SELECT idempotency_key, COUNT(*) AS n FROM ${table} GROUP BY idempotency_key HAVING n > 1`,
            )
            .all(),
        ).toEqual([])
      const byKey = db.prepare('SELECT tracking_code FROM submissions WHERE idempotency_key = ?')
      for (let n = 0; n < citizens; n++)
        expect(byKey.all(keyOf(tokens[n]!)).map((row) => row.tracking_code)).toEqual([codes[n]])
    } finally {
      db.close()
      intake.close()
    }
  }, 300_000)
})
