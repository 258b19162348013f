import { z } from 'zod'
import { localized, localizedRichText, localizedText, richText, slug } from './localized.ts'
import { media } from './media.ts'

export const newsCategories = [
  'announcement',
  'council',
  'urbanism',
  'culture',
  'sport',
  'social',
  'environment',
  'mobility',
] as const

export const eventCategories = [
  'culture',
  'sport',
  'citizenship',
  'youth',
  'health',
  'environment',
  'heritage',
] as const

/** Fields every editorial document shares once loaded. */
const editorial = {
  id: z.string(),
  /** Slug of the site that owns the document. */
  site: z.string(),
  slug,
  title: localizedText,
  summary: localizedText.optional(),
  /** Locales whose title is written (not a fallback): the real translations. */
  locales: z.array(z.enum(['ar', 'fr', 'zgh', 'en'])),
  updatedAt: z.string(),
}

/** A published news item. */
export const news = z.object({
  ...editorial,
  category: z.enum(newsCategories),
  publishedAt: z.string(),
  body: localizedRichText.optional(),
  hero: media.nullish(),
  /** Slugs of the other sites this central item is featured on. */
  featuredOn: z.array(z.string()).default([]),
})
export type News = z.output<typeof news>

/** A published event or activity. */
export const event = z.object({
  ...editorial,
  category: z.enum(eventCategories),
  startsAt: z.string(),
  endsAt: z.string().nullish(),
  venue: localizedText.optional(),
  address: localizedText.optional(),
  body: localizedRichText.optional(),
  image: media.nullish(),
  featuredOn: z.array(z.string()).default([]),
})
export type Event = z.output<typeof event>

/** A link that points either inside the site (a page path) or outside. */
export const link = z.object({
  label: localizedText,
  href: z.string(),
  external: z.boolean().default(false),
})
export type Link = z.output<typeof link>

/** Layout blocks of a content page. */
export const block = z.discriminatedUnion('blockType', [
  z.object({
    blockType: z.literal('richText'),
    id: z.string().nullish(),
    content: localizedRichText,
  }),
  z.object({
    blockType: z.literal('imageWithCaption'),
    id: z.string().nullish(),
    image: media,
    caption: localizedText.optional(),
  }),
  z.object({
    blockType: z.literal('gallery'),
    id: z.string().nullish(),
    title: localizedText.optional(),
    images: z.array(media),
  }),
  z.object({
    blockType: z.literal('callToAction'),
    id: z.string().nullish(),
    heading: localizedText,
    text: localizedText.optional(),
    link,
  }),
  z.object({
    blockType: z.literal('linkList'),
    id: z.string().nullish(),
    title: localizedText.optional(),
    links: z.array(link),
  }),
  z.object({
    blockType: z.literal('accordion'),
    id: z.string().nullish(),
    title: localizedText.optional(),
    items: z.array(z.object({ question: localizedText, answer: localizedRichText })),
  }),
  z.object({
    blockType: z.literal('contactCard'),
    id: z.string().nullish(),
    name: localizedText,
    role: localizedText.optional(),
    address: localizedText.optional(),
    phone: z.string().nullish(),
    email: z.string().nullish(),
    hours: localizedText.optional(),
  }),
])
export type Block = z.output<typeof block>

/** A published content page; `path` is its nested slug path, e.g. `about/history`. */
export const page = z.object({
  ...editorial,
  path: z.string(),
  parent: z.string().nullish(),
  layout: z.array(block).default([]),
})
export type Page = z.output<typeof page>

/** Per-site settings: navigation, footer. */
export const siteSettings = z.object({
  id: z.string(),
  site: z.string(),
  navigation: z.array(link).default([]),
  footerText: localizedText.optional(),
  footerLinks: z.array(link).default([]),
  quickLinks: z.array(link).default([]),
})
export type SiteSettings = z.output<typeof siteSettings>

export { localized, richText }
