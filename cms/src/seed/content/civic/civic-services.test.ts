import { arrondissements, sites } from '@bawaba/registry'
import { describe, expect, it } from 'vitest'
import { offices } from './offices.ts'
import { partners } from './partners.ts'
import { procedures } from './procedures.ts'
import type { BawabaForm, OfficeKind, ProcedureTheme } from './types.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ARABIC = /[\u0600-\u06FF]/
/** Letters a text may use: Arabic, Latin with French accents, digits, punctuation. */
const STRAY = /[^\u0600-\u06FF\u0020-\u007E\u00A0-\u00FF\u0152\u0153\u2013\u2014\u2026«»]/u
const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/
const COLOR = /^#[0-9a-f]{6}$/i
const PHONE = /^\+212 5 22 \d\d \d\d \d\d$/

const officeKinds: OfficeKind[] = [
  'district-hq',
  'annex',
  'civil-status',
  'legalisation',
  'one-stop',
]
const themes: ProcedureTheme[] = [
  'civil-status',
  'legalisation',
  'urbanism',
  'business',
  'public-space',
  'local-taxes',
  'social',
  'citizen-relations',
]
const forms: BawabaForm[] = ['complaint', 'correspondence', 'urbanism-info', 'access-to-info']
const siteSlugs = new Set(sites.map((s) => s.slug))

/** Every `{ ar, fr }` object, with its path. */
function locs(value: unknown, path: string, out: { path: string; loc: Record<string, unknown> }[]) {
  if (Array.isArray(value)) value.forEach((v, i) => locs(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('ar' in obj && 'fr' in obj) out.push({ path, loc: obj })
    else for (const [k, v] of Object.entries(obj)) locs(v, `${path}.${k}`, out)
  }
  return out
}

const all = {
  procedures: locs(procedures, 'procedures', []),
  partners: locs(partners, 'partners', []),
  offices: locs(offices, 'offices', []),
}

describe('civic services seed: texts', () => {
  for (const [name, list] of Object.entries(all)) {
    it(`${name}: every Loc has Arabic and French text`, () => {
      expect(list.length).toBeGreaterThan(0)
      for (const { path, loc } of list) {
        expect(typeof loc.ar, path).toBe('string')
        expect(typeof loc.fr, path).toBe('string')
        const ar = (loc.ar as string).trim()
        const fr = (loc.fr as string).trim()
        expect(ar.length, `${path}.ar`).toBeGreaterThan(0)
        expect(ARABIC.test(ar), `${path}.ar is not Arabic`).toBe(true)
        expect(fr.length, `${path}.fr`).toBeGreaterThan(0)
        expect(STRAY.test(ar), `${path}.ar has a stray character`).toBe(false)
        expect(STRAY.test(fr), `${path}.fr has a stray character`).toBe(false)
      }
    })
  }
})

describe('civic services seed: procedures', () => {
  it('has at least 14 procedures with unique slugs', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(14)
    const slugs = procedures.map((p) => p.slug)
    for (const slug of slugs) expect(slug).toMatch(SLUG)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('each procedure is complete and can be acted on', () => {
    for (const p of procedures) {
      expect(themes, p.slug).toContain(p.theme)
      expect(p.documents.length, p.slug).toBeGreaterThanOrEqual(1)
      expect(Boolean(p.online || p.form || p.officeKinds.length > 0), p.slug).toBe(true)
      for (const k of p.officeKinds) expect(officeKinds, p.slug).toContain(k)
      expect(new Set(p.officeKinds).size, p.slug).toBe(p.officeKinds.length)
      if (p.form) expect(forms, p.slug).toContain(p.form)
      if (p.online) expect(new URL(p.online.url).protocol, p.slug).toBe('https:')
    }
  })

  it('fits the CMS field limits (title 200, summary 300 characters)', () => {
    for (const p of procedures)
      for (const l of ['ar', 'fr'] as const) {
        expect(p.title[l].length, `${p.slug}.title.${l}`).toBeLessThanOrEqual(200)
        expect(p.summary[l].length, `${p.slug}.summary.${l}`).toBeLessThanOrEqual(300)
      }
    for (const { slug, name } of [...partners, ...offices])
      for (const l of ['ar', 'fr'] as const)
        expect(name[l].length, `${slug}.name.${l}`).toBeLessThanOrEqual(160)
  })

  it('uses each of the Bawaba forms at least once', () => {
    const used = new Set(procedures.map((p) => p.form).filter(Boolean))
    for (const f of forms) expect(used, f).toContain(f)
  })

  it('partner references resolve', () => {
    const known = new Set(partners.map((p) => p.slug))
    for (const p of procedures) if (p.partner) expect(known, p.slug).toContain(p.partner)
  })
})

describe('civic services seed: partners', () => {
  it('has at least 6 partners with unique slugs, https URLs and colours', () => {
    expect(partners.length).toBeGreaterThanOrEqual(6)
    const slugs = partners.map((p) => p.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const p of partners) {
      expect(p.slug).toMatch(SLUG)
      expect(new URL(p.url).protocol, p.slug).toBe('https:')
      expect(p.color, p.slug).toMatch(COLOR)
      expect(p.initials, p.slug).toMatch(/^[A-Z]{2,3}$/)
      if (p.email) expect(p.email, p.slug).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/)
    }
  })
})

describe('civic services seed: offices', () => {
  it('has globally unique slugs and only registry sites', () => {
    const slugs = offices.map((o) => o.slug)
    for (const slug of slugs) expect(slug).toMatch(SLUG)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const o of offices) expect(siteSlugs, o.slug).toContain(o.site)
  })

  it('every arrondissement has at least 4 offices, with civil status and legalisation', () => {
    for (const site of arrondissements) {
      const mine = offices.filter((o) => o.site === site.slug)
      expect(mine.length, site.slug).toBeGreaterThanOrEqual(4)
      const kinds = mine.map((o) => o.kind)
      expect(kinds, site.slug).toContain('civil-status')
      expect(kinds, site.slug).toContain('legalisation')
      expect(kinds, site.slug).toContain('district-hq')
    }
  })

  it('opening hours are HH:MM and open before they close', () => {
    for (const o of offices) {
      expect(o.hours.length, o.slug).toBeGreaterThan(0)
      expect(o.ramadanHours.length, o.slug).toBeGreaterThan(0)
      for (const row of [...o.hours, ...o.ramadanHours]) {
        expect(row.opens, o.slug).toMatch(HHMM)
        expect(row.closes, o.slug).toMatch(HHMM)
        expect(row.opens < row.closes, o.slug).toBe(true)
        expect(row.days.length, o.slug).toBeGreaterThan(0)
      }
    }
  })

  it('has contacts, 3–6 services, kinds and distinct positions per site', () => {
    for (const o of offices) {
      expect(officeKinds, o.slug).toContain(o.kind)
      expect(o.phone, o.slug).toMatch(PHONE)
      expect(o.email, o.slug).toMatch(/^[a-z0-9-]+@([a-z0-9-]+\.)*casablancacity\.ma$/)
      expect(o.services.length, o.slug).toBeGreaterThanOrEqual(3)
      expect(o.services.length, o.slug).toBeLessThanOrEqual(6)
      expect(Math.abs(o.lat - 33.58), o.slug).toBeLessThan(0.2)
      expect(Math.abs(o.lng + 7.6), o.slug).toBeLessThan(0.2)
    }
    for (const site of sites) {
      const mine = offices.filter((o) => o.site === site.slug)
      const points = new Set(mine.map((o) => `${o.lat},${o.lng}`))
      expect(points.size, site.slug).toBe(mine.length)
    }
  })

  it('gives the central portal its one-stop desk and legalisation desk', () => {
    const central = offices.filter((o) => o.site === 'casablanca').map((o) => o.kind)
    expect(central).toContain('one-stop')
    expect(central).toContain('legalisation')
  })
})
