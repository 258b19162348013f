import type { SiteEntry } from '@bawaba/registry'
import type { newsCategories, eventCategories } from '@bawaba/schemas'

export type NewsCategory = (typeof newsCategories)[number]
export type EventCategory = (typeof eventCategories)[number]
/** Text per locale: Arabic and French always; Amazigh (Tifinagh) and English where written. */
export interface Loc {
  ar: string
  fr: string
  zgh?: string
  en?: string
}
export interface Paras {
  ar: string[]
  fr: string[]
  zgh?: string[]
  en?: string[]
}
export type Motif =
  'zellige' | 'arches' | 'skyline' | 'waves' | 'garden' | 'crowd' | 'document' | 'sport'
export interface ImageSpec {
  motif: Motif
  seed: number
  alt: Loc
}
export interface SeedLink {
  label: Loc
  url?: string
  pageSlug?: string
} // exactly one of url / pageSlug
export type SeedBlock =
  | { type: 'richText'; heading?: Loc; paragraphs: Paras }
  | { type: 'imageWithCaption'; image: ImageSpec; caption: Loc }
  | { type: 'gallery'; title?: Loc; images: ImageSpec[] }
  | { type: 'callToAction'; heading: Loc; text: Loc; link: SeedLink }
  | { type: 'linkList'; title: Loc; links: SeedLink[] }
  | { type: 'accordion'; title: Loc; items: { question: Loc; answer: Paras }[] }
  | {
      type: 'contactCard'
      name: Loc
      role?: Loc
      address: Loc
      phone: string
      email: string
      hours: Loc
    }
export interface SeedPage {
  slug: string
  parentSlug?: string
  title: Loc
  summary: Loc
  blocks: SeedBlock[]
}
export interface SeedNews {
  slug: string
  category: NewsCategory
  daysAgo: number
  title: Loc
  summary: Loc
  body: Paras
  image: ImageSpec
  featuredOn?: string[]
}
export interface SeedEvent {
  slug: string
  category: EventCategory
  startsInDays: number
  startHour: number
  durationHours: number
  title: Loc
  summary: Loc
  venue: Loc
  address: Loc
  body: Paras
  image: ImageSpec
}
export interface SiteSeed {
  intro: Loc // one-sentence welcome shown on the home page
  contact: { address: Loc; phone: string; email: string; hours: Loc }
  location: { lat: number; lng: number } // approximate centre of the arrondissement
  pages: SeedPage[]
  news: SeedNews[]
  events: SeedEvent[]
  navigation: SeedLink[] // main menu: page links (by slug) only
  quickLinks: SeedLink[] // home page "services" shortcuts: external national platforms
  footerText: Loc
}
