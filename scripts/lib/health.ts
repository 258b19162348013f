import { realpath } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { siteSlugs } from '@bawaba/registry'
import { isDraining } from '../../cms/src/lib/drain.ts'

/**
 * The sites server's health pair, answered for any host (a load balancer probes by address):
 *
 * - `GET /api/health`: the process answers (no dependency);
 * - `GET /api/ready`: it should get traffic: not draining, and every site has a live release.
 *   The CMS is not a dependency: the static pages need none, and the e-service forms answer
 *   "unavailable, try again" on their own when it is down.
 *
 * The sites' bundle keeps its own `/api/health/` (with the slash: which bundle answered).
 */
export function healthPath(url: string | undefined): 'health' | 'ready' | null {
  const path = (url ?? '').split('?')[0]
  return path === '/api/health' ? 'health' : path === '/api/ready' ? 'ready' : null
}

export interface Readiness {
  ok: boolean
  draining: boolean
  /** Sites with no live release (never built, or a broken link). */
  missing: string[]
}

export async function readiness(dist: string): Promise<Readiness> {
  const live = await Promise.all(
    siteSlugs.map((slug) =>
      realpath(join(dist, 'sites', slug)).then(
        () => null,
        () => slug,
      ),
    ),
  )
  const missing = live.filter((slug): slug is string => slug !== null)
  const draining = isDraining()
  return { ok: !draining && missing.length === 0, draining, missing }
}

export async function answerHealth(
  kind: 'health' | 'ready',
  req: IncomingMessage,
  res: ServerResponse,
  dist: string,
): Promise<void> {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end()
    return
  }
  const body = kind === 'health' ? { ok: true } : await readiness(dist)
  res.writeHead(body.ok ? 200 : 503, headers)
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body))
}
