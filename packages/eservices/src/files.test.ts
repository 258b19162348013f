import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { inspectUpload, sniffFormat, type InspectedUpload } from './files.ts'
import { pdf } from './testing/fixtures.ts'

/** A noisy RGB image, so that encoders cannot shrink it to nothing. */
function pixels(width: number, height: number) {
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251
  return sharp(raw, { raw: { width, height, channels: 3 } })
}

const gps = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 35/1 0/1' } }

function ok(result: InspectedUpload) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result
}

/** A valid 1×1 PNG whose header then claims `width` × `height`, CRC fixed. */
async function pngClaiming(width: number, height: number) {
  const png = Buffer.from(await pixels(1, 1).png().toBuffer())
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

describe('images', () => {
  it('re-encodes a JPEG without its EXIF, GPS position included', async () => {
    const input = await pixels(64, 48).jpeg().withMetadata({ exif: gps }).toBuffer()
    expect((await sharp(input).metadata()).exif).toBeDefined()
    const result = ok(await inspectUpload(input, 'IMG_0001.JPG'))
    expect(result).toMatchObject({
      kind: 'image',
      mimeType: 'image/jpeg',
      fileName: 'IMG_0001.jpg',
    })
    expect(result).toMatchObject({ width: 64, height: 48 })
    const meta = await sharp(result.data).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(result.data.includes(Buffer.from('Exif'))).toBe(false)
    expect(result.sha256).toBe(createHash('sha256').update(result.data).digest('hex'))
  })

  it('turns a photo upright by its orientation tag, then drops the tag', async () => {
    const input = await pixels(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const result = ok(await inspectUpload(input, 'sideways.jpg'))
    expect(result).toMatchObject({ width: 20, height: 40 })
    expect((await sharp(result.data).metadata()).orientation).toBeUndefined()
  })

  it('keeps PNG as PNG, with its transparency, and WebP as WebP', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#0000' } })
      .png()
      .toBuffer()
    const fromPng = ok(await inspectUpload(png, 'plan.png'))
    expect(fromPng).toMatchObject({
      mimeType: 'image/png',
      fileName: 'plan.png',
      width: 8,
      height: 8,
    })
    expect((await sharp(fromPng.data).metadata()).hasAlpha).toBe(true)
    const webp = await pixels(16, 16).webp().withMetadata({ exif: gps }).toBuffer()
    const fromWebp = ok(await inspectUpload(webp, 'photo.webp'))
    expect(fromWebp).toMatchObject({ mimeType: 'image/webp', fileName: 'photo.webp' })
    expect((await sharp(fromWebp.data).metadata()).exif).toBeUndefined()
  })

  it('names the file by its content, not by its declared extension', async () => {
    const jpeg = await pixels(8, 8).jpeg().toBuffer()
    expect(ok(await inspectUpload(jpeg, 'document.pdf')).fileName).toBe('document.jpg')
    expect(ok(await inspectUpload(jpeg, 'photo\u202Egpj.exe'))).toMatchObject({
      mimeType: 'image/jpeg',
      fileName: 'photogpj.jpg',
    })
    expect(ok(await inspectUpload(jpeg, '../../etc/passwd.jpg')).fileName).toBe('passwd.jpg')
    expect(ok(await inspectUpload(pdf(), '..\\..\\x.pdf')).fileName).toBe('x.pdf')
    expect(ok(await inspectUpload(pdf(), 'scan.jpg'))).toMatchObject({
      kind: 'pdf',
      mimeType: 'application/pdf',
      fileName: 'scan.pdf',
    })
  })

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const bomb = await pngClaiming(20_000, 20_000)
    expect(bomb.length).toBeLessThan(200)
    expect(await inspectUpload(bomb, 'bomb.png')).toEqual({ ok: false, reason: 'too-many-pixels' })
  })

  it('refuses an image above the pixel limit given', async () => {
    const jpeg = await pixels(100, 100).jpeg().toBuffer()
    expect(await inspectUpload(jpeg, 'a.jpg', { maxPixels: 9_999 })).toEqual({
      ok: false,
      reason: 'too-many-pixels',
    })
    expect(ok(await inspectUpload(jpeg, 'a.jpg', { maxPixels: 10_000 })).width).toBe(100)
  })

  it('refuses truncated and broken images', async () => {
    const jpeg = await pixels(256, 256).jpeg().toBuffer()
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6))
    expect(await inspectUpload(truncated, 'cut.jpg')).toEqual({ ok: false, reason: 'corrupt' })
    const png = await pixels(64, 64).png().toBuffer()
    expect(await inspectUpload(png.subarray(0, png.length - 40), 'cut.png')).toEqual({
      ok: false,
      reason: 'corrupt',
    })
    const junk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(500, 7)])
    expect(await inspectUpload(junk, 'junk.jpg')).toEqual({ ok: false, reason: 'corrupt' })
    expect(await inspectUpload(await pngClaiming(0, 10), 'zero.png')).toEqual({
      ok: false,
      reason: 'corrupt',
    })
  })
})

describe('types other than JPEG, PNG, WebP and PDF', () => {
  it('are refused whatever their name says', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const html = '<!doctype html><html><script>alert(document.cookie)</script></html>'
    const gif = await pixels(8, 8).gif().toBuffer()
    const tiff = await pixels(8, 8).tiff().toBuffer()
    const cases: Array<[Buffer, string]> = [
      [Buffer.from(svg), 'image.png'],
      [Buffer.from(`<?xml version="1.0"?>${svg}`), 'image.svg'],
      [Buffer.from(html), 'report.pdf'],
      [Buffer.from(` %PDF-1.7\n${html}`), 'report.pdf'],
      [gif, 'animation.gif'],
      [gif, 'animation.jpg'],
      [tiff, 'scan.tif'],
      [Buffer.from('MZ\x90\x00', 'latin1'), 'setup.jpg'],
      [Buffer.from('PK\x03\x04', 'latin1'), 'document.pdf'],
      [Buffer.from('RIFF\x00\x00\x00\x00WAVE', 'latin1'), 'sound.webp'],
    ]
    for (const [data, name] of cases) {
      expect(await inspectUpload(data, name), name).toEqual({ ok: false, reason: 'type' })
    }
  })

  it('sniffs only the four formats', async () => {
    expect(sniffFormat(await pixels(2, 2).jpeg().toBuffer())).toBe('jpeg')
    expect(sniffFormat(await pixels(2, 2).png().toBuffer())).toBe('png')
    expect(sniffFormat(await pixels(2, 2).webp().toBuffer())).toBe('webp')
    expect(sniffFormat(pdf())).toBe('pdf')
    expect(sniffFormat(await pixels(2, 2).avif().toBuffer())).toBeNull()
    expect(sniffFormat(Buffer.from([0xff, 0xd8]))).toBeNull()
  })
})

describe('sizes', () => {
  it('refuses an empty file and one above the byte limit', async () => {
    expect(await inspectUpload(Buffer.alloc(0), 'empty.jpg')).toEqual({
      ok: false,
      reason: 'empty',
    })
    const big = Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024)])
    expect(await inspectUpload(big, 'big.pdf')).toEqual({ ok: false, reason: 'too-large' })
    expect(await inspectUpload(pdf(), 'a.pdf', { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'too-large',
    })
  })

  it('accepts a file of exactly the limit, as a Buffer or a Uint8Array, and nothing else', async () => {
    const doc = pdf()
    expect((await inspectUpload(doc, 'a.pdf', { maxBytes: doc.length })).ok).toBe(true)
    expect((await inspectUpload(new Uint8Array(doc) as Buffer, 'a.pdf')).ok).toBe(true)
    await expect(inspectUpload('%PDF-1.7' as never, 'a.pdf')).rejects.toThrow(TypeError)
  })
})

describe('PDFs', () => {
  it('are kept byte for byte when clean', async () => {
    const doc = pdf()
    const result = ok(await inspectUpload(doc, 'demande.pdf'))
    expect(result.data.equals(doc)).toBe(true)
    expect(result.sha256).toBe(createHash('sha256').update(doc).digest('hex'))
    expect(result.width).toBeUndefined()
  })

  it('are refused with active content, or without their end marker', async () => {
    expect(await inspectUpload(pdf('/OpenAction << /S /JavaScript /JS (x) >>'), 'a.pdf')).toEqual({
      ok: false,
      reason: 'pdf-active-content',
    })
    expect(await inspectUpload(pdf().subarray(0, 100), 'a.pdf')).toEqual({
      ok: false,
      reason: 'corrupt',
    })
  })
})
