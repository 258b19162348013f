/**
 * Files on object storage (cms/src/storage.ts), against a real S3-compatible server: s3rver
 * (the maintained `@20minutes/s3rver` fork, an npm package, so CI and every developer machine
 * get it from `npm ci`; it checks SigV4 signatures and takes path-style addressing). A CMS
 * instance of its own runs with `S3_*` settings on a copy of the test stack's database (the
 * rows it writes name objects of a bucket that is gone after the test: they must not reach the
 * stack's database, whose backup test checks every file): an image and a citizen's photo go to
 * their buckets (never to the data folder), the photo to the private one; both are served by the
 * CMS after its access rules, the photo to its district's staff only.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms } from '../../scripts/lib/cms.ts'
import { freePort, stopService } from '../../scripts/lib/processes.ts'
import { snapshotStack } from './test/snapshot.ts'
import { accounts, digest, key, service } from './test/stack.ts'

// s3rver is CommonJS without types.
const { default: S3rver } = (await import('@20minutes/s3rver' as string)) as {
  default: new (options: Record<string, unknown>) => {
    run(): Promise<{ port: number }>
    close(): Promise<void>
  }
}

const buckets = { public: 'bawaba-public', private: 'bawaba-private' }
const s3Dir = mkdtempSync(path.join(tmpdir(), 'bawaba-s3-'))
let s3: InstanceType<typeof S3rver>
let client: S3Client
let cms: ChildProcess
let base = ''
let dataDir = ''
let closed = false
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function call(method: string, url: string, auth?: string, body?: BodyInit, json = true) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      ...(json && body ? { 'content-type': 'application/json' } : {}),
    },
    body,
  })
  const text = await response.text()
  let parsed: Record<string, any> = {}
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = { text }
  }
  return { status: response.status, json: parsed }
}

async function login(role: string, site?: string) {
  const [email, account] = Object.entries(accounts).find(
    ([, a]) => a.role === role && (!site || a.sites.includes(site)),
  )!
  const { json } = await call(
    'POST',
    '/api/users/login',
    undefined,
    JSON.stringify({ email, password: account.password }),
  )
  return `JWT ${json.token}`
}

/** Whether the bucket holds the key (a HEAD, as s3rver signs it like S3). */
async function holds(bucket: string, key: string): Promise<boolean> {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    () => false,
  )
}

async function download(url: string, auth?: string) {
  const response = await fetch(new URL(url, base), { headers: auth ? { authorization: auth } : {} })
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

beforeAll(async () => {
  const s3Port = await freePort(3165, 3169)
  s3 = new S3rver({
    port: s3Port,
    address: '127.0.0.1',
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: buckets.public }, { name: buckets.private }],
  })
  await s3.run()
  const settings = {
    S3_BUCKET: buckets.public,
    S3_PRIVATE_BUCKET: buckets.private,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: '1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  client = new S3Client({
    endpoint: settings.S3_ENDPOINT,
    region: settings.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const snapshot = await snapshotStack('s3')
  dataDir = snapshot.data
  const port = await freePort(3161, 3164)
  cms = await startCms(port, { ...snapshot.env, ...settings }, 'cms-s3')
  base = `http://localhost:${port}`
}, 240_000)

afterAll(async () => {
  if (cms) await stopService(cms)
  if (!closed) await s3?.close()
  rmSync(s3Dir, { recursive: true, force: true })
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('files on S3-compatible storage', () => {
  it('is ready: the readiness check writes to both buckets', async () => {
    const ready = await call('GET', '/api/ready')
    expect(ready).toEqual({ status: 200, json: { ok: true } })
  })

  it('puts an image in the public bucket, served by any instance’s API, not the data folder', async () => {
    const before = existsSync(path.join(dataDir, 'media'))
      ? readdirSync(path.join(dataDir, 'media')).length
      : 0
    const sites = await call('GET', '/api/sites?where[slug][equals]=anfa&depth=0')
    const image = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#1abc9c' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    const name = `s3-${randomBytes(4).toString('hex')}.png`
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), name)
    // Published: a draft upload is not public (security: uploads have drafts).
    form.append(
      '_payload',
      JSON.stringify({ alt: 'Test', site: sites.json.docs[0].id, _status: 'published' }),
    )
    const created = await call(
      'POST',
      '/api/media?locale=fr',
      await login('district-publisher', 'anfa'),
      form,
      false,
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const doc = created.json.doc
    expect(await holds(buckets.public, `media/${doc.filename}`)).toBe(true)
    expect(await holds(buckets.private, `media/${doc.filename}`)).toBe(false)
    const served = await download(doc.url)
    expect(served.status).toBe(200)
    const stored = await client.send(
      new GetObjectCommand({ Bucket: buckets.public, Key: `media/${doc.filename}` }),
    )
    expect(sha256(served.bytes)).toBe(
      sha256(Buffer.from(await stored.Body!.transformToByteArray())),
    )
    // Nothing was written beside the database.
    const after = existsSync(path.join(dataDir, 'media'))
      ? readdirSync(path.join(dataDir, 'media')).length
      : 0
    expect(after).toBe(before)
  })

  it('puts a citizen’s photo in the private bucket, readable through the CMS by its district only', async () => {
    const photo = await sharp({
      create: { width: 16, height: 12, channels: 3, background: '#c0392b' },
    })
      .jpeg()
      .toBuffer()
    const submitted = await call(
      'POST',
      '/api/submissions/submit',
      service,
      JSON.stringify({
        service: 'complaint',
        site: 'anfa',
        locale: 'fr',
        idempotencyKey: key(),
        digest: digest(),
        input: {
          category: 'lighting',
          description: 'Lampadaire éteint, photo jointe (stockage objet).',
          phone: '0612345678',
        },
        files: [{ name: 'rue.jpg', data: photo.toString('base64') }],
      }),
    )
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201)
    const admin = await login('admin')
    const found = await call(
      'GET',
      `/api/submissions?where[trackingCode][equals]=${submitted.json.code}&depth=0`,
      admin,
    )
    const files = await call(
      'GET',
      `/api/submission-files?where[submission][equals]=${found.json.docs[0].id}&depth=0`,
      admin,
    )
    const file = files.json.docs[0]
    expect(await holds(buckets.private, `submission-files/${file.filename}`)).toBe(true)
    expect(await holds(buckets.public, `submission-files/${file.filename}`)).toBe(false)
    // Nothing of it in the data folder.
    const local = path.join(dataDir, 'submission-files')
    expect(existsSync(local) ? readdirSync(local) : []).toEqual([])
    // Its URL is the CMS's, behind the access rules; never the bucket's.
    expect(file.url).toMatch(/^(https?:\/\/[^/]+)?\/api\/submission-files\/file\//)

    const own = await download(file.url, await login('district-editor', 'anfa'))
    expect(own.status).toBe(200)
    expect(sha256(own.bytes)).toBe(sha256(photo))
    expect(own.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(own.headers.get('content-security-policy')).toMatch(/(^|; )sandbox($|;)/)
    expect(own.headers.get('content-security-policy')).toContain("default-src 'none'")
    for (const auth of [await login('district-publisher', 'maarif'), undefined]) {
      const refused = await download(file.url, auth)
      expect([401, 403, 404]).toContain(refused.status)
      expect(refused.bytes.includes(photo)).toBe(false)
    }
  })

  it('is not ready once the storage stops taking writes', async () => {
    await s3.close()
    closed = true
    // A write that worked is trusted for 15 s (health/endpoints.ts): wait for the next probe.
    for (let i = 0; i < 120; i++) {
      const ready = await call('GET', '/api/ready')
      if (ready.status === 503) {
        expect(ready.json).toMatchObject({
          ok: false,
          failures: expect.arrayContaining(['storage: media', 'storage: submission-files']),
        })
        return
      }
      await new Promise((ok) => setTimeout(ok, 250))
    }
    throw new Error('/api/ready never said 503 with the storage gone')
  })

  it('refuses half a setting with a clear error before starting', async () => {
    const { objectStorageFromEnv } = await import('./storage.ts')
    expect(() => objectStorageFromEnv({ S3_BUCKET: 'only-public' })).toThrow(/S3_PRIVATE_BUCKET/)
    expect(() =>
      objectStorageFromEnv({ S3_BUCKET: 'same-bucket', S3_PRIVATE_BUCKET: 'same-bucket' }),
    ).toThrow(/another bucket/)
    expect(objectStorageFromEnv({})).toBeNull()
    // The secrets are untouched by any of this.
    expect(readFileSync(path.join(dataDir, 'secrets.env'), 'utf8')).toContain('PAYLOAD_SECRET=')
  })
})
