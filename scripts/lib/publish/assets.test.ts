import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cached, fetchBytes, FetchError, writeAtomically } from './assets.ts'
import { isTransient } from './warm.ts'

let server: Server
let base: string
const hits = new Map<string, number>()

beforeAll(async () => {
  server = createServer((req, res) => {
    const n = (hits.get(req.url!) ?? 0) + 1
    hits.set(req.url!, n)
    if (req.url === '/flaky' && n < 3) return res.writeHead(503).end('busy')
    if (req.url === '/reset' && n < 2) return req.socket.destroy()
    if (req.url === '/missing') return res.writeHead(404).end('no')
    if (req.url === '/down') return res.writeHead(502).end('down')
    res.writeHead(200).end(`body of ${req.url}`)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((ok) => server.close(() => ok())))

describe('fetching what a page links from the CMS', () => {
  it('tries again after a 5xx answer or a reset connection, waiting longer each time', async () => {
    const started = Date.now()
    expect((await fetchBytes(`${base}/flaky`, { firstWaitMs: 20 })).toString()).toBe(
      'body of /flaky',
    )
    expect(hits.get('/flaky')).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40)
    expect((await fetchBytes(`${base}/reset`, { firstWaitMs: 5 })).toString()).toBe(
      'body of /reset',
    )
  })

  it('gives up after its attempts, naming the URL and each reason', async () => {
    const error = await fetchBytes(`${base}/down`, { attempts: 3, firstWaitMs: 1 }).catch((e) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect(error.message).toBe(
      `fetching ${base}/down failed 3 times: 502 Bad Gateway; 502 Bad Gateway; 502 Bad Gateway`,
    )
    expect(isTransient(error.message)).toBe(true)
  })

  it('does not ask again for what is not there', async () => {
    const error = await fetchBytes(`${base}/missing`, { firstWaitMs: 1 }).catch((e) => e)
    expect(error.reasons).toEqual(['404 Not Found'])
    expect(hits.get('/missing')).toBe(1)
  })
})

describe('cache files', () => {
  it('are written whole under a temporary name, then renamed; an empty file is not a cache entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assets-'))
    const file = join(dir, '_img', 'a-360.webp')
    expect(cached(file)).toBe(false)
    writeAtomically(file, Buffer.from('pixels'))
    expect(readFileSync(file, 'utf8')).toBe('pixels')
    expect(readdirSync(join(dir, '_img'))).toEqual(['a-360.webp'])
    expect(cached(file)).toBe(true)
    writeAtomically(join(dir, 'empty'), '')
    expect(cached(join(dir, 'empty'))).toBe(false)
  })
})

describe('which failures are worth another attempt', () => {
  it('network and process trouble, not content or broken links', () => {
    expect(isTransient('CMS unreachable: GET http://x/api/news failed (ECONNREFUSED)')).toBe(true)
    expect(isTransient('the renderer process stopped (SIGKILL)')).toBe(true)
    expect(isTransient('broken link on /ar/x/: /ar/y/')).toBe(false)
    expect(isTransient("content of site 'anfa', collection 'content': 1 problem(s)")).toBe(false)
  })
})
