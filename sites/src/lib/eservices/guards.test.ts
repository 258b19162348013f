import { siteOrigin } from '@bawaba/registry'
import { afterEach, describe, expect, it } from 'vitest'
import { allowedOrigins, bodyLimit, clientIp, readLimited, sameOrigin } from './guards.ts'

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request('http://anfa.localhost:4321/fr/e-services/complaint/', {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)

describe('origins', () => {
  afterEach(() => {
    delete process.env.BAWABA_ORIGINS
  })

  it('lets a site take posts from its own pages only', () => {
    expect(sameOrigin(post({ origin: siteOrigin('anfa') }), 'anfa')).toBe(true)
    expect(sameOrigin(post({ origin: siteOrigin('maarif') }), 'anfa')).toBe(false)
    expect(sameOrigin(post({ origin: 'https://evil.example' }), 'anfa')).toBe(false)
    expect(sameOrigin(post({}), 'anfa')).toBe(false)
    expect(sameOrigin(post({ origin: 'null' }), 'anfa')).toBe(false)
  })

  it('believes Sec-Fetch-Site when the browser sends it', () => {
    const origin = siteOrigin('anfa')
    expect(sameOrigin(post({ origin, 'sec-fetch-site': 'same-origin' }), 'anfa')).toBe(true)
    expect(sameOrigin(post({ origin, 'sec-fetch-site': 'cross-site' }), 'anfa')).toBe(false)
    expect(sameOrigin(post({ origin, 'sec-fetch-site': 'same-site' }), 'anfa')).toBe(false)
  })

  it('uses the production domains in production, and the bare host locally for the portal', () => {
    const port = new URL(siteOrigin('casablanca')).port
    expect(allowedOrigins('casablanca')).toContain(`http://localhost:${port}`)
    process.env.BAWABA_ORIGINS = 'production'
    expect(allowedOrigins('anfa')).toEqual(['https://anfa.casablancacity.ma'])
    expect(allowedOrigins('casablanca')).toEqual(['https://casablancacity.ma'])
  })
})

describe('client address', () => {
  it('trusts X-Forwarded-For only behind a trusted proxy', () => {
    const request = post({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' })
    expect(clientIp(request, '10.0.0.1', false)).toBe('10.0.0.1')
    expect(clientIp(request, '10.0.0.1', true)).toBe('203.0.113.9')
    expect(clientIp(post({}), undefined, true)).toBe('unknown')
  })

  it('counts an IPv6 client by its /64, whichever of its addresses it uses', () => {
    const a = clientIp(post({ 'x-forwarded-for': '2001:db8:7:1::1' }), undefined, true)
    const b = clientIp(post({ 'x-forwarded-for': '2001:db8:7:1:dead:beef:0:2' }), undefined, true)
    expect(a).toBe(b)
    expect(clientIp(post({}), '2001:db8:7:1::5', false)).toBe(a)
    expect(clientIp(post({}), '::ffff:10.0.0.1', false)).toBe('10.0.0.1')
  })
})

describe('body size', () => {
  it('allows the files of a form plus room for its text', () => {
    expect(bodyLimit(5, 10 * 1024 * 1024)).toBe(50 * 1024 * 1024 + 512 * 1024)
    expect(bodyLimit(0, 10 * 1024 * 1024)).toBe(512 * 1024)
  })

  it('refuses a declared length over the limit before reading', async () => {
    const request = post({ 'content-length': '2000' }, 'x'.repeat(10))
    expect(await readLimited(request, 1000)).toBeNull()
  })

  it('stops reading a stream that goes past the limit', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(400))
        if (pulled > 100) controller.close()
      },
    })
    expect(await readLimited(post({}, stream), 1000)).toBeNull()
    expect(pulled).toBeLessThan(10)
  })

  it('reads a body within the limit whole', async () => {
    const body = await readLimited(post({}, 'name=Nadia'), 1000)
    expect(body?.toString()).toBe('name=Nadia')
  })
})
