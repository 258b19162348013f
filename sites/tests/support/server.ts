/**
 * The sites as the e2e tests reach them: the orchestrator serves them on SITES_PORT; when
 * nothing answers there (running the tests by hand), the same server is started in-process.
 */
import { request } from 'node:http'
import { localSitesPort } from '@bawaba/registry'
import { startSitesServer, type SitesServer } from '../../../scripts/serve-sites.ts'
import { distRoot } from './dist.ts'

export const sitesPort = Number(process.env.SITES_PORT ?? localSitesPort)

/** GET through 127.0.0.1 with a Host header: Node may not resolve `*.localhost`. */
export function get(
  host: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sitesPort,
        path,
        headers: { host: `${host}:${sitesPort}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${host}${path}: timeout`)))
    req.end()
  })
}

/** Makes sure the sites answer on SITES_PORT; returns a stop function for a server we started. */
export async function ensureSitesServer(): Promise<() => Promise<void>> {
  try {
    await get('localhost', '/')
    return async () => {}
  } catch {
    const server: SitesServer = await startSitesServer({ port: sitesPort, dist: distRoot })
    return () => server.close()
  }
}

export const siteUrl = (slug: string, path = '/') => `http://${slug}.localhost:${sitesPort}${path}`
