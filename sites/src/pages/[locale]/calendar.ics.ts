import { pick, text } from '@bawaba/content'
import { t } from '@bawaba/i18n'
import { localeInfo } from '@bawaba/registry'
import type { APIRoute } from 'astro'
import {
  getSite,
  getUpcomingEvents,
  getUpcomingSessions,
  linkLocale,
  siteUrl,
} from '../../lib/content.ts'
import { renderCalendar, type CalendarEvent } from '../../lib/ical.ts'
import { plainText } from '../../lib/lexical.ts'
import { localeParam, notFound } from '../../lib/params.ts'
import { paths } from '../../lib/urls.ts'

/** Council sessions last a morning unless the CMS says otherwise. */
const sessionHours = 3

/** iCalendar feed of the site's upcoming events and council sessions, in one locale. */
export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params)
  if (!locale) return notFound()
  const site = getSite()
  const host = new URL(siteUrl('/')).hostname
  const url = siteUrl
  const events: CalendarEvent[] = getUpcomingEvents(0).map((event) => ({
    uid: `event-${event.id}@${host}`,
    start: new Date(event.startsAt),
    end: event.endsAt ? new Date(event.endsAt) : null,
    summary: text(event.title, locale),
    description:
      pick(event.summary, locale)?.value ?? plainText(pick(event.body, locale)?.value, 500),
    location: [text(event.venue, locale), text(event.address, locale)].filter(Boolean).join(', '),
    url: url(paths.event(linkLocale(event.locales, locale), event.slug)),
    categories: [t(locale, `events.category.${event.category}`)],
    updated: new Date(event.updatedAt),
  }))
  const sessions: CalendarEvent[] = getUpcomingSessions(0).map((session) => {
    const start = new Date(session.date)
    return {
      uid: `council-session-${session.id}@${host}`,
      start,
      end: new Date(start.getTime() + sessionHours * 3_600_000),
      summary: `${t(locale, `council.kind.${session.kind}`)} — ${text(site.name, locale)}`,
      description: session.agenda.map((item) => `• ${text(item, locale)}`).join('\n'),
      location: text(session.place, locale),
      url: `${url(paths.councilSessions(locale))}#session-${session.slug}`,
      categories: [t(locale, 'council.title')],
      updated: new Date(session.updatedAt),
    }
  })
  const body = renderCalendar({
    prodId: `-//${text(site.name, 'fr')}//Bawaba//${locale.toUpperCase()}`,
    name: t(locale, 'calendar.name', { name: text(site.name, locale) }),
    language: localeInfo(locale).hreflang,
    events: [...sessions, ...events].sort((a, b) => a.start.getTime() - b.start.getTime()),
  })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
