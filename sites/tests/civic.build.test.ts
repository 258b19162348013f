/**
 * What every page of every built site carries since the civic content: the commune's alert
 * banner (the seed posts one for every site), the "report a problem with this page" link
 * addressed to the site's own contact, the services links in the footer, and an iCalendar
 * feed of upcoming events and council sessions per locale. Council members have a photo.
 */
import { isLocale, localeCodes, siteSlugs } from '@bawaba/registry'
import { describe, expect, it } from 'vitest'
import { readSiteFile, siteFiles, urlPathOf } from './support/dist.ts'

const octets = (s: string) => new TextEncoder().encode(s).length
const readingPages = (slug: string) =>
  siteFiles(slug).filter((f) => f.endsWith('.html') && isLocale(f.split('/')[0]))

describe.each(siteSlugs)('site %s', (slug) => {
  const pages = readingPages(slug)

  it('shows the current alert on every page, above the header, once', () => {
    const missing = pages.filter((file) => {
      const html = readSiteFile(slug, file)
      const banner = html.indexOf('<section class="alerts"')
      return (
        banner < 0 || banner > html.indexOf('<header') || html.split('data-alert=').length !== 2
      )
    })
    expect(missing.slice(0, 10)).toEqual([])
  })

  it('links every page to "report a problem": the feedback form, naming the page', () => {
    const wrong: string[] = []
    for (const file of pages) {
      const html = readSiteFile(slug, file)
      const href = /<p class="report"[^>]*>\s*<a href="([^"]+)"/.exec(html)?.[1]
      if (!href) {
        wrong.push(`${file}: no report link`)
        continue
      }
      const url = new URL(href.replace(/&amp;/g, '&'), 'http://site.test')
      const locale = urlPathOf(file).split('/')[1]
      const expected = localeCodes.includes(locale as never) ? locale : 'ar'
      if (url.pathname !== `/${expected}/e-services/feedback/`)
        wrong.push(`${file}: goes to ${url.pathname}`)
      if (url.searchParams.get('page') !== urlPathOf(file))
        wrong.push(`${file}: names ${url.searchParams.get('page')}, not the page`)
    }
    expect(wrong.slice(0, 10)).toEqual([])
  })

  it.each(localeCodes)('publishes a valid iCalendar feed in %s', (locale) => {
    const ics = readSiteFile(slug, `${locale}/calendar.ics`)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = ics.slice(0, -2).split('\r\n')
    expect(lines.filter((line) => octets(line) > 75 || line.includes('\n'))).toEqual([])
    const events = ics.split('BEGIN:VEVENT').slice(1)
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) {
      expect(event).toMatch(/\r\nUID:[^\r]+@/)
      expect(event).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
      expect(event).toMatch(/\r\nSUMMARY;LANGUAGE=/)
    }
    // UIDs are unique: calendar apps would merge two entries that share one.
    const uids = [...ics.matchAll(/\r\nUID:([^\r]+)/g)].map((m) => m[1])
    expect(new Set(uids).size).toBe(uids.length)
    // The seed announces an ordinary session on every council.
    expect(ics).toContain('UID:council-session-')
  })

  it('announces the feed and links the civic sections from every page', () => {
    const html = readSiteFile(slug, 'fr/index.html')
    expect(html).toContain('type="text/calendar"')
    for (const path of ['/fr/procedures/', '/fr/offices/', '/fr/heritage/'])
      expect(html, path).toContain(`href="${path}"`)
  })

  it('shows a photo of every council member', () => {
    const html = readSiteFile(slug, 'fr/council/members/index.html')
    const members = html.split('<article class="member"').length - 1
    expect(members).toBeGreaterThan(5)
    expect((html.match(/<img\b[^>]*alt="Portrait symbolique de [^"]+"/g) ?? []).length).toBe(
      members,
    )
  })
})
