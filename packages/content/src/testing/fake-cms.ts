/**
 * A stand-in for the CMS's REST wire format, for the loader's unit tests only: it answers
 * `GET /api/<collection>` with the `where`, `sort`, `select`, `limit` and `page` subset the
 * loader uses. It is a fake of the contract, not of Payload.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type Raw = Record<string, any>

/** Parses `a[b][0][c]=x` pairs into nested objects (arrays as index-keyed objects). */
export function parseQuery(search: string): Raw {
  const out: Raw = {}
  for (const [key, value] of new URLSearchParams(search)) {
    const path = key.replace(/\]/g, '').split('[')
    let node = out
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value
      else node = node[segment] ??= {}
    })
  }
  return out
}

const idOf = (value: any) => (value && typeof value === 'object' ? value.id : value)

function matches(doc: Raw, where: Raw | undefined): boolean {
  if (!where) return true
  return Object.entries(where).every(([field, condition]) => {
    if (field === 'and') return Object.values(condition as Raw).every((c) => matches(doc, c as Raw))
    if (field === 'or') return Object.values(condition as Raw).some((c) => matches(doc, c as Raw))
    const value = doc[field]
    return Object.entries(condition as Raw).every(([op, expected]) => {
      switch (op) {
        case 'equals':
          return String(idOf(value)) === expected
        case 'in':
          return Array.isArray(value)
            ? value.some((item) => String(idOf(item)) === expected)
            : String(idOf(value)) === expected
        case 'greater_than_equal':
          return String(value) >= String(expected)
        default:
          throw new Error(`fake CMS: operator '${op}' not supported`)
      }
    })
  })
}

export interface FakeCms {
  url: string
  collections: Record<string, Raw[]>
  /** Every request path + query, in order. */
  requests: string[]
  close(): Promise<void>
}

export async function startFakeCms(collections: Record<string, Raw[]>): Promise<FakeCms> {
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    requests.push(decodeURIComponent(url.pathname + url.search))
    const name = url.pathname.replace(/^\/api\//, '')
    const docs = collections[name]
    if (!docs) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
      return
    }
    const query = parseQuery(url.search)
    let found = docs.filter((doc) => matches(doc, query.where))
    if (query.sort === '-updatedAt') {
      found = [...found].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
    }
    const limit = Number(query.limit ?? 10)
    const page = Number(query.page ?? 1)
    const slice = found.slice((page - 1) * limit, page * limit)
    const selected = query.select
      ? slice.map((doc) =>
          Object.fromEntries(['id', ...Object.keys(query.select)].map((k) => [k, doc[k]])),
        )
      : slice
    const totalPages = Math.max(1, Math.ceil(found.length / limit))
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        docs: selected,
        totalDocs: found.length,
        totalPages,
        page,
        hasNextPage: page < totalPages,
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    collections,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
