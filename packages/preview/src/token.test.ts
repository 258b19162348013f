import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { previewLifetimeMs, previewSecret, signPreview, verifyPreview } from './token.ts'

const secret = 'a'.repeat(64)
const claims = { collection: 'news', id: '42', locale: 'ar', site: 'anfa', user: 'u-1' } as const
const now = Date.UTC(2026, 10, 23, 20, 30)

/** Re-signs nothing: swaps the body of a genuine token for other claims. */
function withClaims(token: string, change: Record<string, unknown>): string {
  const [body, mac] = token.split('.')
  const decoded = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'))
  return `${Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url')}.${mac}`
}

describe('preview tokens', () => {
  const token = signPreview(secret, claims, { now })

  it('carry their claims until they expire', () => {
    expect(verifyPreview(secret, token, now)).toEqual({
      ok: true,
      claims: { ...claims, exp: now + previewLifetimeMs },
    })
    expect(verifyPreview(secret, token, now + previewLifetimeMs - 1).ok).toBe(true)
  })

  it('expire after ten minutes', () => {
    expect(previewLifetimeMs).toBe(10 * 60_000)
    expect(verifyPreview(secret, token, now + previewLifetimeMs)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it.each([
    ['collection', { collection: 'events' }],
    ['id', { id: '43' }],
    ['locale', { locale: 'fr' }],
    ['site', { site: 'maarif' }],
    ['signer', { user: 'u-admin' }],
    ['expiry', { exp: now + 24 * 3600_000 }],
  ])('refuse a token whose %s was changed', (_, change) => {
    expect(verifyPreview(secret, withClaims(token, change), now)).toEqual({
      ok: false,
      reason: 'forged',
    })
  })

  it('refuse a token signed with another key', () => {
    const other = signPreview('b'.repeat(64), claims, { now })
    expect(verifyPreview(secret, other, now)).toEqual({ ok: false, reason: 'forged' })
  })

  it('refuse a tampered signature', () => {
    const [body, mac] = token.split('.')
    const flipped = `${mac!.slice(0, -2)}${mac!.endsWith('AA') ? 'BB' : 'AA'}`
    expect(verifyPreview(secret, `${body}.${flipped}`, now).ok).toBe(false)
    expect(verifyPreview(secret, `${body}.${mac!.slice(1)}`, now).ok).toBe(false)
  })

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['no signature', 'abc'],
    ['a dot only', '.'],
    ['three parts', `${token}.x`],
    ['something huge', 'a'.repeat(5000)],
  ])('refuse %s as malformed', (_, value) => {
    expect(verifyPreview(secret, value, now)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('refuse well-signed claims that make no sense', () => {
    // Signed with the real key, as the module does: only the claims check can stop these.
    const signed = (body: object) => {
      const encoded = Buffer.from(JSON.stringify(body)).toString('base64url')
      const key = createHmac('sha256', secret).update('bawaba/preview').digest()
      return `${encoded}.${createHmac('sha256', key).update(encoded).digest('base64url')}`
    }
    const exp = now + 60_000
    expect(verifyPreview(secret, signed({ ...claims, exp }), now).ok).toBe(true)
    for (const bad of [{ site: 'nowhere' }, { collection: 'users' }, { locale: 'de' }, { id: '' }])
      expect(verifyPreview(secret, signed({ ...claims, exp, ...bad }), now)).toEqual({
        ok: false,
        reason: 'malformed',
      })
    expect(verifyPreview(secret, signed({ ...claims }), now).ok).toBe(false)
    expect(() => signPreview(secret, { ...claims, site: 'nowhere' })).toThrow(/invalid claims/)
  })

  it('need a real secret', () => {
    expect(() => previewSecret({})).toThrow(/PREVIEW_SECRET/)
    expect(() => previewSecret({ PREVIEW_SECRET: 'short' })).toThrow(/PREVIEW_SECRET/)
    expect(previewSecret({ PREVIEW_SECRET: secret })).toBe(secret)
  })
})
