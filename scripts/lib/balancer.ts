/**
 * A small HTTP load balancer for the local version of the production layout (scripts/cluster.ts)
 * and its tests: round robin over the CMS instances that answer `/api/ready`, checked every
 * `checkMs`. A request whose connection is refused goes to the next instance (nothing was sent,
 * so even a POST is safe to resend); a request cut off mid-way is answered 502, as nginx or a
 * cloud balancer would, and the client retries (the forms' idempotency keys make that safe).
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Balancer {
  server: Server
  port: number
  url: string
  /** Backends in rotation now. */
  healthy(): string[]
  close(): Promise<void>
}

export async function startBalancer(
  backends: string[],
  options: { port?: number; checkMs?: number } = {},
): Promise<Balancer> {
  const up = new Set(backends)
  let next = 0

  const check = async () => {
    await Promise.all(
      backends.map(async (backend) => {
        const ok = await fetch(`${backend}/api/ready`, { signal: AbortSignal.timeout(2_000) })
          .then((response) => response.ok)
          .catch(() => false)
        if (ok) up.add(backend)
        else up.delete(backend)
      }),
    )
  }
  const timer = setInterval(() => void check(), options.checkMs ?? 1_000)

  /** Instances to try, in rotation order, the healthy ones first. */
  const order = () => {
    const start = next++ % backends.length
    const rotated = [...backends.slice(start), ...backends.slice(0, start)]
    return [...rotated.filter((b) => up.has(b)), ...rotated.filter((b) => !up.has(b))]
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const tryNext = (candidates: string[]) => {
        const backend = candidates.shift()
        if (!backend) {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('no CMS instance available')
          return
        }
        const target = new URL(req.url ?? '/', backend)
        const upstream = request(
          target,
          { method: req.method, headers: { ...req.headers, host: target.host } },
          (answer: IncomingMessage) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res)
            answer.on('error', () => res.destroy())
          },
        )
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') {
            up.delete(backend)
            return tryNext(candidates)
          }
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
          res.end('bad gateway')
        })
        upstream.end(body)
      }
      tryNext(order())
    })
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => ok())
  })
  const port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://localhost:${port}`,
    healthy: () => backends.filter((b) => up.has(b)),
    close: () =>
      new Promise((ok) => {
        clearInterval(timer)
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
