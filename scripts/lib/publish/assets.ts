/**
 * The files pages link besides themselves: image renditions (sharp, the encoder settings of
 * sites/src/lib/images.ts) and the council's PDFs, fetched from the CMS. Each is made once into
 * a content-addressed cache (`.data/publish-cache/`) and hard-linked into every release that
 * links it. A cache file is written under a temporary name, then renamed: a build killed at any
 * moment leaves whole files or none, never an empty one that later builds would trust.
 * Fetches are retried with backoff: a CMS that restarts or answers late does not fail a build.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'
import type { ImageRendition } from '../../../sites/src/lib/context.ts'

/** Attempts and first wait of a fetch; the wait doubles each time (0.5 s, 1 s, 2 s, 4 s). */
export const fetchRetries = { attempts: 5, firstWaitMs: 500, timeoutMs: 30_000 }

/** A fetch that failed every attempt: the message names the URL and each attempt's reason. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reasons: string[],
  ) {
    super(`fetching ${url} failed ${reasons.length} times: ${reasons.join('; ')}`)
    this.name = 'FetchError'
  }
}

/** GETs a URL, retrying network errors, timeouts and 5xx answers with exponential backoff. */
export async function fetchBytes(
  url: string,
  options: Partial<typeof fetchRetries> = {},
): Promise<Buffer> {
  const { attempts, firstWaitMs, timeoutMs } = { ...fetchRetries, ...options }
  const reasons: string[] = []
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(firstWaitMs * 2 ** (attempt - 1))
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
      if (response.ok) return Buffer.from(await response.arrayBuffer())
      reasons.push(`${response.status} ${response.statusText}`)
      // A 4xx is not going to change by asking again.
      if (response.status < 500) break
    } catch (error) {
      const cause = error as Error & { cause?: { code?: string } }
      reasons.push(
        cause.name === 'TimeoutError'
          ? `no answer in ${timeoutMs} ms`
          : (cause.cause?.code ?? cause.message),
      )
    }
  }
  throw new FetchError(url, reasons)
}

/** Writes a file whole or not at all: a temporary name in the same folder, then rename(2). */
export function writeAtomically(file: string, data: Buffer | string): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`
  try {
    writeFileSync(temp, data)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** A cache file is usable when it exists and is not empty (older builds' leftovers included). */
export function cached(file: string): boolean {
  try {
    return statSync(file).size > 0
  } catch {
    return false
  }
}

// libvips runs its own threads; the renderers already use both cores.
sharp.concurrency(1)

async function encode(input: Buffer, rendition: ImageRendition): Promise<Buffer> {
  const image = sharp(input, { failOn: 'none' })
    .rotate()
    .resize({ width: rendition.width, height: rendition.height, fit: 'fill' })
  switch (rendition.format) {
    case 'webp':
      return image.webp({ quality: 76, effort: 4 }).toBuffer()
    case 'jpg':
      return image.jpeg({ quality: 78, mozjpeg: true }).toBuffer()
    case 'png':
      return image.png().toBuffer()
  }
}

export interface AssetStats {
  made: number
  fetched: number
  seconds: number
}

/**
 * Makes every rendition not in the cache yet (`<cache>/<file>`, the file being `_img/…`): each
 * source is fetched once, however many renditions it has. Returns what it did.
 */
export async function ensureImages(
  cache: string,
  renditions: Iterable<ImageRendition>,
  concurrency = 2,
): Promise<AssetStats> {
  const started = performance.now()
  const missing = new Map<string, ImageRendition[]>()
  for (const rendition of renditions) {
    if (cached(join(cache, rendition.file))) continue
    const list = missing.get(rendition.source) ?? []
    if (!list.some((r) => r.file === rendition.file)) list.push(rendition)
    missing.set(rendition.source, list)
  }
  const stats: AssetStats = { made: 0, fetched: 0, seconds: 0 }
  const queue = [...missing]
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [source, list] = next
        const input = await fetchBytes(source)
        stats.fetched++
        for (const rendition of list) {
          writeAtomically(join(cache, rendition.file), await encode(input, rendition))
          stats.made++
        }
      }
    }),
  )
  stats.seconds = (performance.now() - started) / 1000
  return stats
}

/** The cache name of a copied file (a PDF): its URL and size, hashed. */
export function copiedName(url: string, filesize?: number | null): string {
  return `files/${createHash('sha1')
    .update(`${url}|${filesize ?? ''}`)
    .digest('hex')
    .slice(0, 20)}`
}

/** Copies every file not in the cache yet from the CMS. */
export async function ensureFiles(
  cache: string,
  files: Iterable<{ url: string; filesize?: number | null }>,
): Promise<number> {
  let copied = 0
  for (const file of files) {
    const target = join(cache, copiedName(file.url, file.filesize))
    if (cached(target)) continue
    writeAtomically(target, await fetchBytes(file.url))
    copied++
  }
  return copied
}
