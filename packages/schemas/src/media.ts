import { z } from 'zod'
import { localizedText } from './localized.ts'

/** One generated size of an uploaded image. */
export const imageSize = z.object({
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Bytes of the file: with the URL, it names the renditions made from it. */
  filesize: z.number().int().nonnegative().nullish(),
})

/** An image as the sites receive it: absolute URLs, alt text per locale, focal point in %. */
export const media = z.object({
  id: z.string(),
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string(),
  /** Bytes of the original file. */
  filesize: z.number().int().nonnegative().nullish(),
  alt: localizedText,
  caption: localizedText.optional(),
  credit: z.string().nullish(),
  focalX: z.number().min(0).max(100).default(50),
  focalY: z.number().min(0).max(100).default(50),
  sizes: z.record(z.string(), imageSize).default({}),
})
export type Media = z.output<typeof media>
