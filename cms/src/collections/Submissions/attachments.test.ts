import { createHash } from 'node:crypto'
import { maxFileBytes } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import { checkFiles } from './attachments.ts'

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
])
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n%%EOF\n')
const file = (bytes: Buffer, name = 'piece.bin') => ({ name, data: bytes.toString('base64') })

describe('submission files, checked again by the CMS', () => {
  it('accepts the kinds each service takes, by content, and fingerprints the bytes', () => {
    const photos = checkFiles('complaint', [file(png, 'photo.pdf')])
    expect(photos).toMatchObject({ ok: true, files: [{ mimeType: 'image/png', extension: 'png' }] })
    if (!photos.ok) throw new Error('refused')
    expect(photos.files[0]!.sha256).toBe(createHash('sha256').update(png).digest('hex'))
    expect(photos.files[0]!.originalName).toBe('photo.pdf')
    expect(checkFiles('correspondence', [file(pdf)])).toMatchObject({ ok: true })
    expect(checkFiles('feedback', [])).toEqual({ ok: true, files: [] })
  })

  it('refuses a kind the service does not take, whatever the name says', () => {
    expect(checkFiles('complaint', [file(pdf, 'photo.jpg')])).toEqual({
      ok: false,
      rule: 'file-type',
    })
    expect(checkFiles('urbanism-info', [file(png, 'plan.pdf')])).toEqual({
      ok: false,
      rule: 'file-type',
    })
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    expect(checkFiles('correspondence', [file(html, 'a.pdf')])).toEqual({
      ok: false,
      rule: 'file-type',
    })
  })

  it('refuses more files than the service takes', () => {
    expect(checkFiles('complaint', Array(6).fill(file(png)))).toEqual({
      ok: false,
      rule: 'too-many-files',
    })
    expect(checkFiles('access-to-info', [file(pdf)])).toEqual({ ok: false, rule: 'too-many-files' })
    expect(checkFiles('complaint', Array(5).fill(file(png))).ok).toBe(true)
  })

  it('refuses a file over the size limit, and bytes that are not base64', () => {
    const large = Buffer.concat([png, Buffer.alloc(maxFileBytes)])
    expect(checkFiles('complaint', [file(large)])).toEqual({ ok: false, rule: 'file-too-large' })
    const justUnder = Buffer.concat([png, Buffer.alloc(maxFileBytes - png.length)])
    expect(checkFiles('complaint', [file(justUnder)]).ok).toBe(true)
    for (const data of ['', 'iVBORw0KGgo', 'iVBO Rw0K', 'iV=BORw0', '%%%%'])
      expect(checkFiles('complaint', [{ name: 'x', data }]), data).toEqual({
        ok: false,
        rule: 'file-corrupt',
      })
  })
})
