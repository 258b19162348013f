/**
 * REST calls as the platform admin against the test stack's CMS (scripts/test.ts sets
 * CMS_URL and BAWABA_DATA_DIR; the seed keeps the accounts in accounts.json).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { toQueryString, type QueryObject } from '../query.ts'

export type Json = Record<string, any>

export function testStack() {
  const cmsUrl = process.env.CMS_URL?.replace(/\/+$/, '')
  const dataDir = process.env.BAWABA_DATA_DIR
  if (!cmsUrl || !dataDir) {
    throw new Error('CMS_URL and BAWABA_DATA_DIR must point at the test stack (run `npm test int`)')
  }
  return { cmsUrl, dataDir }
}

export interface AdminClient {
  request(method: string, url: string, body?: unknown): Promise<Json>
  list(collection: string, query: QueryObject): Promise<Json[]>
  create(collection: string, data: Json): Promise<Json>
  update(collection: string, id: string, data: Json): Promise<Json>
  remove(collection: string, id: string): Promise<Json>
  /** slug → id of every site. */
  siteIds: Record<string, string>
}

/** Logs in as the seeded platform admin. */
export async function adminClient(): Promise<AdminClient> {
  const { cmsUrl, dataDir } = testStack()
  const accounts = JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
    string,
    { password: string; role: string }
  >
  const email = Object.entries(accounts).find(([, account]) => account.role === 'admin')?.[0]
  if (!email) throw new Error(`no admin account in ${dataDir}/accounts.json`)
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: accounts[email]!.password }),
  })
  if (!login.ok) throw new Error(`admin login answered ${login.status}`)
  const token = ((await login.json()) as Json).token as string

  async function request(method: string, url: string, body?: unknown): Promise<Json> {
    const init: RequestInit = { method, headers: { authorization: `JWT ${token}` } }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      init.body = JSON.stringify(body)
      ;(init.headers as Record<string, string>)['content-type'] = 'application/json'
    }
    const response = await fetch(`${cmsUrl}${url}`, init)
    const text = await response.text()
    if (!response.ok)
      throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text) as Json
  }

  const siteIds: Record<string, string> = {}
  for (const doc of (await request('GET', '/api/sites?depth=0&limit=100')).docs)
    siteIds[doc.slug] = doc.id
  return {
    request,
    siteIds,
    list: async (collection, query) =>
      (
        await request(
          'GET',
          `/api/${collection}?${toQueryString({ depth: 0, limit: 1000, ...query })}`,
        )
      ).docs as Json[],
    create: async (collection, data) =>
      (await request('POST', `/api/${collection}?depth=0`, data)).doc as Json,
    update: async (collection, id, data) =>
      (await request('PATCH', `/api/${collection}/${id}?depth=0`, data)).doc as Json,
    remove: (collection, id) => request('DELETE', `/api/${collection}/${id}`),
  }
}
