import { arrondissements, sites } from '@bawaba/registry'
import { describe, expect, it } from 'vitest'
import { places } from './heritage.ts'
import { libraryDocs } from './library.ts'
import { timeline } from './timeline.ts'
import type { ImageSpec } from '../types.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ARABIC = /[\u0600-\u06FF]/
const LATIN1 = /^[\x20-\x7E\xA0-\xFF]*$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const MOTIFS = ['zellige', 'arches', 'skyline', 'waves', 'garden', 'crowd', 'document', 'sport']
const CATEGORIES = [
  'monument',
  'religious',
  'art-deco',
  'museum',
  'market',
  'park',
  'seafront',
  'square',
]
const KINDS = [
  'development-plan',
  'master-plan',
  'restructuring-plan',
  'legal-text',
  'council-decision',
  'report',
  'form',
]
const siteSlugs = new Set(sites.map((s) => s.slug))
const arrondissementSlugs = new Set(arrondissements.map((s) => s.slug))

/** Every `{ ar, fr }` object (Loc, or the history paragraphs), with its path. */
function locs(
  value: unknown,
  path = '',
  out: { path: string; loc: Record<string, unknown> }[] = [],
) {
  if (Array.isArray(value)) value.forEach((v, i) => locs(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('ar' in obj && 'fr' in obj) out.push({ path, loc: obj })
    else for (const [k, v] of Object.entries(obj)) locs(v, `${path}.${k}`, out)
  }
  return out
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [v as string])

function expectUniqueSlugs(slugs: string[]) {
  for (const slug of slugs) expect(slug, slug).toMatch(SLUG)
  expect(new Set(slugs).size).toBe(slugs.length)
}

function expectImage(image: ImageSpec, where: string) {
  expect(MOTIFS, where).toContain(image.motif)
  expect(Number.isInteger(image.seed), where).toBe(true)
}

describe('civic seed: counts', () => {
  it('has at least 14 places, 12 timeline entries and 24 library documents', () => {
    expect(places.length).toBeGreaterThanOrEqual(14)
    expect(timeline.length).toBeGreaterThanOrEqual(12)
    expect(libraryDocs.length).toBeGreaterThanOrEqual(24)
  })
})

describe('civic seed: texts', () => {
  it.each([
    ['places', places],
    ['timeline', timeline],
    ['libraryDocs', libraryDocs],
  ])('every Loc of %s has Arabic and French text', (name, data) => {
    const found = locs(data, name)
    expect(found.length).toBeGreaterThan(0)
    for (const { path, loc } of found) {
      const ar = strings(loc.ar)
      const fr = strings(loc.fr)
      expect(ar.length, path).toBeGreaterThan(0)
      expect(fr.length, path).toBeGreaterThan(0)
      for (const s of ar) expect(s, `${path}.ar`).toMatch(ARABIC)
      for (const s of fr) expect(s.trim(), `${path}.fr`).not.toBe('')
    }
  })
})

describe('civic seed: heritage places', () => {
  it('have unique slugs and lie in an arrondissement (never the central portal)', () => {
    expectUniqueSlugs(places.map((p) => p.slug))
    for (const p of places) expect(arrondissementSlugs.has(p.site), p.slug).toBe(true)
  })

  it('lie within Casablanca', () => {
    for (const p of places) {
      expect(p.lat, p.slug).toBeGreaterThanOrEqual(33.5)
      expect(p.lat, p.slug).toBeLessThanOrEqual(33.65)
      expect(p.lng, p.slug).toBeGreaterThanOrEqual(-7.7)
      expect(p.lng, p.slug).toBeLessThanOrEqual(-7.45)
    }
  })

  it('have a known category, history paragraphs and a 2 to 4 image gallery', () => {
    for (const p of places) {
      expect(CATEGORIES, p.slug).toContain(p.category)
      expect(p.history.ar.length, p.slug).toBeGreaterThanOrEqual(2)
      expect(p.history.fr.length, p.slug).toBe(p.history.ar.length)
      expect(p.summary.fr.length, p.slug).toBeLessThanOrEqual(300)
      expect(p.summary.ar.length, p.slug).toBeLessThanOrEqual(300)
      expect(p.gallery.length, p.slug).toBeGreaterThanOrEqual(2)
      expect(p.gallery.length, p.slug).toBeLessThanOrEqual(4)
      p.gallery.forEach((image, i) => expectImage(image, `${p.slug}.gallery[${i}]`))
    }
  })
})

describe('civic seed: timeline', () => {
  it('runs in strictly increasing, unique years', () => {
    const years = timeline.map((t) => t.year)
    for (const year of years) expect(Number.isInteger(year)).toBe(true)
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1]!)
    expect(new Set(years).size).toBe(years.length)
  })

  it('illustrates a few entries', () => {
    const illustrated = timeline.filter((t) => t.image)
    expect(illustrated.length).toBeGreaterThanOrEqual(4)
    for (const t of illustrated) expectImage(t.image!, String(t.year))
  })
})

describe('civic seed: library', () => {
  it('has unique slugs, known sites and kinds', () => {
    expectUniqueSlugs(libraryDocs.map((d) => d.slug))
    for (const d of libraryDocs) {
      expect(siteSlugs.has(d.site), d.slug).toBe(true)
      expect(KINDS, d.slug).toContain(d.kind)
      expect(d.reference.trim(), d.slug).not.toBe('')
      expect(d.reference.length, d.slug).toBeLessThanOrEqual(80)
      expect(d.summary.ar.length, d.slug).toBeLessThanOrEqual(500)
      expect(d.summary.fr.length, d.slug).toBeLessThanOrEqual(500)
    }
  })

  it('dates every document with a valid ISO date between 2010 and October 2026', () => {
    for (const d of libraryDocs) {
      expect(d.date, d.slug).toMatch(ISO_DATE)
      const parsed = new Date(`${d.date}T00:00:00Z`)
      expect(Number.isNaN(parsed.getTime()), d.slug).toBe(false)
      expect(parsed.toISOString().slice(0, 10), d.slug).toBe(d.date)
      expect(d.date >= '2010-01-01' && d.date <= '2026-10-31', d.slug).toBe(true)
    }
  })

  it('gives every arrondissement at least one document, and the portal its own', () => {
    for (const slug of [...arrondissementSlugs, 'casablanca']) {
      expect(
        libraryDocs.some((d) => d.site === slug),
        slug,
      ).toBe(true)
    }
  })

  it('prints 4 to 8 Latin-1 lines in each PDF, marked as a demonstration', () => {
    for (const d of libraryDocs) {
      expect(d.lines.length, d.slug).toBeGreaterThanOrEqual(4)
      expect(d.lines.length, d.slug).toBeLessThanOrEqual(8)
      for (const line of d.lines) expect(line, `${d.slug}: ${line}`).toMatch(LATIN1)
      expect(
        d.lines.some((l) => l.includes('Document de démonstration')),
        d.slug,
      ).toBe(true)
    }
  })
})
