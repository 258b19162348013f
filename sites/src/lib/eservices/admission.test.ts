import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { t } from '@bawaba/i18n'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../../../scripts/lib/processes.ts'
import { startSitesServer, type SitesServer } from '../../../../scripts/serve-sites.ts'
import { admissionFromEnv, createAdmission } from './admission.ts'

describe('admission of form posts', () => {
  it('admits up to the bound, refuses one more at once, and admits again once one leaves', () => {
    const admission = createAdmission({ maxInFlight: 2, random: () => 0 })
    const a = admission.enter()
    const b = admission.enter()
    const c = admission.enter()
    expect([a.admitted, b.admitted, c.admitted]).toEqual([true, true, false])
    expect(c.retryAfter).toBe(2)
    expect(admission.refused).toBe(1)
    a.leave()
    a.leave() // twice is once
    expect(admission.inFlight).toBe(1)
    c.leave() // a refused ticket holds no place
    expect(admission.enter().admitted).toBe(true)
    expect(admission.enter().admitted).toBe(false)
  })

  it('spreads the retries between the shortest wait and twice it', () => {
    const low = createAdmission({ maxInFlight: 1, retryAfterSeconds: 3, random: () => 0 })
    const high = createAdmission({ maxInFlight: 1, retryAfterSeconds: 3, random: () => 0.999 })
    expect(low.enter().retryAfter).toBe(3)
    expect(high.enter().retryAfter).toBe(6)
  })

  it('refuses a bound that is not a positive whole number', () => {
    expect(() => createAdmission({ maxInFlight: 0 })).toThrow(/positive integer/)
    expect(() => admissionFromEnv({ EDGE_MAX_IN_FLIGHT: 'many' })).toThrow(/positive integer/)
    expect(admissionFromEnv({}).enter().admitted).toBe(true)
  })
})

/**
 * At the sites server's door: a dist with the site's pages and no server bundle at all, so any
 * answer that needed the bundle is a 404. The enhanced form's refused post is answered 503 by
 * the server itself (before its body has even arrived); a plain post, an admitted one, and other
 * on-demand pages go on to the (missing) bundle.
 */
describe('a refused post at the door of the sites server', () => {
  const saved = { ...process.env }
  let dist: string
  let server: SitesServer
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'bawaba-door-'))
    mkdirSync(path.join(dist, 'sites', 'anfa'), { recursive: true })
    writeFileSync(path.join(dist, 'sites', 'anfa', 'index.html'), '<!doctype html>')
    process.env.EDGE_MAX_IN_FLIGHT = '1'
    server = await startSitesServer({ dist, port: await freePort(4700, 4799) })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dist, { recursive: true, force: true })
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  /** Posts to anfa; `complete: false` sends the headers and a first byte of a long body only. */
  const post = (urlPath: string, accept: string, complete = true) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: urlPath,
            headers: {
              host: `anfa.localhost:${server.port}`,
              accept,
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': complete ? '7' : '100000',
            },
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk) => chunks.push(chunk))
            res.on('end', () => {
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
              })
              if (!complete) req.destroy()
            })
          },
        )
        req.on('error', reject)
        req.write(complete ? 'token=x' : 't')
        if (complete) req.end()
      },
    )

  it('answers the enhanced form busy in its language, before its body and without the bundle', async () => {
    const held = server.admission.enter()
    try {
      for (const locale of ['fr', 'ar'] as const) {
        const answer = await post(`/${locale}/e-services/complaint/`, 'application/json', false)
        expect(answer.status).toBe(503)
        const json = JSON.parse(answer.body)
        expect(Number(answer.headers['retry-after'])).toBe(json.retryAfter)
        expect(json).toEqual({
          ok: false,
          errors: { _form: 'busy' },
          retryAfter: json.retryAfter,
          message: t(locale, 'forms.error.busy-retrying', { seconds: json.retryAfter }),
        })
        expect(json.retryAfter).toBeGreaterThanOrEqual(2)
      }
      // The plain form needs its page (filled again): that is the bundle's, absent here.
      expect((await post('/fr/e-services/complaint/', 'text/html')).status).toBe(404)
      // Only a form's own page is answered at the door: tracking goes on to its page.
      expect((await post('/fr/e-services/track/', 'application/json')).status).toBe(404)
    } finally {
      held.leave()
    }
    // With room again, the post goes on to its page.
    expect((await post('/fr/e-services/complaint/', 'application/json')).status).toBe(404)
  })
})
