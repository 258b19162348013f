import { createChallenge } from '@bawaba/eservices'
import type { APIRoute } from 'astro'
import { clientIp, limiters } from '../../lib/eservices/guards.ts'
import { formsSettings } from '../../lib/eservices/settings.ts'

/**
 * On demand: a signed ALTCHA challenge for the form widget. Stateless: the signature and
 * expiry are in the challenge, and the CMS keeps each solved one so it is spent only once.
 * SHA-256 with a modest counter: well under a second on a low-end phone, costly in bulk.
 */
export const prerender = false

export const GET: APIRoute = async ({ request, clientAddress }) => {
  let settings
  try {
    settings = formsSettings()
  } catch {
    return Response.json({ error: 'unavailable' }, { status: 503 })
  }
  const rate = limiters.challenge.take(clientIp(request, clientAddress, settings.trustProxy))
  if (!rate.ok)
    return Response.json(
      { error: 'rate-limited' },
      { status: 429, headers: { 'retry-after': String(rate.retryAfterSeconds) } },
    )
  const challenge = await createChallenge(settings.secret, {
    algorithm: 'SHA-256',
    maxNumber: 100_000,
    expiresInSeconds: 20 * 60,
  })
  return Response.json(challenge, { headers: { 'cache-control': 'no-store' } })
}
