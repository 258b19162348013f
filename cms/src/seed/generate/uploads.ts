import { constants } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { GeneratedDocument } from './rows.ts'

/** What Payload stores about an uploaded file; the rest of a media document is its own. */
const uploadFields = [
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'url',
  'sizes',
] as const

type Json = Record<string, unknown>

/** An upload Payload has processed: its file name and the fields it stored. */
export interface StoredUpload {
  collection: CollectionSlug
  filename: string
  fields: Json
}

/**
 * The upload fields of a stored document, read through the adapter: as stored, before any
 * afterRead hook (which would make the URLs absolute).
 */
export async function storedUpload(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<StoredUpload> {
  const doc = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as Json | null
  if (!doc?.filename) throw new Error(`generate: ${collection} ${id} has no stored file`)
  const fields = Object.fromEntries(uploadFields.map((name) => [name, doc[name]]))
  return { collection, filename: String(doc.filename), fields }
}

const base = (filename: string) => filename.replace(/\.[^.]+$/, '')

/**
 * The document Payload makes of the same file uploaded under another name, and its files:
 * the stored fields with every file name and URL renamed (a size's file is
 * `<name>-<width>x<height>.<ext>`), the original and each size's file copied. Payload would
 * decode, resize and encode them again, to the same bytes. `generate.int.test.ts` compares the
 * copy with `payload.create` of the same file under the same name.
 */
export async function copyUpload(
  req: PayloadRequest,
  from: StoredUpload,
  to: { id: string; filename: string; data: Json },
): Promise<GeneratedDocument> {
  const oldBase = base(from.filename)
  const newBase = base(to.filename)
  const rename = (filename: string) =>
    filename === from.filename
      ? to.filename
      : filename.startsWith(`${oldBase}-`)
        ? `${newBase}-${filename.slice(oldBase.length + 1)}`
        : filename
  const renameUrl = (url: unknown) => {
    if (typeof url !== 'string') return url
    const slash = url.lastIndexOf('/') + 1
    return url.slice(0, slash) + rename(url.slice(slash))
  }
  const files = [from.filename]
  const sizes = Object.fromEntries(
    Object.entries((from.fields.sizes ?? {}) as Record<string, Json>).map(([name, size]) => {
      if (typeof size.filename === 'string') files.push(size.filename)
      return [
        name,
        {
          ...size,
          filename: typeof size.filename === 'string' ? rename(size.filename) : size.filename,
          url: renameUrl(size.url),
        },
      ]
    }),
  )
  const staticDir = req.payload.collections[from.collection]!.config.upload.staticDir
  if (!staticDir) throw new Error(`generate: ${from.collection} keeps no files on disk`)
  await Promise.all(
    files.map((file) =>
      copyFile(
        path.join(staticDir, file),
        path.join(staticDir, rename(file)),
        // Refuse to write over a file: Payload would have chosen another name.
        constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE,
      ),
    ),
  )
  return {
    collection: from.collection,
    id: to.id,
    data: {
      ...to.data,
      ...from.fields,
      filename: to.filename,
      url: renameUrl(from.fields.url),
      sizes,
    },
  }
}
