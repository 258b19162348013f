import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Talking to the test stack's CMS over HTTP, as the e-services edge and staff do: the forms
 * service by API key, staff by the JWT of the seeded accounts, mail read from the SMTP sink.
 * For `*.int.test.ts` files run by `npm test int` (which sets CMS_URL and BAWABA_DATA_DIR).
 */

export const cms = process.env.CMS_URL!
export const dataDir = process.env.BAWABA_DATA_DIR!
if (!cms || !dataDir)
  throw new Error('CMS_URL and BAWABA_DATA_DIR must point at the test stack (run `npm test int`)')

export type Json = Record<string, any>

const secrets = Object.fromEntries(
  readFileSync(path.join(dataDir, 'secrets.env'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]),
)
export const accounts = JSON.parse(
  readFileSync(path.join(dataDir, 'accounts.json'), 'utf8'),
) as Record<string, { password: string; role: string; sites: string[] }>

/** The e-services edge's credentials. */
export const service = `users API-Key ${secrets.FORMS_API_KEY}`

export interface Answer {
  status: number
  json: Json
  headers: Headers
  text: string
}

export function call(method: string, url: string, auth?: string, body?: unknown): Promise<Answer> {
  return callAt(cms, method, url, auth, body)
}

/** `call` against another CMS (an instance of a copied stack, a balancer). */
export async function callAt(
  base: string,
  method: string,
  url: string,
  auth?: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  let json: Json = {}
  try {
    json = JSON.parse(text)
  } catch {
    json = { text }
  }
  return { status: response.status, json, headers: response.headers, text }
}

const tokens: Record<string, string> = {}

/** Signs every seeded account in (call once, in `beforeAll`). */
export async function signIn() {
  for (const [email, account] of Object.entries(accounts)) {
    const { json } = await call('POST', '/api/users/login', undefined, {
      email,
      password: account.password,
    })
    tokens[email] = json.token
  }
}

/** The seeded account with a role (on a site), and its `Authorization` header. */
export function accountOf(role: string, site?: string): string {
  const found = Object.entries(accounts).find(
    ([, a]) => a.role === role && (!site || a.sites.includes(site)),
  )
  if (!found) throw new Error(`no seeded ${role}${site ? ` on ${site}` : ''}`)
  return found[0]
}
export const jwt = (role: string, site?: string) => `JWT ${tokens[accountOf(role, site)]}`

/** Encoded words of a header (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) as text. */
const decodeWords = (header: string) =>
  header.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  )

function decodeQuotedPrintable(text: string): string {
  const raw = text.replace(/=\r?\n/g, '')
  const bytes = Buffer.from(
    raw.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  )
  return bytes.toString('utf8')
}

/**
 * Mail the test stack's SMTP server received, decoded enough to read: headers with their
 * encoded words, and a text body in quoted-printable or base64 (nodemailer picks base64 for
 * mostly-Arabic text).
 */
export function mails(): string[] {
  const folder = path.join(dataDir, 'mail')
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(folder, file), 'latin1')
      const split = raw.search(/\r?\n\r?\n/)
      const head = split < 0 ? raw : raw.slice(0, split)
      const body = split < 0 ? '' : raw.slice(split).trim()
      const headers = Buffer.from(head.replace(/\r?\n[ \t]+/g, ' '), 'latin1').toString('utf8')
      const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase()
      const text =
        encoding === 'base64'
          ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
          : decodeQuotedPrintable(body)
      return `${decodeWords(headers)}\n\n${text}`
    })
}

/**
 * The first mail containing all the texts, waiting for it: receipts leave from the CMS's queue
 * (cms/src/intake/receipts.ts) within a second or so, longer on a busy machine.
 */
export async function mailWith(...texts: string[]): Promise<string | undefined> {
  for (let i = 0; i < 200; i++) {
    const found = mails().find((mail) => texts.every((text) => mail.includes(text)))
    if (found) return found
    await new Promise((ok) => setTimeout(ok, 100))
  }
  return undefined
}

export const key = () => randomBytes(16).toString('hex')
export const digest = () => randomBytes(32).toString('hex')

export const complaint = {
  category: 'lighting',
  description: 'Lampadaire éteint devant l’école depuis dix jours.',
  email: 'Citoyen.Test@Example.ma',
  phone: '06 12 34 56 78',
}

/** `POST /api/submissions/submit` as the e-services edge sends it (a complaint to Anfa). */
export const submit = (overrides: Json = {}, auth = service) =>
  call('POST', '/api/submissions/submit', auth, {
    service: 'complaint',
    site: 'anfa',
    locale: 'fr',
    idempotencyKey: key(),
    digest: digest(),
    input: complaint,
    ...overrides,
  })

/** How many documents a collection holds, counted by the platform admin. */
export const count = async (collection: string) =>
  (await call('GET', `/api/${collection}/count`, jwt('admin'))).json.totalDocs as number
