import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The access rules seen from outside, the way an attacker would try them: REST and GraphQL
 * over HTTP against the running CMS of the test stack (scripts/test.ts starts it on the
 * seeded test database and sets CMS_URL and BAWABA_DATA_DIR).
 */

const cms = process.env.CMS_URL
const dataDir = process.env.BAWABA_DATA_DIR
if (!cms || !dataDir)
  throw new Error('CMS_URL and BAWABA_DATA_DIR must point at the test stack (run `npm test int`)')

const accounts = JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
  string,
  { password: string; role: string; sites: string[] }
>
const emailOf = (role: string, site?: string) => {
  const found = Object.entries(accounts).find(
    ([, a]) => a.role === role && (!site || a.sites.includes(site)),
  )
  if (!found) throw new Error(`no seeded ${role} account${site ? ` for ${site}` : ''}`)
  return found[0]
}

type Json = Record<string, any>
const tokens: Record<string, string> = {}
const siteIds: Record<string, string> = {}

async function login(email: string) {
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: accounts[email]!.password }),
  })
  expect(response.status, `login ${email}`).toBe(200)
  return ((await response.json()) as Json).token as string
}

async function api(method: string, url: string, token?: string, body?: unknown) {
  const response = await fetch(`${cms}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  let json: Json = {}
  try {
    json = JSON.parse(text)
  } catch {
    json = { text }
  }
  return { status: response.status, json }
}

async function graphql(query: string, token?: string, variables?: Json) {
  const { status, json } = await api('POST', '/api/graphql', token, { query, variables })
  return { status, data: json.data as Json | undefined, errors: json.errors as Json[] | undefined }
}

/** The first document of a site matching a status, looked up with the admin's rights. */
async function docOf(collection: string, site: string, status: 'draft' | 'published') {
  const { json } = await api(
    'GET',
    `/api/${collection}?draft=true&depth=0&limit=1&where[site][equals]=${siteIds[site]}&where[_status][equals]=${status}`,
    tokens.admin,
  )
  const doc = json.docs?.[0]
  if (!doc) throw new Error(`no ${status} ${collection} on ${site} in the seed`)
  return doc as Json
}

const isDenied = (status: number) =>
  status === 401 || status === 403 || status === 404 || status === 400

beforeAll(async () => {
  tokens.admin = await login(emailOf('admin'))
  tokens.central = await login(emailOf('central-editor'))
  tokens.anfaPublisher = await login(emailOf('district-publisher', 'anfa'))
  tokens.anfaEditor = await login(emailOf('district-editor', 'anfa'))
  const { json } = await api('GET', '/api/sites?limit=100&depth=0')
  for (const site of json.docs) siteIds[site.slug] = site.id
})

describe('REST: anonymous callers', () => {
  it('read published documents only, even when asking for drafts', async () => {
    for (const collection of ['news', 'events', 'pages']) {
      const { status, json } = await api('GET', `/api/${collection}?draft=true&limit=500&depth=0`)
      expect(status).toBe(200)
      expect(json.docs.length).toBeGreaterThan(0)
      expect(json.docs.every((d: Json) => d._status === 'published')).toBe(true)
    }
    const draft = await docOf('news', 'maarif', 'draft')
    expect(isDenied((await api('GET', `/api/news/${draft.id}?draft=true`)).status)).toBe(true)
    expect(isDenied((await api('GET', `/api/news/versions?limit=5`)).status)).toBe(true)
  })

  it('cannot create, update or delete', async () => {
    const live = await docOf('news', 'anfa', 'published')
    const create = await api('POST', '/api/news', undefined, {
      site: siteIds.anfa,
      slug: 'anon',
      title: 'x',
      _status: 'published',
    })
    expect(isDenied(create.status)).toBe(true)
    expect(
      isDenied(
        (await api('PATCH', `/api/news/${live.id}`, undefined, { title: 'defaced' })).status,
      ),
    ).toBe(true)
    expect(isDenied((await api('DELETE', `/api/news/${live.id}`)).status)).toBe(true)
    const after = await api('GET', `/api/news/${live.id}?locale=ar`)
    expect(after.json.title).not.toBe('defaced')
  })

  it('cannot list users or read password hashes, and a forged token is worth nothing', async () => {
    expect(isDenied((await api('GET', '/api/users')).status)).toBe(true)
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')
    const claims = Buffer.from(
      JSON.stringify({
        id: 'x',
        collection: 'users',
        email: emailOf('admin'),
        role: 'admin',
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
    ).toString('base64url')
    const forged = `${header}.${claims}.${createHmac('sha256', 'guessed-secret').update(`${header}.${claims}`).digest('base64url')}`
    const response = await api('GET', '/api/users', forged)
    expect(isDenied(response.status)).toBe(true)
    const create = await api('POST', '/api/news', forged, {
      site: siteIds.anfa,
      slug: 'forged',
      title: 'x',
    })
    expect(isDenied(create.status)).toBe(true)
  })

  it('cannot reach drafts through query operators (filter injection)', async () => {
    const attempts = [
      `where[_status][equals]=draft`,
      `where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published`,
      `where[title][like]=' OR 1=1 --`,
      `where[site.slug][equals]=anfa&where[_status][not_equals]=published`,
      `where[id][exists]=true&draft=true`,
    ]
    for (const query of attempts) {
      const { status, json } = await api('GET', `/api/news?limit=500&depth=0&${encodeURI(query)}`)
      expect(status, query).toBeLessThan(500)
      expect(
        (json.docs ?? []).every((d: Json) => d._status === 'published'),
        query,
      ).toBe(true)
    }
  })
})

describe('REST: a district editor of Anfa', () => {
  it('lists only Anfa documents, drafts included', async () => {
    for (const collection of ['news', 'events', 'pages']) {
      const { json } = await api(
        'GET',
        `/api/${collection}?draft=true&limit=500&depth=0`,
        tokens.anfaEditor,
      )
      expect(json.docs.length).toBeGreaterThan(0)
      expect(new Set(json.docs.map((d: Json) => d.site))).toEqual(new Set([siteIds.anfa]))
    }
  })

  it('cannot open, change or delete documents of Maârif or of the central site', async () => {
    for (const site of ['maarif', 'casablanca']) {
      for (const status of ['draft', 'published'] as const) {
        const doc = await docOf('news', site, status)
        expect(
          isDenied((await api('GET', `/api/news/${doc.id}?draft=true`, tokens.anfaEditor)).status),
        ).toBe(true)
        expect(
          isDenied(
            (
              await api('PATCH', `/api/news/${doc.id}?draft=true`, tokens.anfaEditor, {
                title: 'x',
              })
            ).status,
          ),
        ).toBe(true)
        expect(
          isDenied((await api('DELETE', `/api/news/${doc.id}`, tokens.anfaEditor)).status),
        ).toBe(true)
      }
    }
  })

  it('cannot create in another site, nor move its own document there', async () => {
    const create = await api('POST', '/api/news?draft=true', tokens.anfaEditor, {
      site: siteIds.maarif,
      slug: 'planted',
      title: 'Planted',
      _status: 'draft',
    })
    expect(isDenied(create.status)).toBe(true)
    const planted = await api(
      'GET',
      `/api/news?draft=true&where[slug][equals]=planted`,
      tokens.admin,
    )
    expect(planted.json.docs).toEqual([])

    const own = await api('POST', '/api/news?draft=true', tokens.anfaEditor, {
      site: siteIds.anfa,
      slug: 'http-own-draft',
      title: 'Brouillon',
      _status: 'draft',
    })
    expect(own.status).toBe(201)
    const move = await api('PATCH', `/api/news/${own.json.doc.id}?draft=true`, tokens.anfaEditor, {
      site: siteIds.maarif,
    })
    expect(isDenied(move.status)).toBe(true)
    const after = await api('GET', `/api/news/${own.json.doc.id}?draft=true&depth=0`, tokens.admin)
    expect(after.json.site).toBe(siteIds.anfa)
  })

  it('writes drafts but cannot publish, edit live or unpublish', async () => {
    const draft = await api('POST', '/api/news?draft=true', tokens.anfaEditor, {
      site: siteIds.anfa,
      slug: 'http-editor-draft',
      title: 'Projet',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    expect(
      isDenied(
        (
          await api('PATCH', `/api/news/${draft.json.doc.id}`, tokens.anfaEditor, {
            _status: 'published',
          })
        ).status,
      ),
    ).toBe(true)
    const live = await docOf('news', 'anfa', 'published')
    expect(
      isDenied(
        (await api('PATCH', `/api/news/${live.id}`, tokens.anfaEditor, { title: 'Edited live' }))
          .status,
      ),
    ).toBe(true)
    expect(
      isDenied(
        (await api('PATCH', `/api/news/${live.id}`, tokens.anfaEditor, { _status: 'draft' }))
          .status,
      ),
    ).toBe(true)
    expect(
      isDenied(
        (
          await api('POST', '/api/news', tokens.anfaEditor, {
            site: siteIds.anfa,
            slug: 'http-editor-live',
            title: 'x',
            _status: 'published',
          })
        ).status,
      ),
    ).toBe(true)
    const stillLive = await api('GET', `/api/news/${live.id}?depth=0`)
    expect(stillLive.json._status).toBe('published')
  })

  it('cannot raise its own role or add a site to itself', async () => {
    const me = await api('GET', '/api/users/me', tokens.anfaEditor)
    await api('PATCH', `/api/users/${me.json.user.id}`, tokens.anfaEditor, {
      role: 'admin',
      sites: [{ site: siteIds.maarif }],
    })
    const after = await api('GET', `/api/users/${me.json.user.id}?depth=0`, tokens.admin)
    expect(after.json.role).toBe('district-editor')
    expect(after.json.sites.map((s: Json) => s.site)).toEqual([siteIds.anfa])
  })
})

describe('REST: publishers', () => {
  it('the Anfa publisher publishes in Anfa and nowhere else', async () => {
    const draft = await api('POST', '/api/news?draft=true', tokens.anfaPublisher, {
      site: siteIds.anfa,
      slug: 'http-publisher',
      title: 'Publication',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const publish = await api('PATCH', `/api/news/${draft.json.doc.id}`, tokens.anfaPublisher, {
      _status: 'published',
    })
    expect(publish.status).toBe(200)
    const maarifDraft = await docOf('news', 'maarif', 'draft')
    expect(
      isDenied(
        (
          await api('PATCH', `/api/news/${maarifDraft.id}`, tokens.anfaPublisher, {
            _status: 'published',
          })
        ).status,
      ),
    ).toBe(true)
    const centralDraft = await docOf('news', 'casablanca', 'draft')
    expect(
      isDenied(
        (
          await api('PATCH', `/api/news/${centralDraft.id}`, tokens.anfaPublisher, {
            _status: 'published',
          })
        ).status,
      ),
    ).toBe(true)
  })

  it('the central editor works on the central site only', async () => {
    const anfaDraft = await docOf('news', 'anfa', 'draft')
    expect(
      isDenied(
        (await api('PATCH', `/api/news/${anfaDraft.id}`, tokens.central, { _status: 'published' }))
          .status,
      ),
    ).toBe(true)
    const central = await api('POST', '/api/news', tokens.central, {
      site: siteIds.casablanca,
      slug: 'http-central-featured',
      title: 'Mise en avant',
      featuredOn: [siteIds.anfa],
      _status: 'published',
    })
    expect(central.status).toBe(201)
    expect(central.json.doc.featuredOn.map((s: Json) => s.id ?? s)).toEqual([siteIds.anfa])
  })
})

describe('GraphQL', () => {
  it('anonymous: published documents only', async () => {
    const { data, errors } = await graphql(
      '{ News(draft: true, limit: 100) { docs { id _status } } }',
    )
    expect(errors).toBeUndefined()
    expect(data!.News.docs.length).toBeGreaterThan(0)
    expect(data!.News.docs.every((d: Json) => d._status === 'published')).toBe(true)
  })

  it('district editor: reads Anfa only, cannot write elsewhere', async () => {
    const { data } = await graphql(
      '{ News(draft: true, limit: 100) { docs { id site { id } } } }',
      tokens.anfaEditor,
    )
    expect(data!.News.docs.length).toBeGreaterThan(0)
    expect(data!.News.docs.every((d: Json) => d.site.id === siteIds.anfa)).toBe(true)

    const maarif = await docOf('news', 'maarif', 'published')
    const read = await graphql(
      `{ NewsItem(id: "${maarif.id}", draft: true) { id title } }`,
      tokens.anfaEditor,
    )
    expect(read.data?.NewsItem ?? null).toBeNull()

    const update = await graphql(
      `mutation { updateNewsItem(id: "${maarif.id}", data: { title: "hijacked" }, draft: true) { id } }`,
      tokens.anfaEditor,
    )
    expect(update.errors?.length).toBeGreaterThan(0)
    const create = await graphql(
      `mutation { createNewsItem(data: { site: "${siteIds.maarif}", slug: "gql-planted", title: "x" }, draft: true) { id } }`,
      tokens.anfaEditor,
    )
    expect(create.errors?.length).toBeGreaterThan(0)
    const publish = await graphql(
      `mutation { createNewsItem(data: { site: "${siteIds.anfa}", slug: "gql-live", title: "x", _status: published }) { id } }`,
      tokens.anfaEditor,
    )
    expect(publish.errors?.length).toBeGreaterThan(0)
    const after = await api('GET', `/api/news/${maarif.id}?locale=ar&depth=0`)
    expect(after.json.title).not.toBe('hijacked')
    const planted = await api(
      'GET',
      `/api/news?draft=true&where[slug][in]=gql-planted,gql-live`,
      tokens.admin,
    )
    expect(planted.json.docs).toEqual([])
  })

  it('users: an editor sees itself and its site’s colleagues, nobody else', async () => {
    const { data } = await graphql(
      '{ Users(limit: 100) { docs { email role } } }',
      tokens.anfaEditor,
    )
    expect(data!.Users.docs.map((u: Json) => u.email).sort()).toEqual(
      [emailOf('district-editor', 'anfa'), emailOf('district-publisher', 'anfa')].sort(),
    )
  })
})

describe('REST: the council', () => {
  it('another district’s editor cannot read a draft session or write; anonymous sees published only', async () => {
    const draft = await api('POST', '/api/council-sessions?draft=true', tokens.admin, {
      site: siteIds.maarif,
      kind: 'extraordinary',
      status: 'announced',
      date: '2026-12-15T09:00:00.000Z',
      slug: 'http-council-draft',
      place: 'Salle',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id
    expect(
      isDenied(
        (await api('GET', `/api/council-sessions/${id}?draft=true`, tokens.anfaEditor)).status,
      ),
    ).toBe(true)
    expect(
      isDenied(
        (
          await api('PATCH', `/api/council-sessions/${id}?draft=true`, tokens.anfaEditor, {
            place: 'hijacked',
          })
        ).status,
      ),
    ).toBe(true)
    expect(isDenied((await api('GET', `/api/council-sessions/${id}?draft=true`)).status)).toBe(true)
    const planted = await api('POST', '/api/council-decisions?draft=true', tokens.anfaEditor, {
      site: siteIds.maarif,
      number: 'http-planted',
      subject: 'x',
      date: '2026-10-06T09:00:00.000Z',
      _status: 'draft',
    })
    expect(isDenied(planted.status)).toBe(true)
    for (const collection of ['council-members', 'council-sessions', 'council-decisions']) {
      const { status, json } = await api('GET', `/api/${collection}?draft=true&limit=500&depth=0`)
      expect(status).toBe(200)
      expect(json.docs.length, collection).toBeGreaterThan(0)
      expect(json.docs.every((d: Json) => d._status === 'published')).toBe(true)
      expect(json.docs.some((d: Json) => d.id === id)).toBe(false)
    }
    const mine = await api(
      'GET',
      '/api/council-sessions?draft=true&limit=500&depth=0',
      tokens.anfaEditor,
    )
    expect(new Set(mine.json.docs.map((d: Json) => d.site))).toEqual(new Set([siteIds.anfa]))
    const after = await api('GET', `/api/council-sessions/${id}?draft=true&depth=0`, tokens.admin)
    expect(after.json.place).toBe('Salle')
    await api('DELETE', `/api/council-sessions/${id}`, tokens.admin)
  })
})

describe('REST and GraphQL: the commune’s shared content', () => {
  const shared = ['procedures', 'partners', 'timeline-entries', 'alerts'] as const

  it('district publishers and anonymous callers cannot write the catalogue, partners, timeline or alerts', async () => {
    const body: Record<(typeof shared)[number], Json> = {
      procedures: {
        title: 'Planted',
        slug: 'http-planted',
        theme: 'civil-status',
        officeKinds: ['civil-status'],
        _status: 'published',
      },
      partners: { name: 'Planted', slug: 'http-planted', kind: 'public-operator' },
      'timeline-entries': { year: 2030, title: 'Planted', _status: 'published' },
      alerts: {
        severity: 'critical',
        message: 'Planted',
        startsAt: '2026-01-01T00:00:00.000Z',
        endsAt: '2030-01-01T00:00:00.000Z',
      },
    }
    for (const collection of shared) {
      const before = (await api('GET', `/api/${collection}?limit=1&draft=true`, tokens.admin)).json
        .totalDocs
      for (const token of [tokens.anfaPublisher, tokens.anfaEditor, undefined]) {
        const created = await api('POST', `/api/${collection}`, token, body[collection])
        expect(isDenied(created.status), `${collection} create`).toBe(true)
      }
      const existing = (await api('GET', `/api/${collection}?limit=1&depth=0`)).json.docs[0]
      expect(existing, collection).toBeTruthy()
      for (const token of [tokens.anfaPublisher, undefined]) {
        const patched = await api('PATCH', `/api/${collection}/${existing.id}`, token, {
          slug: 'hijacked',
          year: 1,
          message: 'hijacked',
        })
        expect(isDenied(patched.status), `${collection} update`).toBe(true)
        // By query: the whole collection at once.
        const bulk = await api('PATCH', `/api/${collection}?where[id][exists]=true`, token, {
          message: 'hijacked',
          year: 1,
        })
        expect(bulk.json.docs ?? [], `${collection} bulk update`).toEqual([])
        const removed = await api('DELETE', `/api/${collection}/${existing.id}`, token)
        expect(isDenied(removed.status), `${collection} delete`).toBe(true)
      }
      const after = (await api('GET', `/api/${collection}?limit=1&draft=true`, tokens.admin)).json
        .totalDocs
      expect(after, collection).toBe(before)
      const still = (await api('GET', `/api/${collection}/${existing.id}?depth=0`, tokens.admin))
        .json
      expect([still.slug, still.year, still.message]).toEqual([
        existing.slug,
        existing.year,
        existing.message,
      ])
    }
    const mutation = await graphql(
      'mutation { createAlert(data: { severity: critical, message: "x", startsAt: "2026-01-01T00:00:00.000Z", endsAt: "2030-01-01T00:00:00.000Z" }) { id } }',
      tokens.anfaPublisher,
    )
    expect(mutation.data?.createAlert ?? null).toBeNull()
    expect(mutation.errors?.length).toBeGreaterThan(0)
  })

  it('the central editor writes them; a draft procedure is invisible to everyone else', async () => {
    const draft = await api('POST', '/api/procedures?draft=true', tokens.central, {
      title: 'Brouillon de démarche',
      slug: 'http-central-draft',
      theme: 'business',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id
    for (const token of [tokens.anfaPublisher, undefined]) {
      expect(isDenied((await api('GET', `/api/procedures/${id}?draft=true`, token)).status)).toBe(
        true,
      )
      const listed = await api('GET', '/api/procedures?draft=true&limit=500&depth=0', token)
      expect(listed.json.docs.some((d: Json) => d.id === id)).toBe(false)
    }
    const gql = await graphql(
      `
        {
          Procedures(draft: true, limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      tokens.anfaEditor,
    )
    expect(gql.data?.Procedures.docs.some((d: Json) => d.id === id)).toBe(false)
    expect((await api('DELETE', `/api/procedures/${id}`, tokens.central)).status).toBe(200)
  })
})
