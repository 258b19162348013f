import { z } from 'zod'
import { localizedText } from './localized.ts'
import { media } from './media.ts'

export const siteKinds = ['central', 'arrondissement'] as const
export const socialNetworks = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'linkedin',
  'tiktok',
] as const

/** A social account of a site. */
export const socialLink = z.object({
  network: z.enum(socialNetworks),
  url: z.url(),
})

/** A site (tenant) as the sites receive it. */
export const site = z.object({
  id: z.string(),
  /** Stable identifier, also the local host name (`anfa.localhost`). */
  slug: z.string(),
  name: localizedText,
  kind: z.enum(siteKinds),
  prefecture: localizedText.optional(),
  /** Production domain without scheme. */
  domain: z.string(),
  /** Three letters, used in tracking codes. */
  code: z.string().length(3),
  contact: z
    .object({
      address: localizedText.optional(),
      phone: z.string().nullish(),
      email: z.string().nullish(),
      hours: localizedText.optional(),
    })
    .default({}),
  social: z.array(socialLink).default([]),
  /** Hex colour used for the header band and links. */
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  logo: media.nullish(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullish(),
})
export type Site = z.output<typeof site>
