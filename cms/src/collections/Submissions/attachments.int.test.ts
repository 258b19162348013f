import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { submissionDigest } from '@bawaba/eservices'
import { maxSubmitBodyBytes } from '@bawaba/schemas'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  cms,
  complaint,
  count,
  dataDir,
  jwt,
  key,
  service,
  signIn,
  submit,
  type Answer,
  type Json,
} from '../../test/stack.ts'

/**
 * Citizens' files, seen from outside over HTTP against the test stack, as an attacker would
 * try them: only the forms service stores them, with their submission or not at all; only
 * the staff of the submission's site read them back (REST, GraphQL, the file URL), always as
 * a download; wrong kinds, oversized and excess files store nothing; nobody writes them
 * through the API, and only the platform admin deletes them.
 */

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const base64 = (bytes: Buffer) => bytes.toString('base64')
const filesOnDisk = () => {
  const folder = path.join(dataDir, 'submission-files')
  return existsSync(folder) ? readdirSync(folder).length : 0
}

let photo: Buffer
let photo2: Buffer
const pdf = (size = 2000) => {
  // A document: a catalog and its (empty) page tree, which the CMS's PDF parser wants.
  const head = Buffer.from(
    '%PDF-1.4\n% Bawaba test\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n',
  )
  const tail = Buffer.from(
    '\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  )
  return Buffer.concat([
    head,
    Buffer.alloc(Math.max(0, size - head.length - tail.length), 32),
    tail,
  ])
}
/** A PNG signature on garbage: passes the first look at its bytes, not Payload's decoding. */
const brokenPng = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 7),
])

const withFiles = (files: Array<{ name: string; bytes: Buffer }>, overrides: Json = {}) =>
  submit({
    files: files.map((f) => ({ name: f.name, data: base64(f.bytes) })),
    ...overrides,
  })

/** The submission with this code as the admin sees it, with its attachments listed. */
async function stored(code: string) {
  const { json } = await call(
    'GET',
    `/api/submissions?where[trackingCode][equals]=${code}&depth=0`,
    jwt('admin'),
  )
  return json.docs[0] as Json
}
const filesOf = async (id: string, auth = jwt('admin')) =>
  (await call('GET', `/api/submission-files?where[submission][equals]=${id}&depth=0`, auth)).json
    .docs as Json[]

/** GET of a file URL, with its bytes. */
async function download(url: string, auth?: string) {
  const response = await fetch(new URL(url, cms), {
    headers: auth ? { authorization: auth } : {},
  })
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

beforeAll(async () => {
  await signIn()
  photo = await sharp({
    create: { width: 16, height: 12, channels: 3, background: '#c0392b' },
  })
    .jpeg()
    .toBuffer()
  photo2 = await sharp({
    create: { width: 10, height: 10, channels: 4, background: '#2980b9' },
  })
    .png()
    .toBuffer()
})

describe('submitting with files', () => {
  it('stores a complaint with its photos, in order, for its site’s staff to download', async () => {
    const [submissions, files] = [await count('submissions'), await count('submission-files')]
    const { status, json } = await withFiles([
      { name: 'lampadaire.jpg', bytes: photo },
      { name: 'rue.png', bytes: photo2 },
    ])
    expect(status).toBe(201)
    expect(await count('submissions')).toBe(submissions + 1)
    expect(await count('submission-files')).toBe(files + 2)

    const doc = await stored(json.code)
    const editor = jwt('district-editor', 'anfa')
    const seen = await call('GET', `/api/submissions/${doc.id}?depth=1`, editor)
    expect(seen.json.files.docs.map((f: Json) => f.originalName)).toEqual([
      'lampadaire.jpg',
      'rue.png',
    ])
    const listed = await filesOf(doc.id, editor)
    expect(listed).toHaveLength(2)
    const jpeg = listed.find((f) => f.originalName === 'lampadaire.jpg')!
    expect(jpeg).toMatchObject({ mimeType: 'image/jpeg', sha256: sha256(photo), site: doc.site })
    // Named on disk by the CMS, not by the citizen.
    expect(jpeg.filename).toMatch(/^[0-9a-f]{24}\.jpg$/)

    const file = await download(jpeg.url, editor)
    expect(file.status).toBe(200)
    expect(sha256(file.bytes)).toBe(sha256(photo))
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toMatch(/\bsandbox\b/)
  })

  it('takes PDFs for the bureau d’ordre and urbanism requests', async () => {
    const { status, json } = await withFiles([{ name: 'lettre.pdf', bytes: pdf() }], {
      service: 'correspondence',
      input: {
        name: 'Citoyen Test',
        email: 'citoyen.test@example.ma',
        department: 'urbanism',
        subject: 'Demande de document',
        message: 'Je vous prie de bien vouloir trouver ci-joint ma demande.',
      },
    })
    expect(status).toBe(201)
    const files = await filesOf((await stored(json.code)).id)
    expect(files.map((f) => f.mimeType)).toEqual(['application/pdf'])
  })

  it('gives the same code for the same key and files, refuses the key with other files', async () => {
    const idempotencyKey = key()
    const fields = { ...complaint }
    const first = [{ name: 'a.jpg', bytes: photo }]
    const sameDigest = submissionDigest(
      fields,
      first.map((f) => ({ sha256: sha256(f.bytes) })),
    )
    const one = await withFiles(first, { idempotencyKey, digest: sameDigest })
    expect(one.status).toBe(201)
    const files = await count('submission-files')
    const again = await withFiles(first, { idempotencyKey, digest: sameDigest })
    expect(again.json).toMatchObject({ code: one.json.code, duplicate: true })
    const other = [{ name: 'a.png', bytes: photo2 }]
    const changed = await withFiles(other, {
      idempotencyKey,
      digest: submissionDigest(
        fields,
        other.map((f) => ({ sha256: sha256(f.bytes) })),
      ),
    })
    expect(changed.status).toBe(409)
    expect(await count('submission-files')).toBe(files)
  })
})

describe('files that break the rules store nothing', () => {
  const refusals: Array<[string, () => Promise<Answer>, string]> = [
    ['a PDF with a complaint', () => withFiles([{ name: 'p.jpg', bytes: pdf() }]), 'file-type'],
    [
      'an HTML page named .pdf to the bureau d’ordre',
      () =>
        withFiles([{ name: 'x.pdf', bytes: Buffer.from('<html><script>1</script></html>') }], {
          service: 'correspondence',
          input: {
            email: 'a@example.ma',
            name: 'Citoyen',
            department: 'other',
            subject: 'Objet',
            message: 'Un message assez long pour passer.',
          },
        }),
      'file-type',
    ],
    [
      'six photos',
      () => withFiles(Array(6).fill({ name: 'p.jpg', bytes: photo })),
      'too-many-files',
    ],
    [
      'a file over 10 MB',
      () =>
        withFiles([
          { name: 'big.jpg', bytes: Buffer.concat([photo, Buffer.alloc(10 * 1024 * 1024)]) },
        ]),
      'file-too-large',
    ],
    [
      'a file with an access-to-information request',
      () =>
        withFiles([{ name: 'p.jpg', bytes: photo }], {
          service: 'access-to-info',
          input: {
            email: 'a@example.ma',
            name: 'Citoyen',
            information: 'Le budget 2026 de l’arrondissement.',
            answerForm: 'email',
          },
        }),
      'too-many-files',
    ],
    [
      'bytes that are not base64',
      () => submit({ files: [{ name: 'p.jpg', data: '%%%%' }] }),
      'file-corrupt',
    ],
  ]
  for (const [what, send, rule] of refusals) {
    it(`refuses ${what} (${rule})`, async () => {
      const before = [await count('submissions'), await count('submission-files'), filesOnDisk()]
      const { status, json } = await send()
      expect(status).toBe(400)
      expect(json).toEqual({ error: 'invalid', fields: { files: rule } })
      expect([await count('submissions'), await count('submission-files'), filesOnDisk()]).toEqual(
        before,
      )
    })
  }

  it('a submission whose second file is refused leaves no submission and no file', async () => {
    const before = [await count('submissions'), await count('submission-files'), filesOnDisk()]
    const idempotencyKey = key()
    const { status, json } = await withFiles(
      [
        { name: 'bon.jpg', bytes: photo },
        { name: 'casse.png', bytes: brokenPng },
      ],
      { idempotencyKey },
    )
    expect(status).toBe(400)
    expect(json.fields).toEqual({ files: 'file-corrupt' })
    expect([await count('submissions'), await count('submission-files'), filesOnDisk()]).toEqual(
      before,
    )
    // Nothing was kept under that key either: the citizen can send the form again.
    const retry = await withFiles([{ name: 'bon.jpg', bytes: photo }], { idempotencyKey })
    expect(retry.status).toBe(201)
  })
})

describe('who reads the files', () => {
  let id: string
  let file: Json

  beforeAll(async () => {
    const { json } = await withFiles([{ name: 'preuve.jpg', bytes: photo }])
    id = (await stored(json.code)).id
    file = (await filesOf(id))[0]!
  })

  it('not the forms service, another district, the central editor or anonymous callers', async () => {
    for (const [who, auth] of [
      ['forms service', service],
      ['maarif publisher', jwt('district-publisher', 'maarif')],
      ['maarif editor', jwt('district-editor', 'maarif')],
      ['central editor', jwt('central-editor')],
      ['anonymous', undefined],
    ] as const) {
      const list = await call('GET', `/api/submission-files?where[submission][equals]=${id}`, auth)
      expect(list.json.docs ?? [], who).toEqual([])
      // Whatever else they may read (Maarif's own files), nothing of Anfa's.
      const all = await call('GET', `/api/submission-files?limit=1000&depth=0`, auth)
      expect(
        (all.json.docs ?? []).filter((f: Json) => f.site === file.site),
        who,
      ).toEqual([])
      if (who === 'forms service' || who === 'anonymous')
        expect(all.json.docs ?? [], who).toEqual([])
      const byId = await call('GET', `/api/submission-files/${file.id}`, auth)
      expect([401, 403, 404], who).toContain(byId.status)
      const graph = await call('POST', '/api/graphql', auth, {
        query: `{ SubmissionFiles(where: { submission: { equals: "${id}" } }) { docs { id url filename } } }`,
      })
      expect(graph.json.data?.SubmissionFiles?.docs ?? [], who).toEqual([])
      const bytes = await download(`/api/submission-files/file/${file.filename}`, auth)
      expect([401, 403, 404], who).toContain(bytes.status)
      expect(bytes.bytes.includes(photo.subarray(0, 64)), who).toBe(false)
      // Nor through the submission it belongs to.
      const parent = await call('GET', `/api/submissions/${id}?depth=1`, auth)
      expect(JSON.stringify(parent.json), who).not.toContain(file.filename)
    }
  })

  it('the staff of the site and the admin, as a download that cannot run', async () => {
    for (const auth of [
      jwt('district-publisher', 'anfa'),
      jwt('district-editor', 'anfa'),
      jwt('admin'),
    ]) {
      const bytes = await download(`/api/submission-files/file/${file.filename}`, auth)
      expect(bytes.status).toBe(200)
      expect(bytes.bytes.equals(photo)).toBe(true)
      expect(bytes.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(bytes.headers.get('x-content-type-options')).toBe('nosniff')
      expect(bytes.headers.get('content-security-policy')).toMatch(/\bsandbox\b/)
      const graph = await call('POST', '/api/graphql', auth, {
        query: `{ SubmissionFiles(where: { submission: { equals: "${id}" } }) { docs { id } } }`,
      })
      expect(graph.json.data.SubmissionFiles.docs).toHaveLength(1)
    }
  })

  it('nobody writes a file through the API, not even the admin or the forms service', async () => {
    const before = await count('submission-files')
    for (const auth of [service, jwt('district-publisher', 'anfa'), jwt('admin'), undefined]) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'planted.jpg')
      form.append('_payload', JSON.stringify({ submission: id, site: file.site }))
      const created = await fetch(`${cms}/api/submission-files`, {
        method: 'POST',
        headers: auth ? { authorization: auth } : {},
        body: form,
      })
      expect([401, 403], String(auth)).toContain(created.status)
      const changed = await call('PATCH', `/api/submission-files/${file.id}`, auth, {
        originalName: 'renamed.jpg',
        site: null,
      })
      expect([401, 403, 404], String(auth)).toContain(changed.status)
    }
    expect(await count('submission-files')).toBe(before)
    expect((await filesOf(id))[0]!.originalName).toBe('preuve.jpg')
  })

  it('only the admin deletes; deleting a submission deletes its files', async () => {
    for (const auth of [jwt('district-publisher', 'anfa'), service]) {
      expect([401, 403, 404]).toContain(
        (await call('DELETE', `/api/submission-files/${file.id}`, auth)).status,
      )
      expect([401, 403, 404]).toContain(
        (await call('DELETE', `/api/submissions/${id}`, auth)).status,
      )
    }
    expect(await filesOf(id)).toHaveLength(1)
    const removed = await call('DELETE', `/api/submissions/${id}`, jwt('admin'))
    expect(removed.status).toBe(200)
    const left = await call('GET', `/api/submission-files/${file.id}`, jwt('admin'))
    expect(left.status).toBe(404)
    const bytes = await download(`/api/submission-files/file/${file.filename}`, jwt('admin'))
    expect(bytes.status).not.toBe(200)
    expect(existsSync(path.join(dataDir, 'submission-files', file.filename))).toBe(false)
  })
})

describe('request size', () => {
  it('accepts a 55 MB body (four PDFs of almost 10 MB)', async () => {
    const big = pdf(9.9 * 1024 * 1024)
    const files = Array.from({ length: 4 }, (_, i) => ({
      name: `plan-${i}.pdf`,
      data: base64(big),
    }))
    const body = {
      service: 'urbanism-info',
      site: 'anfa',
      locale: 'fr',
      idempotencyKey: key(),
      digest: sha256(Buffer.from(key())),
      input: {
        name: 'Architecte Test',
        email: 'archi@example.ma',
        landTitle: 'TF 12345/C',
        location: 'Boulevard d’Anfa',
        capacity: 'architect',
        purpose: 'construction',
      },
      files,
    }
    const text = JSON.stringify(body)
    expect(text.length).toBeGreaterThan(55_000_000)
    const response = await fetch(`${cms}/api/submissions/submit`, {
      method: 'POST',
      headers: { authorization: service, 'content-type': 'application/json' },
      body: text,
    })
    expect(response.status).toBe(201)
    const { code } = (await response.json()) as Json
    const stored4 = await filesOf((await stored(code)).id)
    expect(stored4.map((f) => f.filesize)).toEqual([big.length, big.length, big.length, big.length])
  })

  it('refuses a body over the limit with 413, answering before it has all been sent', async () => {
    const before = await count('submissions')
    // Declared too large: refused from the header alone.
    const declared = await sendBody({ bytes: maxSubmitBodyBytes + 1_000_000, chunked: false })
    expect(declared.status).toBe(413)
    expect(declared.sentWhenAnswered).toBeLessThan(maxSubmitBodyBytes)
    // Streamed without a length: cut off once past the limit.
    const streamed = await sendBody({ bytes: 2 * maxSubmitBodyBytes, chunked: true })
    expect(streamed.status).toBe(413)
    expect(streamed.sentWhenAnswered).toBeLessThan(2 * maxSubmitBodyBytes)
    expect(await count('submissions')).toBe(before)
  })
})

/**
 * Sends a JSON-looking body of `bytes` bytes in 1 MB chunks with node:http (fetch waits for
 * its whole body), and notes how much had been sent when the answer came.
 */
function sendBody({ bytes, chunked }: { bytes: number; chunked: boolean }) {
  return new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
    const url = new URL('/api/submissions/submit', cms)
    let sent = 0
    let answered = false
    const request = http.request(url, {
      method: 'POST',
      headers: {
        authorization: service,
        'content-type': 'application/json',
        ...(chunked ? {} : { 'content-length': String(bytes) }),
      },
    })
    request.on('response', (response) => {
      answered = true
      const sentWhenAnswered = sent
      response.resume()
      response.on('end', () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, sentWhenAnswered })
      })
    })
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    const pump = () => {
      while (!answered && sent < bytes) {
        const part = sent === 0 ? Buffer.concat([Buffer.from('{"x":"'), chunk]) : chunk
        const slice = part.subarray(0, Math.min(part.length, bytes - sent))
        sent += slice.length
        if (!request.write(slice)) return void request.once('drain', pump)
      }
      if (!answered) request.end()
    }
    pump()
  })
}
