import { createHash, randomBytes } from 'node:crypto'
import { sniffFormat } from '@bawaba/eservices'
import {
  attachmentRules,
  base64Length,
  maxFileBytes,
  type EService,
  type FileRule,
  type SubmitFile,
} from '@bawaba/schemas'
import { APIError, type PayloadRequest } from 'payload'
import { removeStoredFiles } from '../../storage.ts'

/**
 * The files of a submission as the CMS receives them: decoded, and checked again whatever the
 * e-services edge already did (defence in depth) — how many the service takes, how large,
 * and which kind by their content (magic bytes), never by the name given. The bytes are
 * stored as they came: the edge re-encoded images and stripped their metadata.
 */

const formats = {
  jpeg: { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' },
  png: { kind: 'image', mimeType: 'image/png', extension: 'png' },
  webp: { kind: 'image', mimeType: 'image/webp', extension: 'webp' },
  pdf: { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' },
} as const

export interface ReceivedFile {
  originalName: string
  data: Buffer
  mimeType: string
  extension: string
  /** SHA-256 (hex) of the bytes: the fingerprint the submission's digest covers. */
  sha256: string
}

export type FileCheck = { ok: true; files: ReceivedFile[] } | { ok: false; rule: FileRule }

/** Standard base64 with padding only at the end (Node's decoder would skip anything else). */
function isBase64(text: string): boolean {
  if (text.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(text)) return false
  const padding = text.indexOf('=')
  return padding === -1 || (padding >= text.length - 2 && /^=+$/.test(text.slice(padding)))
}

export function checkFiles(service: EService, files: readonly SubmitFile[]): FileCheck {
  const rule = attachmentRules[service]
  if (files.length > rule.max) return { ok: false, rule: 'too-many-files' }
  const kinds: readonly string[] = rule.kinds
  const received: ReceivedFile[] = []
  for (const file of files) {
    // Refused before decoding: a huge string is not turned into a huge buffer.
    if (file.data.length > base64Length(maxFileBytes)) return { ok: false, rule: 'file-too-large' }
    if (!isBase64(file.data)) return { ok: false, rule: 'file-corrupt' }
    const data = Buffer.from(file.data, 'base64')
    if (data.length === 0) return { ok: false, rule: 'file-corrupt' }
    if (data.length > maxFileBytes) return { ok: false, rule: 'file-too-large' }
    const format = sniffFormat(data)
    if (!format || !kinds.includes(formats[format].kind)) return { ok: false, rule: 'file-type' }
    received.push({
      originalName: file.name.trim(),
      data,
      mimeType: formats[format].mimeType,
      extension: formats[format].extension,
      sha256: createHash('sha256').update(data).digest('hex'),
    })
  }
  return { ok: true, files: received }
}

/** Payload refused a file the checks above let through (say, a truncated image). */
export class FileRefused extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(`submission file ${index + 1} refused`, { cause })
  }
}

/**
 * Stores the files of a submission with the Local API, inside the caller's transaction (`req`).
 * Names on disk are random: nothing the citizen chose reaches the file system, and a name
 * says nothing about its content. `written` collects them so that the caller can remove the
 * bytes if the transaction is rolled back (the database forgets them, the disk does not).
 */
export async function storeFiles(
  req: PayloadRequest,
  submission: { id: string; site: string },
  files: readonly ReceivedFile[],
  written: string[],
) {
  for (const [index, file] of files.entries()) {
    const name = `${randomBytes(12).toString('hex')}.${file.extension}`
    written.push(name)
    try {
      await req.payload.create({
        collection: 'submission-files',
        data: {
          submission: submission.id,
          site: submission.site,
          originalName: file.originalName,
          position: index + 1,
          sha256: file.sha256,
        },
        file: { data: file.data, mimetype: file.mimeType, name, size: file.data.length },
        depth: 0,
        req,
      })
    } catch (error) {
      const refused = error instanceof APIError && error.status === 400
      throw refused ? new FileRefused(index, error) : error
    }
  }
}

/** Removes bytes written for a submission whose transaction did not commit. */
export async function removeWritten(req: PayloadRequest, written: readonly string[]) {
  // In the data folder or the private bucket, wherever the files were stored.
  await removeStoredFiles(req.payload, 'submission-files', written).catch(() => {})
}
