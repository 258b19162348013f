/**
 * The offices pages as built: an arrondissement's own offices, the portal's offices of every
 * site grouped by site in registry order with a jump nav; contacts, map links, services and
 * timetables worded per locale; one GovernmentOffice JSON-LD per office.
 */
import { describe, expect, it } from 'vitest'
import { t } from '@bawaba/i18n'
import { dirOf, localeCodes, siteSlugs } from '@bawaba/registry'
import { readSiteFile, siteFiles } from './support/dist.ts'

const district = 'anfa'

const page = (slug: string, locale: string) => readSiteFile(slug, `${locale}/offices/index.html`)

/** The office articles of a page, with their id (the office's slug). */
/** The office cards of a page: `id` is the anchor (`office-<slug>`), `slug` the office's. */
function officesOf(html: string): Array<{ id: string; slug: string; html: string }> {
  return [
    ...html.matchAll(/<article class="office[^"]*" id="office-([^"]+)"[\s\S]*?<\/article>/g),
  ].map((m) => ({ id: `office-${m[1]!}`, slug: m[1]!, html: m[0] }))
}

function jsonLd(html: string): Array<Record<string, any>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  )
}

describe.each(['casablanca', district])('offices of %s', (slug) => {
  it('are built in every locale with the right lang and dir and one h1', () => {
    const files = new Set(siteFiles(slug))
    for (const locale of localeCodes) {
      expect(files.has(`${locale}/offices/index.html`), locale).toBe(true)
      const html = page(slug, locale)
      expect(html).toMatch(new RegExp(`<html\\b[^>]*lang="${locale}"[^>]*dir="${dirOf(locale)}"`))
      expect(html.match(/<h1\b/g)).toHaveLength(1)
    }
  })

  it('give each office its contacts, map link, services and timetables', () => {
    const offices = officesOf(page(slug, 'fr'))
    expect(offices.length).toBeGreaterThan(0)
    for (const office of offices) {
      expect(office.html).toMatch(
        /href="tel:\+?\d+"[^>]*><bdi dir="ltr"[^>]*>\+?[\d\u00a0]+<\/bdi>/,
      )
      expect(office.html).toMatch(/href="mailto:[^"@]+@[^"]+"/)
      expect(office.html).toMatch(
        /href="https:\/\/www\.openstreetmap\.org\/\?mlat=(-?[\d.]+)&amp;mlon=(-?[\d.]+)#map=18\/\1\/\2"/,
      )
      expect(office.html).toContain(t('fr', 'offices.services'))
      expect(office.html).toMatch(/<ul class="services"[^>]*>\s*<li/)
      expect(office.html).toContain(t('fr', 'offices.hours'))
      expect(office.html).toContain(t('fr', 'offices.ramadanHours'))
      expect(office.html).toMatch(
        /Lundi – vendredi\u00a0: <\/span><bdi dir="ltr"[^>]*><time datetime="08:30"[^>]*>08:30<\/time> – <time datetime="16:30"[^>]*>16:30<\/time><\/bdi>/,
      )
      expect(office.html).toMatch(
        /<time datetime="09:00"[^>]*>09:00<\/time> – <time datetime="15:00"/,
      )
    }
  })

  it('word the timetable in Arabic', () => {
    const html = page(slug, 'ar')
    expect(html).toContain('من الاثنين إلى الجمعة: ')
    expect(html).toContain(t('ar', 'offices.ramadanHours'))
  })

  it('describe every office as a GovernmentOffice in JSON-LD', () => {
    const html = page(slug, 'fr')
    const offices = officesOf(html)
    const data = jsonLd(html).filter((d) => d['@type'] === 'GovernmentOffice')
    expect(data.map((d) => d.url.split('#')[1])).toEqual(offices.map((o) => o.id))
    for (const office of data) {
      expect(office['@context']).toBe('https://schema.org')
      expect(office.name).toBeTruthy()
      expect(office.address['@type']).toBe('PostalAddress')
      expect(office.telephone).toMatch(/^\+212/)
      expect(office.email).toContain('@')
      expect(office.geo['@type']).toBe('GeoCoordinates')
      expect(typeof office.geo.latitude).toBe('number')
      const [hours] = office.openingHoursSpecification
      expect(hours).toEqual({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [
          'https://schema.org/Monday',
          'https://schema.org/Tuesday',
          'https://schema.org/Wednesday',
          'https://schema.org/Thursday',
          'https://schema.org/Friday',
        ],
        opens: '08:30',
        closes: '16:30',
      })
    }
  })
})

describe('offices of an arrondissement', () => {
  it('lists only its own offices, under h2', () => {
    const html = page(district, 'fr')
    const offices = officesOf(html)
    expect(offices.every((o) => o.slug.startsWith(`${district}-`))).toBe(true)
    expect(offices.every((o) => /<h2 id="[^"]+-name"/.test(o.html))).toBe(true)
    expect(html).not.toContain('id="site-')
  })
})

describe('offices of the portal', () => {
  const html = page('casablanca', 'fr')
  const sections = [...html.matchAll(/<section class="section site[^"]*" id="site-([^"]+)"/g)].map(
    (m) => m[1]!,
  )

  it('has a section per site in registry order, the portal first', () => {
    expect(sections).toEqual(siteSlugs)
    expect(html.match(/<h2 id="site-[^"]+-title"/g)).toHaveLength(siteSlugs.length)
  })

  it('groups every office under its site', () => {
    const parts = html.split(/<section class="section site[^"]*" id="site-/).slice(1)
    let total = 0
    parts.forEach((part, index) => {
      const slug = siteSlugs[index]!
      const offices = officesOf(part)
      for (const office of offices) expect(office.slug.startsWith(`${slug}-`), office.id).toBe(true)
      total += offices.length
    })
    expect(total).toBe(officesOf(html).length)
    expect(officesOf(parts[siteSlugs.indexOf(district)]!).length).toBe(
      officesOf(page(district, 'fr')).length,
    )
  })

  it('opens with a jump nav to every section', () => {
    const nav = /<nav class="jump[^"]*"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets).toEqual(siteSlugs.map((slug) => `site-${slug}`))
    expect(html.indexOf('class="jump')).toBeLessThan(html.indexOf('id="site-casablanca"'))
  })
})
