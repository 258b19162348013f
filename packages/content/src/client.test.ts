import { describe, expect, it } from 'vitest'
import { CmsError, cmsUrlFromEnv, createCmsClient } from './client.ts'
import { toQueryString } from './query.ts'

/** The client's pure parts; its talk with the CMS is tested against the real one in loader.int.test.ts. */

describe('toQueryString', () => {
  it('builds bracketed queries, values encoded and brackets kept readable', () => {
    expect(toQueryString({ where: { and: [{ a: { equals: 'x y' } }] }, limit: 5 })).toBe(
      'where[and][0][a][equals]=x%20y&limit=5',
    )
  })

  it('drops undefined values and sends null as empty', () => {
    expect(toQueryString({ a: undefined, b: null, c: true })).toBe('b=&c=true')
  })
})

describe('CMS URL', () => {
  it('comes from CMS_URL without trailing slashes, else the default', () => {
    expect(cmsUrlFromEnv({ CMS_URL: 'http://cms.test:3100//' })).toBe('http://cms.test:3100')
    expect(cmsUrlFromEnv({})).toBe('http://localhost:3000')
  })
})

describe('media URLs', () => {
  it('reads the CMS’s own files through CMS_URL, whatever serverURL it advertises', () => {
    const client = createCmsClient({ baseUrl: 'http://localhost:3100' })
    expect(client.absolute('/api/media/file/a.jpg')).toBe(
      'http://localhost:3100/api/media/file/a.jpg',
    )
    expect(client.absolute('http://localhost:3000/api/media/file/a.jpg')).toBe(
      'http://localhost:3100/api/media/file/a.jpg',
    )
    expect(client.absolute('https://cdn.example.ma/a.jpg')).toBe('https://cdn.example.ma/a.jpg')
  })
})

describe('unreachable CMS', () => {
  it('names the URL and the reason', async () => {
    const client = createCmsClient({ baseUrl: 'http://127.0.0.1:9', retries: 0 })
    const error = await client.find('sites').catch((e) => e)
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toMatch(
      /^CMS unreachable: GET http:\/\/127\.0\.0\.1:9\/api\/sites failed \(/,
    )
  })
})

describe('an answer cut short or garbled', () => {
  it('is asked again, and the next whole answer is taken', async () => {
    let calls = 0
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      retries: 2,
      fetch: async () =>
        ++calls === 1
          ? new Response('{"docs":[{"id":"a"', { headers: { 'content-type': 'application/json' } })
          : Response.json({ docs: [{ id: 'a' }], hasNextPage: false }),
    })
    const result = await client.find('news')
    expect(result.docs).toEqual([{ id: 'a' }])
    expect(calls).toBe(2)
  })

  it('fails as unreachable, naming the URL, when every attempt is cut short', async () => {
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      retries: 1,
      fetch: async () => new Response('<html>proxy error</html>'),
    })
    await expect(client.find('news')).rejects.toThrow(
      /CMS unreachable: GET http:\/\/cms\.test\/api\/news.* failed \(its answer is not JSON\)/,
    )
  })
})
