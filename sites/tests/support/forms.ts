/**
 * Speaking to the e-service edge as citizens (and attackers) do: raw HTTP to the sites server
 * with a Host header, multipart bodies built by the platform's own FormData, tokens taken
 * from rendered forms, ALTCHA challenges solved for real, and the CMS asked (as the platform
 * admin) what was stored. Each simulated citizen has an address of its own
 * (`X-Forwarded-For`, trusted by the test stack's sites server as behind a proxy).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { siteOrigin } from '@bawaba/registry'
import { solveChallenge } from 'altcha-lib'
import { deriveKey as sha } from 'altcha-lib/algorithms/sha'
import { sitesPort } from './server.ts'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  json: Record<string, any> | null
}

export function send(
  slug: string,
  urlPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sitesPort,
        method: options.method ?? 'GET',
        path: urlPath,
        headers: { host: `${slug}.localhost:${sitesPort}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          let json: Record<string, any> | null = null
          try {
            json = JSON.parse(body)
          } catch {
            json = null
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json })
        })
      },
    )
    // The server may answer (413) and close before a giant body is sent: that is an answer.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 0, headers: {}, body: error.code, json: null })
        : reject(error),
    )
    req.setTimeout(60_000, () => req.destroy(new Error(`${options.method} ${urlPath}: timeout`)))
    req.end(options.body)
  })
}

/** A fresh address per simulated citizen. */
export const newIp = () =>
  `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 250)}`

export type Fields = Record<string, string | string[]>
export interface Upload {
  name: string
  type: string
  data: Buffer
}

/** A multipart body exactly as a browser sends it (the platform's FormData encoder). */
export async function multipart(fields: Fields, files: Upload[] = [], fileField = 'files') {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  for (const file of files)
    form.append(fileField, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  const encoded = new Request('http://local/', { method: 'POST', body: form })
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    type: encoded.headers.get('content-type')!,
  }
}

export interface RenderedForm {
  token: string
  html: string
  renderedAt: number
}

export async function renderForm(
  slug: string,
  locale: string,
  service: string,
  ip = newIp(),
): Promise<RenderedForm> {
  const page = await send(slug, `/${locale}/e-services/${service}/`, {
    headers: { 'x-forwarded-for': ip },
  })
  if (page.status !== 200) throw new Error(`form ${slug}/${locale}/${service}: ${page.status}`)
  const token = /name="token" value="([^"]+)"/.exec(page.body)?.[1]
  if (!token) throw new Error('no token in the form')
  return { token, html: page.body, renderedAt: Date.now() }
}

/** Waits until a form is old enough to be taken without proof of work. */
export async function ripe(form: RenderedForm) {
  const wait = form.renderedAt + 2_200 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

/** Fetches a challenge from the site and solves it as the widget would. */
export async function solvedAltcha(slug: string, ip = newIp()): Promise<string> {
  const answer = await send(slug, '/api/altcha/', { headers: { 'x-forwarded-for': ip } })
  if (answer.status !== 200 || !answer.json) throw new Error(`challenge: ${answer.status}`)
  const challenge = answer.json as any
  const solution = await solveChallenge({ challenge, deriveKey: sha, timeout: 30_000 })
  if (!solution) throw new Error('challenge not solved')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export interface PostOptions {
  ip?: string
  origin?: string | null
  json?: boolean
  files?: Upload[]
  headers?: Record<string, string>
}

/** POSTs a form as a browser would (Origin of the site, multipart). */
export async function postForm(
  slug: string,
  locale: string,
  service: string,
  fields: Fields,
  options: PostOptions = {},
): Promise<Answer> {
  const { body, type } = await multipart(fields, options.files)
  const origin = options.origin === undefined ? siteOrigin(slug) : options.origin
  return send(slug, `/${locale}/e-services/${service}/`, {
    method: 'POST',
    body,
    headers: {
      'content-type': type,
      'x-forwarded-for': options.ip ?? newIp(),
      ...(origin ? { origin } : {}),
      ...(options.json ? { accept: 'application/json' } : {}),
      ...options.headers,
    },
  })
}

/** The rule ids an answer reports: `data-rule` attributes in HTML, `errors` in JSON. */
export function rulesOf(answer: Answer): Record<string, string> {
  if (answer.json?.errors) return answer.json.errors
  const rules: Record<string, string> = {}
  // The summary names every field in error, those without an input of their own too.
  for (const match of answer.body.matchAll(/<li data-field="([^"]+)" data-rule="([^"]+)"/g))
    rules[match[1]!] = match[2]!
  for (const match of answer.body.matchAll(
    /<p class="field-error" id="([^"]+)" data-rule="([^"]+)"/g,
  )) {
    const id = match[1]!
    const name = id === 'form-error' ? '_form' : id.replace(/^f-/, '').replace(/-error$/, '')
    rules[name] = match[2]!
  }
  return rules
}

// --- the CMS, as the platform admin ---------------------------------------------------

const dataDir = process.env.BAWABA_DATA_DIR
const cmsUrl = process.env.CMS_URL

function stackFile(name: string) {
  if (!dataDir || !existsSync(path.join(dataDir, name)))
    throw new Error('BAWABA_DATA_DIR must point at the test stack (run `npm test`)')
  return readFileSync(path.join(dataDir, name), 'utf8')
}

let adminToken: Promise<string> | null = null
export function adminJwt(): Promise<string> {
  adminToken ??= (async () => {
    const accounts = JSON.parse(stackFile('accounts.json')) as Record<
      string,
      { password: string; role: string }
    >
    const [email, account] = Object.entries(accounts).find(([, a]) => a.role === 'admin')!
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: account.password }),
    })
    const body = (await response.json()) as { token?: string }
    if (!body.token) throw new Error(`admin login: ${response.status}`)
    return body.token
  })()
  return adminToken
}

/**
 * Waits until the CMS has drained every acknowledged submission from the test stack's intake
 * (`intake.db` beside its database), so that counts compare settled states.
 */
export async function intakeSettled(timeoutMs = 30_000) {
  const file = path.join(process.env.BAWABA_DATA_DIR!, 'intake.db')
  const deadline = Date.now() + timeoutMs
  while (existsSync(file)) {
    const db = new DatabaseSync(file, { readOnly: true, timeout: 5000 })
    let pending: number
    try {
      pending = Number(
        (
          db.prepare('SELECT COUNT(*) AS n FROM intake WHERE drained_at IS NULL').get() as {
            n: number
          }
        ).n,
      )
    } finally {
      db.close()
    }
    if (pending === 0) return
    if (Date.now() > deadline) throw new Error(`the intake still holds ${pending} undrained`)
    await new Promise((ok) => setTimeout(ok, 100))
  }
}

/**
 * Submissions stored in the CMS (all sites), optionally only those matching `where`, once the
 * intake is drained.
 */
export async function storedSubmissions(query = ''): Promise<{ total: number; docs: any[] }> {
  await intakeSettled()
  const response = await fetch(`${cmsUrl}/api/submissions?limit=100&depth=0${query}`, {
    headers: { authorization: `JWT ${await adminJwt()}` },
  })
  const body = (await response.json()) as { totalDocs: number; docs: any[] }
  return { total: body.totalDocs, docs: body.docs }
}

/**
 * The CMS's records of a tracking code, once the CMS has drained it from the intake (within
 * seconds; up to 30 s on a busy machine). Empty after that wait.
 */
export async function storedByCode(code: string) {
  const deadline = Date.now() + 30_000
  for (;;) {
    const { docs } = await storedSubmissions(
      `&where[trackingCode][equals]=${encodeURIComponent(code)}`,
    )
    if (docs.length || Date.now() > deadline) return docs
    await new Promise((ok) => setTimeout(ok, 200))
  }
}

/** Changes a submission as the platform admin would in the admin (status, public reply). */
export async function handle(id: string, data: Record<string, unknown>) {
  const response = await fetch(`${cmsUrl}/api/submissions/${id}?depth=0`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${await adminJwt()}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  if (!response.ok) throw new Error(`PATCH submission: ${response.status} ${await response.text()}`)
}

/** The test stack's generated secrets (to sign tokens an attacker could not). */
export function stackSecret(name: string): string {
  const line = stackFile('secrets.env')
    .split('\n')
    .find((l) => l.startsWith(`${name}=`))
  if (!line) throw new Error(`${name} not in secrets.env`)
  return line.slice(name.length + 1)
}

/** Tracking code in a 303 receipt redirect or a JSON answer. */
export async function codeOf(slug: string, answer: Answer): Promise<string | null> {
  if (answer.json?.code) return answer.json.code
  const location = answer.headers.location
  if (answer.status !== 303 || typeof location !== 'string') return null
  const receipt = await send(slug, location)
  return /data-tracking-code[^>]*>([A-Z0-9-]+)</.exec(receipt.body)?.[1] ?? null
}

/**
 * Bytes on a socket, for requests a well-behaved client refuses to send (a Content-Length
 * that lies). Resolves with the status line's code (0 when the server just closed).
 */
export function sendRaw(slug: string, head: string[], body: Buffer | string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(sitesPort, '127.0.0.1')
    let received = ''
    socket.on('connect', () => {
      socket.write(
        [...head, `Host: ${slug}.localhost:${sitesPort}`, 'Connection: close', '', ''].join('\r\n'),
      )
      socket.write(body)
    })
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)
      if (status) {
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', () => resolve(0))
    socket.on('close', () => resolve(0))
    socket.setTimeout(30_000, () => socket.destroy())
  })
}
