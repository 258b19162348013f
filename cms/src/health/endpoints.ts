import type { Endpoint, PayloadHandler } from 'payload'
import { isDraining } from '../lib/drain.ts'
import { migrations } from '../migrations/index.ts'
import { probeStorage } from '../storage.ts'

/**
 * The CMS's health pair, for load balancers and orchestrators (anonymous, never cached, no
 * detail beyond the name of what fails):
 *
 * - `GET /api/health`: the process answers (liveness: no dependency, so a slow database never
 *   gets instances restarted in a loop);
 * - `GET /api/ready`: it should get traffic (readiness): not draining (cms/server.ts), the
 *   database answers, its migrations are all applied (SQLite; MongoDB needs none) and every
 *   upload store takes a write.
 */
const noStore = { 'cache-control': 'no-store' }

/**
 * A write that worked is trusted for a while: balancers probe every few seconds, and on S3 each
 * probe is two billed requests per store. A failure is never remembered: the next probe retries.
 */
const storageTrustMs = 15_000
let storageCheckedAt = 0

async function storageFailures(payload: Parameters<typeof probeStorage>[0]) {
  if (Date.now() - storageCheckedAt < storageTrustMs) return []
  const failures = await probeStorage(payload)
  storageCheckedAt = failures.length ? 0 : Date.now()
  return failures
}

const health: PayloadHandler = () => Response.json({ ok: true }, { headers: noStore })

const ready: PayloadHandler = async (req) => {
  if (isDraining())
    return Response.json({ ok: false, draining: true }, { status: 503, headers: noStore })
  const failures: string[] = []
  try {
    await req.payload.count({ collection: 'sites', overrideAccess: true })
  } catch (error) {
    req.payload.logger.error(`ready: database: ${(error as Error).message}`)
    failures.push('database')
  }
  if (!failures.length && req.payload.db.name === 'sqlite') {
    const applied = await req.payload
      .find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
      .then((found) => new Set(found.docs.map((doc) => String(doc.name))))
      .catch(() => new Set<string>())
    const missing = migrations.filter((m) => !applied.has(m.name)).map((m) => m.name)
    if (missing.length) failures.push(`migrations: ${missing.join(', ')}`)
  }
  const storage = await storageFailures(req.payload)
  for (const [slug, message] of storage) {
    req.payload.logger.error(`ready: storage of ${slug}: ${message}`)
    failures.push(`storage: ${slug}`)
  }
  const ok = failures.length === 0
  return Response.json(ok ? { ok } : { ok, failures }, { status: ok ? 200 : 503, headers: noStore })
}

export const healthEndpoints: Endpoint[] = [
  { path: '/health', method: 'get', handler: health },
  { path: '/ready', method: 'get', handler: ready },
]
