/**
 * Serves the built sites locally, one host per site as in production:
 * `anfa.localhost:4321` → `<BAWABA_DIST>/sites/anfa`, bare `localhost` → the central portal.
 * A small static server (no framework): content types, `index.html` for directories, `/x` →
 * `/x/` redirects, the site's own 404 page, gzip/brotli, cache headers, no path traversal.
 * `<BAWABA_DIST>/sites/<slug>` is a link to the site's live release (scripts/lib/releases.ts),
 * resolved on every request, so a new release is served as soon as it is switched in.
 * `/pagefind/*` (each site's search index) is readable cross-origin by the central portal,
 * whose search page merges every site's index (Access-Control-Allow-Origin, as the CDN must
 * answer in production).
 * Requests under `/api/` and the e-service pages (`onDemandPath`) are rendered on demand by the
 * sites' one server bundle — the bundle that rendered the live release (`release.json`), Astro's
 * node adapter in middleware mode — for the site of the Host header, reading the content store
 * (the e-service forms, receipts and tracking, the preview): one process for all sites.
 *
 *   npm run serve:sites            (SITES_PORT, default 4321; BAWABA_DIST, default ./dist)
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { cmsUrlFromEnv, createCmsClient } from '@bawaba/content'
import { ContentSnapshot, DiskStore } from '@bawaba/content/store'
import { centralSite, localSitesPort, siteFromHost, siteOrigin, siteSlugs } from '@bawaba/registry'
import { intakeUri, loadLocalEnv } from '../cms/src/env.ts'
import { drainOnSignals, trackRequests } from '../cms/src/lib/drain.ts'
import { withRenderContext } from '../sites/src/lib/context.ts'
import {
  admissionFromEnv,
  answerRefusal,
  type Admission,
  type AdmissionTicket,
} from '../sites/src/lib/eservices/admission.ts'
import { answerHealth, healthPath } from './lib/health.ts'
import { securityHeaders } from '../sites/src/lib/securityHeaders.ts'
import { onDemandPath } from '../sites/src/lib/urls.ts'
import { bundleDir, bundleEntry } from './lib/publish/bundle.ts'
import { storeFile } from './lib/publish/paths.ts'
import { readReleaseInfo } from './lib/publish/releases-info.ts'

const repo = fileURLToPath(new URL('..', import.meta.url))

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index: gzip-compressed binary chunks, read by its own code (never re-compressed).
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg'])

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export interface SitesServerOptions {
  port?: number
  /** The dist root; sites are in `<dist>/sites/<slug>`. */
  dist?: string
  /** The content store the on-demand pages read (default: the data folder's). */
  storeFile?: string
  host?: string
}

export interface SitesServer {
  server: Server
  port: number
  /** The bound on form posts in flight (sites/src/lib/eservices/admission.ts). */
  admission: Admission
  /** `http://<slug>.localhost:<port>` */
  url(slug: string): string
  close(): Promise<void>
}

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  locals?: { admission?: AdmissionTicket; sitesRoot?: string },
) => Promise<void>

interface Body {
  raw: Buffer
  etag: string
  encoded: Map<string, Buffer>
}

/**
 * The portal's search reads the other sites' indexes from their own origins: answer its
 * origin (bare `localhost` or `casablanca.localhost`, any port) and no other.
 */
function searchIndexCors(req: IncomingMessage, res: ServerResponse, urlPath: string) {
  if (!urlPath.startsWith('/pagefind/')) return
  res.setHeader('vary', 'origin')
  const origin = req.headers.origin
  if (!origin) return
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return
  }
  if (siteFromHost(host, siteSlugs) === centralSite.slug)
    res.setHeader('access-control-allow-origin', origin)
}

function contentType(path: string): string {
  return types[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

function cacheControl(urlPath: string, type: string): string {
  // Astro fingerprints everything under /_astro/, images are named by their content: a change
  // means new names.
  if (urlPath.startsWith('/_astro/') || urlPath.startsWith('/_img/'))
    return 'public, max-age=31536000, immutable'
  if (type.startsWith('text/html')) return 'no-cache'
  return 'public, max-age=300'
}

export async function startSitesServer(options: SitesServerOptions = {}): Promise<SitesServer> {
  const dist = resolve(options.dist ?? process.env.BAWABA_DIST ?? join(repo, 'dist'))
  const root = join(dist, 'sites')
  // The e-service forms write submissions into the intake beside the CMS's database.
  process.env.INTAKE_URI ??= intakeUri()
  const admission = admissionFromEnv()
  const cache = new Map<string, { mtime: number; body: Body }>()

  async function load(file: string, mtime: number): Promise<Body> {
    const hit = cache.get(file)
    if (hit && hit.mtime === mtime) return hit.body
    const raw = await readFile(file)
    const body = {
      raw,
      etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`,
      encoded: new Map(),
    }
    cache.set(file, { mtime, body })
    return body
  }

  async function encode(body: Body, encoding: string): Promise<Buffer> {
    let out = body.encoded.get(encoding)
    if (!out) {
      out =
        encoding === 'br'
          ? await brotli(body.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
          : await gzipAsync(body.raw, { level: 9 })
      body.encoded.set(encoding, out)
    }
    return out
  }

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    status: number,
    urlPath: string,
  ) {
    const info = await stat(file)
    const body = await load(file, info.mtimeMs)
    const type = contentType(file)
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': status === 200 ? cacheControl(urlPath, type) : 'no-cache',
      etag: body.etag,
      // As the CDN sends them in production (docs/security.md).
      ...securityHeaders({ html: type.startsWith('text/html') }),
    }
    if (status === 200 && req.headers['if-none-match'] === body.etag) {
      res.writeHead(304, headers).end()
      return
    }
    let payload = body.raw
    if (compressible.has(extname(file).toLowerCase()) && body.raw.length > 256) {
      headers.vary = [res.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', ')
      const accepted = String(req.headers['accept-encoding'] ?? '')
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null
      if (encoding) {
        payload = await encode(body, encoding)
        headers['content-encoding'] = encoding
      }
    }
    headers['content-length'] = String(payload.length)
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : payload)
  }

  function unknownHost(res: ServerResponse, host: string | undefined) {
    const items = siteSlugs
      .map(
        (slug) =>
          `<li><a href="${siteOrigin(slug, 'local')}/">${siteOrigin(slug, 'local')}/</a></li>`,
      )
      .join('')
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
    res.end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Unknown site</title>` +
        `<h1>No site at ${String(host ?? '').replace(/[<>&"]/g, '')}</h1><p>The sites are:</p><ul>${items}</ul></html>`,
    )
  }

  /**
   * The bundle that rendered the live release (its `release.json`), imported once per code
   * version, or null when there is none. A rollback to a release of older code runs that code.
   */
  const servers = new Map<string, Promise<Handler | null>>()
  function serverOf(siteRoot: string): Promise<Handler | null> {
    const info = readReleaseInfo(join(siteRoot, '..'))
    const entry = info ? bundleEntry(bundleDir(info.code)) : ''
    let server = servers.get(entry)
    if (!server) {
      server = existsSync(entry)
        ? import(pathToFileURL(entry).href).then((mod: { handler: Handler }) => mod.handler)
        : Promise.resolve(null)
      servers.set(entry, server)
    }
    return server
  }

  /**
   * The content store as the on-demand pages read it (header, footer, alerts): read from the
   * store's file a collection at a time, and again after each publish wrote to it.
   */
  let store: { disk: DiskStore; snapshot: ContentSnapshot } | null = null
  function content(): ContentSnapshot {
    if (!store) {
      const disk = new DiskStore(options.storeFile ?? storeFile())
      store = {
        disk,
        snapshot: ContentSnapshot.fromDisk(disk, createCmsClient({ baseUrl: cmsUrlFromEnv() })),
      }
    }
    if (store.disk.generation() !== store.snapshot.generation)
      store.snapshot = ContentSnapshot.fromDisk(
        store.disk,
        createCmsClient({ baseUrl: cmsUrlFromEnv() }),
      )
    return store.snapshot
  }

  async function onDemand(
    req: IncomingMessage,
    res: ServerResponse,
    slug: string,
    siteRoot: string,
    locals?: { admission?: AdmissionTicket },
  ) {
    const handler = await serverOf(siteRoot)
    const notFound = () => {
      if (!res.headersSent)
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not-found"}')
    }
    if (!handler) return notFound()
    const context = { site: slug, origin: siteOrigin(slug), now: new Date(), store: content() }
    // Where the live sites are, for on-demand pages that read them (search reads the indexes).
    await withRenderContext(context, () =>
      handler(req, res, notFound, { ...locals, sitesRoot: root }),
    )
  }

  /** When a site switches release, the old release's files leave the memory cache. */
  const liveRoots = new Map<string, string>()
  function forgetOldRelease(slug: string, siteRoot: string) {
    const previous = liveRoots.get(slug)
    if (previous === siteRoot) return
    liveRoots.set(slug, siteRoot)
    if (!previous) return
    for (const file of cache.keys()) if (file.startsWith(previous + sep)) cache.delete(file)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const health = healthPath(req.url)
    if (health) return answerHealth(health, req, res, dist)
    const slug = siteFromHost(req.headers.host, siteSlugs)
    // The live release, resolved once per request: a switch mid-request cannot mix two releases.
    const siteRoot = slug ? await realpath(join(root, slug)).catch(() => null) : null
    if (!slug || !siteRoot) return unknownHost(res, req.headers.host)
    forgetOldRelease(slug, siteRoot)
    if ((req.url ?? '').startsWith('/api/')) return onDemand(req, res, slug, siteRoot)
    // The e-service pages are answered by the bundle (forms are posted to their own page).
    const requested = new URL(req.url ?? '/', 'http://local')
    if (onDemandPath.test(requested.pathname)) {
      if (!requested.pathname.endsWith('/') && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(301, { location: `${requested.pathname}/${requested.search}` }).end()
        return
      }
      if (req.method !== 'POST') return onDemand(req, res, slug, siteRoot)
      // A bounded number of posts at once; the others are refused at once, here when no page is
      // needed (the enhanced form's JSON), else by the page, with the form (admission.ts).
      const ticket = admission.enter()
      res.once('close', ticket.leave)
      if (answerRefusal(req, res, ticket, requested.pathname)) return
      return onDemand(req, res, slug, siteRoot, { admission: ticket })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }

    const url = new URL(req.url ?? '/', 'http://local')
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    // Refuse anything that could step out of the site's folder.
    if (path.includes('\0') || path.split('/').includes('..')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path')
      return
    }
    searchIndexCors(req, res, path)
    const file = resolve(siteRoot, `.${path}`)
    if (file !== siteRoot && !file.startsWith(siteRoot + sep)) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path')
      return
    }
    const info = await stat(file).catch(() => null)
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, {
          location: `${url.pathname}/${url.search}`,
          'cache-control': 'no-cache',
        })
        res.end()
        return
      }
      const index = join(file, 'index.html')
      if (existsSync(index)) return send(req, res, index, 200, path)
    } else if (info?.isFile()) {
      return send(req, res, file, 200, path)
    }
    const notFound = join(siteRoot, '404.html')
    if (existsSync(notFound)) return send(req, res, notFound, 404, path)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`error: ${error.message}`)
    })
  })
  trackRequests(server)
  const port = options.port ?? Number(process.env.SITES_PORT ?? localSitesPort)
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, options.host ?? '127.0.0.1', () => ok())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    server,
    port: actual,
    admission,
    url: (slug) => `http://${slug}.localhost:${actual}`,
    close: () =>
      new Promise((ok) =>
        server.close(() => {
          store?.disk.close()
          ok()
        }),
      ),
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The e-services edge needs the forms service key and FORMS_SECRET (generated locally).
  loadLocalEnv()
  const served = await startSitesServer()
  // SIGTERM: /api/ready says 503, then the listener closes once what is in flight is answered.
  drainOnSignals(served.server, { log: (line) => console.log(`[sites] ${line}`) })
  const dist = process.env.BAWABA_DIST ?? join(repo, 'dist')
  console.log(`Serving ${join(dist, 'sites')} on port ${served.port}:`)
  for (const slug of siteSlugs) {
    const built = existsSync(join(dist, 'sites', slug, 'index.html'))
    console.log(`  ${served.url(slug)}/${built ? '' : '   (not built)'}`)
  }
  console.log(`  http://localhost:${served.port}/ → the central portal`)
}
