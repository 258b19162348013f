import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { safeFileName } from './filename.ts'
import { inspectPdf } from './pdf.ts'

/**
 * Checks an uploaded attachment. The type is decided by the content (magic bytes), never
 * by the declared name or MIME type: JPEG, PNG, WebP and PDF only. Images are decoded
 * within a pixel limit, turned upright and re-encoded in their own format, which drops
 * EXIF (GPS position, camera serial), XMP, IPTC and ICC data; the result is what is stored.
 * PDFs are kept byte for byte once they pass `inspectPdf`.
 */
export type UploadKind = 'image' | 'pdf'
export type UploadRefusal =
  'too-large' | 'empty' | 'type' | 'corrupt' | 'too-many-pixels' | 'pdf-active-content'

export type InspectedUpload =
  | {
      ok: true
      kind: UploadKind
      mimeType: string
      /** The bytes to store: re-encoded for images, as uploaded for PDFs. */
      data: Buffer
      fileName: string
      /** SHA-256 (hex) of `data`. */
      sha256: string
      width?: number
      height?: number
    }
  | { ok: false; reason: UploadRefusal }

export interface InspectOptions {
  maxBytes?: number
  maxPixels?: number
}

type Format = 'jpeg' | 'png' | 'webp' | 'pdf'

const types: Record<Format, { kind: UploadKind; mimeType: string; extension: string }> = {
  jpeg: { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' },
  png: { kind: 'image', mimeType: 'image/png', extension: 'png' },
  webp: { kind: 'image', mimeType: 'image/webp', extension: 'webp' },
  pdf: { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' },
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The format the first bytes announce, or null. */
export function sniffFormat(data: Buffer): Format | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.subarray(0, 8).equals(pngSignature)) return 'png'
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') {
    return 'webp'
  }
  if (data.toString('latin1', 0, 5) === '%PDF-') return 'pdf'
  return null
}

export async function inspectUpload(
  data: Buffer,
  declaredName: string,
  { maxBytes = 10 * 1024 * 1024, maxPixels = 40_000_000 }: InspectOptions = {},
): Promise<InspectedUpload> {
  const bytes: unknown = data
  if (!(bytes instanceof Uint8Array)) throw new TypeError('inspectUpload needs the bytes')
  // A plain Uint8Array (from fetch or Web streams) is viewed as a Buffer, not copied.
  const input = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (input.length === 0) return { ok: false, reason: 'empty' }
  if (input.length > maxBytes) return { ok: false, reason: 'too-large' }
  const format = sniffFormat(input)
  if (!format) return { ok: false, reason: 'type' }
  const { kind, mimeType, extension } = types[format]
  const fileName = safeFileName(declaredName, extension)

  if (format === 'pdf') {
    const verdict = await inspectPdf(input)
    if (verdict !== 'ok') return { ok: false, reason: verdict }
    return { ok: true, kind, mimeType, data: input, fileName, sha256: sha256(input) }
  }

  // The header alone gives the size: refuse a decompression bomb before decoding it.
  let width: number | undefined
  let height: number | undefined
  try {
    const meta = await sharp(input, { limitInputPixels: false }).metadata()
    if (meta.format !== format) return { ok: false, reason: 'corrupt' }
    width = meta.width
    height = meta.pageHeight ?? meta.height
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  if (!width || !height) return { ok: false, reason: 'corrupt' }
  if (width * height > maxPixels) return { ok: false, reason: 'too-many-pixels' }

  try {
    // failOn 'error' refuses truncated and broken files, not harmless decoder warnings.
    const image = sharp(input, { limitInputPixels: maxPixels, failOn: 'error' }).rotate()
    const encoded =
      format === 'png'
        ? image.png()
        : format === 'webp'
          ? image.webp({ quality: 85 })
          : image.jpeg({ quality: 85 })
    const { data: out, info } = await encoded.toBuffer({ resolveWithObject: true })
    return {
      ok: true,
      kind,
      mimeType,
      data: out,
      fileName,
      sha256: sha256(out),
      width: info.width,
      height: info.height,
    }
  } catch (error) {
    const pixels = error instanceof Error && /pixel limit/i.test(error.message)
    return { ok: false, reason: pixels ? 'too-many-pixels' : 'corrupt' }
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
