import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Payload, Plugin } from 'payload'
import { z } from 'zod'

/**
 * Where uploaded files live. Without `S3_*` settings: folders under the data folder
 * (`.data/media`, `.data/documents`, `.data/submission-files`), as on a developer machine.
 * With them: an S3-compatible service through `@payloadcms/storage-s3`, in two buckets —
 * images and PDFs in `S3_BUCKET`, citizens' files in `S3_PRIVATE_BUCKET`, a bucket of their
 * own that nothing but the CMS reads. Every file is served by the CMS (`/api/<collection>/file/…`)
 * after its access rules, never by a bucket URL.
 */
const flag = z
  .enum(['', '0', '1', 'true', 'false'])
  .default('')
  .transform((v) => v === '1' || v === 'true')

export const storageEnv = z
  .object({
    /** Bucket of the media and documents (public content, still served through the CMS). */
    S3_BUCKET: z.string().min(3).optional(),
    /** Bucket of citizens' files: private, never shared with the public content. */
    S3_PRIVATE_BUCKET: z.string().min(3).optional(),
    /** `https://…` of an S3-compatible service; empty for AWS itself. */
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible services need. */
    S3_FORCE_PATH_STYLE: flag,
    /** Without keys, the AWS SDK's own chain (instance role, environment) is used. */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .refine((env) => !env.S3_BUCKET || env.S3_PRIVATE_BUCKET, {
    message:
      'S3_PRIVATE_BUCKET is required with S3_BUCKET: citizens’ files never go to the public bucket',
    path: ['S3_PRIVATE_BUCKET'],
  })
  .refine((env) => !env.S3_PRIVATE_BUCKET || env.S3_PRIVATE_BUCKET !== env.S3_BUCKET, {
    message: 'S3_PRIVATE_BUCKET must be another bucket than S3_BUCKET',
    path: ['S3_PRIVATE_BUCKET'],
  })

export interface ObjectStorage {
  bucket: string
  privateBucket: string
  client: S3ClientConfig
}

/** The S3 settings from the environment, or null for local folders; refuses half a setting. */
export function objectStorageFromEnv(
  env: Record<string, string | undefined> = process.env,
): ObjectStorage | null {
  const blank = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key.startsWith('S3_') && value !== ''),
  )
  const parsed = storageEnv.safeParse(blank)
  if (!parsed.success)
    throw new Error(
      `object storage: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  const s = parsed.data
  if (!s.S3_BUCKET) {
    if (s.S3_PRIVATE_BUCKET) throw new Error('object storage: S3_PRIVATE_BUCKET without S3_BUCKET')
    return null
  }
  return {
    bucket: s.S3_BUCKET,
    privateBucket: s.S3_PRIVATE_BUCKET!,
    client: {
      region: s.S3_REGION,
      ...(s.S3_ENDPOINT ? { endpoint: s.S3_ENDPOINT } : {}),
      forcePathStyle: s.S3_FORCE_PATH_STYLE,
      ...(s.S3_ACCESS_KEY_ID && s.S3_SECRET_ACCESS_KEY
        ? {
            credentials: {
              accessKeyId: s.S3_ACCESS_KEY_ID,
              secretAccessKey: s.S3_SECRET_ACCESS_KEY,
            },
          }
        : {}),
      // Checksums only where S3 requires them: S3-compatible services vary in what they accept.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/** Each upload collection's folder in its bucket (the object key is `<prefix>/<filename>`). */
export const storagePrefixes = {
  media: 'media',
  documents: 'documents',
  'submission-files': 'submission-files',
} as const
type UploadSlug = keyof typeof storagePrefixes

/**
 * The two storage plugins. They are always installed (disabled without settings) so that the
 * schema is the same with and without S3: the `prefix` and `_objectKey` columns they add are in
 * the committed migrations.
 */
export function objectStoragePlugins(storage = objectStorageFromEnv()): Plugin[] {
  const common = {
    alwaysInsertFields: true,
    enabled: Boolean(storage),
    config: storage?.client ?? {},
  }
  return [
    s3Storage({
      ...common,
      bucket: storage?.bucket ?? 'local',
      clientCacheKey: 's3:public',
      collections: {
        media: { prefix: storagePrefixes.media },
        documents: { prefix: storagePrefixes.documents },
      },
    }),
    s3Storage({
      ...common,
      bucket: storage?.privateBucket ?? 'local-private',
      clientCacheKey: 's3:private',
      acl: 'private',
      collections: { 'submission-files': { prefix: storagePrefixes['submission-files'] } },
    }),
  ]
}

function bucketOf(storage: ObjectStorage, slug: UploadSlug) {
  return slug === 'submission-files' ? storage.privateBucket : storage.bucket
}

let client: S3Client | null = null
const s3 = (storage: ObjectStorage) => (client ??= new S3Client(storage.client))

/** Removes stored files by name (bytes of a transaction that did not commit). */
export async function removeStoredFiles(
  payload: Payload,
  slug: UploadSlug,
  names: readonly string[],
): Promise<void> {
  const storage = objectStorageFromEnv()
  if (storage) {
    for (const name of names)
      await s3(storage)
        .send(
          new DeleteObjectCommand({
            Bucket: bucketOf(storage, slug),
            Key: `${storagePrefixes[slug]}/${name}`,
          }),
        )
        .catch(() => {})
    return
  }
  const folder = payload.collections[slug].config.upload.staticDir ?? ''
  for (const name of names) await rm(path.join(folder, name), { force: true })
}

/**
 * Writes and removes a small object where each upload collection stores its files: the
 * readiness check's "storage writable". Answers the failures: [collection, error].
 */
export async function probeStorage(payload: Payload): Promise<Array<[UploadSlug, string]>> {
  const storage = objectStorageFromEnv()
  const name = `.ready-${process.pid}-${Date.now().toString(36)}`
  const failures: Array<[UploadSlug, string]> = []
  for (const slug of Object.keys(storagePrefixes) as UploadSlug[]) {
    try {
      if (storage) {
        const where = { Bucket: bucketOf(storage, slug), Key: `${storagePrefixes[slug]}/${name}` }
        await s3(storage).send(new PutObjectCommand({ ...where, Body: 'ok' }))
        await s3(storage).send(new DeleteObjectCommand(where))
      } else {
        const folder = payload.collections[slug].config.upload.staticDir ?? ''
        await mkdir(folder, { recursive: true })
        await writeFile(path.join(folder, name), 'ok')
        await rm(path.join(folder, name), { force: true })
      }
    } catch (error) {
      failures.push([slug, (error as Error).message])
    }
  }
  return failures
}
