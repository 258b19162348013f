import { arrondissements, sites } from '@bawaba/registry'
import { eventCategories, newsCategories } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import { siteSeed } from './index.ts'
import type { ImageSpec, Loc, SeedBlock, SeedLink, SiteSeed } from './types.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ARABIC = /[\u0600-\u06FF]/
const TIFINAGH = /[\u2D30-\u2D7F]/
const blockTypes: SeedBlock['type'][] = [
  'richText',
  'imageWithCaption',
  'gallery',
  'callToAction',
  'linkList',
  'accordion',
  'contactCard',
]
const arrondissementSlugs = new Set(arrondissements.map((s) => s.slug))

/** Every `{ ar, fr, … }` object in the seed: Loc (strings) and Paras (string arrays). */
function texts(
  value: unknown,
  path = '',
  out: { path: string; loc: Record<string, unknown> }[] = [],
) {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('ar' in obj && 'fr' in obj) out.push({ path, loc: obj })
    else for (const [k, v] of Object.entries(obj)) texts(v, `${path}.${k}`, out)
  }
  return out
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [v as string])

function links(seed: SiteSeed): { where: string; link: SeedLink }[] {
  const out: { where: string; link: SeedLink }[] = []
  for (const page of seed.pages) {
    for (const block of page.blocks) {
      if (block.type === 'linkList')
        block.links.forEach((link) => out.push({ where: page.slug, link }))
      if (block.type === 'callToAction') out.push({ where: page.slug, link: block.link })
    }
  }
  seed.navigation.forEach((link) => out.push({ where: 'navigation', link }))
  seed.quickLinks.forEach((link) => out.push({ where: 'quickLinks', link }))
  return out
}

function images(seed: SiteSeed): ImageSpec[] {
  const out: ImageSpec[] = []
  for (const page of seed.pages) {
    for (const block of page.blocks) {
      if (block.type === 'imageWithCaption') out.push(block.image)
      if (block.type === 'gallery') out.push(...block.images)
    }
  }
  return [...out, ...seed.news.map((n) => n.image), ...seed.events.map((e) => e.image)]
}

const hasEn = (loc: Loc) => Boolean(loc.en?.trim())

describe.each(sites.map((site) => [site.slug, site] as const))(
  'seed content: %s',
  (_slug, site) => {
    const seed = siteSeed(site)
    const central = site.kind === 'central'
    const pageSlugs = new Set(seed.pages.map((p) => p.slug))
    const about = seed.pages.find((p) => p.slug === 'about')

    it('is deterministic', () => {
      expect(siteSeed(site)).toEqual(seed)
    })

    it('has the required pages, with a child of about', () => {
      expect(seed.pages.length).toBeGreaterThanOrEqual(4)
      for (const slug of ['about', 'services', 'contact']) expect(pageSlugs).toContain(slug)
      expect(seed.pages.some((p) => p.parentSlug === 'about')).toBe(true)
      for (const p of seed.pages) if (p.parentSlug) expect(pageSlugs).toContain(p.parentSlug)
    })

    it('uses all seven block types', () => {
      const used = new Set(seed.pages.flatMap((p) => p.blocks.map((b) => b.type)))
      expect([...used].sort()).toEqual([...blockTypes].sort())
    })

    it('has enough news and events, most of them upcoming', () => {
      expect(seed.news.length).toBeGreaterThanOrEqual(central ? 10 : 8)
      expect(seed.events.length).toBeGreaterThanOrEqual(4)
      const upcoming = seed.events.filter((e) => e.startsInDays > 0).length
      expect(upcoming * 2).toBeGreaterThan(seed.events.length)
      for (const n of seed.news) {
        expect(n.daysAgo).toBeGreaterThanOrEqual(1)
        expect(n.daysAgo).toBeLessThanOrEqual(120)
        expect(n.body.ar.length).toBeGreaterThanOrEqual(2)
        expect(n.body.fr.length).toBe(n.body.ar.length)
      }
      for (const e of seed.events) {
        expect(e.body.ar.length).toBeGreaterThanOrEqual(1)
        expect(e.startHour + e.durationHours).toBeLessThanOrEqual(24)
      }
    })

    it('has unique, well-formed slugs', () => {
      for (const list of [seed.pages, seed.news, seed.events]) {
        const slugs = list.map((d) => d.slug)
        expect(new Set(slugs).size).toBe(slugs.length)
        for (const s of slugs) expect(s).toMatch(SLUG)
      }
    })

    it('uses known categories', () => {
      for (const n of seed.news) expect(newsCategories).toContain(n.category)
      for (const e of seed.events) expect(eventCategories).toContain(e.category)
    })

    it('writes every text in Arabic and French, in the right scripts', () => {
      const all = texts(seed)
      expect(all.length).toBeGreaterThan(50)
      for (const { path, loc } of all) {
        for (const locale of ['ar', 'fr'] as const) {
          const values = strings(loc[locale])
          expect(values.length, `${path}.${locale}`).toBeGreaterThan(0)
          for (const v of values) expect(v?.trim(), `${path}.${locale}`).toBeTruthy()
        }
        for (const v of strings(loc.ar)) expect(v, `${path}.ar`).toMatch(ARABIC)
        if (loc.zgh !== undefined)
          for (const v of strings(loc.zgh)) expect(v, `${path}.zgh`).toMatch(TIFINAGH)
        if (loc.en !== undefined)
          for (const v of strings(loc.en)) expect(v?.trim(), `${path}.en`).toBeTruthy()
      }
    })

    it('translates the about page into English and Amazigh', () => {
      expect(about).toBeDefined()
      expect(hasEn(about!.title) && hasEn(about!.summary)).toBe(true)
      expect(about!.title.zgh).toMatch(TIFINAGH)
      expect(about!.summary.zgh).toMatch(TIFINAGH)
      const richTexts = about!.blocks.filter((b) => b.type === 'richText')
      expect(richTexts.length).toBeGreaterThan(0)
      for (const b of richTexts) expect(b.paragraphs.en?.length).toBeGreaterThan(0)
    })

    it('has news in English and in Amazigh', () => {
      const en = seed.news.filter((n) => hasEn(n.title) && hasEn(n.summary) && n.body.en?.length)
      expect(en.length).toBeGreaterThanOrEqual(2)
      expect(seed.news.some((n) => n.title.zgh && TIFINAGH.test(n.title.zgh))).toBe(true)
    })

    it('features news on arrondissements only from the central site', () => {
      const featured = seed.news.filter((n) => n.featuredOn?.length)
      if (!central) expect(featured).toEqual([])
      else {
        expect(featured.length).toBeGreaterThanOrEqual(2)
        for (const n of featured)
          for (const slug of n.featuredOn!) expect(arrondissementSlugs).toContain(slug)
      }
    })

    it('links to existing pages and to https addresses only', () => {
      expect(seed.navigation.length).toBeGreaterThanOrEqual(3)
      for (const link of seed.navigation) expect(link.pageSlug).toBeDefined()
      expect(seed.quickLinks.length).toBeGreaterThanOrEqual(4)
      expect(seed.quickLinks.length).toBeLessThanOrEqual(5)
      for (const { where, link } of links(seed)) {
        expect(Boolean(link.url) !== Boolean(link.pageSlug), where).toBe(true)
        if (link.pageSlug) expect(pageSlugs, where).toContain(link.pageSlug)
        if (link.url) expect(link.url, where).toMatch(/^https:\/\//)
      }
      const services = seed.pages.find((p) => p.slug === 'services')!
      const faq = services.blocks.find((b) => b.type === 'accordion')
      expect(faq?.type === 'accordion' && faq.items.length).toBeGreaterThanOrEqual(4)
    })

    it('gives contact details and a plausible location', () => {
      expect(seed.contact.email).toBe(`contact@${site.domain}`)
      expect(seed.contact.phone).toMatch(/^\+212 5 22 \d\d \d\d \d\d$/)
      expect(seed.location.lat).toBeGreaterThan(33.45)
      expect(seed.location.lat).toBeLessThan(33.7)
      expect(seed.location.lng).toBeGreaterThan(-7.8)
      expect(seed.location.lng).toBeLessThan(-7.4)
    })

    it('gives every illustration its own seed', () => {
      const seeds = images(seed).map((i) => i.seed)
      expect(new Set(seeds).size).toBe(seeds.length)
    })
  },
)

describe('seed content across sites', () => {
  it('gives each site its own phone number and news mix', () => {
    const all = sites.map((s) => siteSeed(s))
    expect(new Set(all.map((s) => s.contact.phone)).size).toBe(sites.length)
    const mixes = all.map((s) => s.news.map((n) => n.slug).join(','))
    expect(new Set(mixes).size).toBe(sites.length)
  })
})
