/**
 * The CMS's production server: the built Next.js app (the admin and Payload's API) behind an HTTP
 * server of our own, so that a restart drains instead of cutting requests (lib/drain.ts):
 * SIGTERM → `/api/ready` says 503 for DRAIN_DELAY_MS → the listener closes → the requests in
 * flight finish → the database closes → exit 0. `next start` closes the listener at once and
 * cannot say "not ready" first; Next.js's own signal handling is off (NEXT_MANUAL_SIG_HANDLE).
 *
 *   npm start --workspace cms      (CMS_PORT or PORT, default 3000; HOST, default all addresses)
 */
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_MANUAL_SIG_HANDLE = 'true'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
// Every CMS server process drains the e-services intake (one at a time, by lease:
// intake/runner.ts). Next.js sets NEXT_RUNTIME, which the runner looks for, only under `next
// start`, not in a custom server; INTAKE_RUNNER=off still turns it off.
process.env.INTAKE_RUNNER ??= 'on'

const { createServer } = await import('node:http')
const { default: next } = await import('next')
const { drainOnSignals, trackRequests } = await import('./src/lib/drain.ts')

const port = Number(process.env.CMS_PORT ?? process.env.PORT ?? 3000)
const hostname = process.env.HOST || undefined
const log = (line: string) => console.log(`[cms:${port}] ${line}`)

const app = next({ dev: false, dir: import.meta.dirname, port, hostname })
await app.prepare()
const handle = app.getRequestHandler()
const server = createServer((req, res) => {
  handle(req, res).catch((error: Error) => {
    log(`${req.method} ${req.url}: ${error.message}`)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
    res.end('Internal Server Error')
  })
})
trackRequests(server)
drainOnSignals(server, { log })
server.listen(port, hostname, () => log(`ready on http://${hostname ?? 'localhost'}:${port}`))
