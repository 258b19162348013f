/**
 * Images from the CMS, resized at publish time into files of the site: a page names the
 * renditions it links (`/_img/<hash>-<width>.<format>`, the hash of the source and the
 * encoding), and the renderer makes each one once (scripts/lib/publish/images.ts: sharp, cached
 * on disk) before the page goes live. Pages never load images from the CMS host.
 */
import { createHash } from 'node:crypto'
import type { Media } from '@bawaba/schemas'
import { renderContext, type ImageRendition } from './context.ts'

export type ImageFormat = ImageRendition['format']

/**
 * The encoder settings, part of every file name: changing them makes new files instead of
 * serving old ones. jpeg 78 with mozjpeg, webp 76 at effort 4; no avif (too slow to encode here).
 */
export const encoding = { jpg: 'q78-mozjpeg', webp: 'q76-e4', png: 'default' } as const

interface Source {
  url: string
  width: number
  height: number
  filesize?: number | null
}

/** The URL of one rendition of `source`, `width` pixels wide, recorded for the renderer. */
export function rendition(source: Source, width: number, format: ImageFormat): string {
  const context = renderContext()
  const target = Math.min(width, source.width)
  const height = Math.round((source.height * target) / source.width)
  const id = createHash('sha1')
    .update(
      `${source.url}|${source.width}x${source.height}|${source.filesize ?? ''}|${encoding[format]}`,
    )
    .digest('hex')
    .slice(0, 16)
  const file = `_img/${id}-${target}.${format}`
  context.images?.set(file, { file, source: source.url, width: target, height, format })
  return `/${file}`
}

/**
 * The stored rendition to start from: the smallest one that covers `needed` pixels (decoding a
 * 1600 px "hero" size is much cheaper than decoding a camera original), else the original.
 */
export function startingPoint(media: Media, needed: number): Source {
  const original = {
    url: media.url,
    width: media.width,
    height: media.height,
    filesize: media.filesize,
  }
  const all = [...Object.values(media.sizes), original]
  return all.filter((size) => size.width >= needed).sort((a, b) => a.width - b.width)[0] ?? original
}

/** Whether pages link the CMS's own renditions instead of resized files (preview, `astro dev`). */
export function directImages(preview = false): boolean {
  return preview || renderContext().directImages === true
}

/** An absolute URL of one rendition at most `max` pixels wide, for Open Graph and JSON-LD. */
export function shareImage(source: Source, max = 1200, format: ImageFormat = 'jpg'): string {
  if (directImages()) return source.url
  return new URL(rendition(source, Math.min(max, source.width), format), renderContext().origin)
    .href
}
