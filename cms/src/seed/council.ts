import { randomBytes } from 'node:crypto'
import type { SiteEntry } from '@bawaba/registry'
import type { CollectionSlug, Payload } from 'payload'
import { decisionPool } from './content/council/decisions.ts'
import { commissions, familyNames, firstNames } from './content/council/names.ts'
import { councilPlace, extraordinaryAgenda, ordinaryAgenda } from './content/council/sessions.ts'
import type { Loc } from './content/types.ts'
import { ordinarySessionDates } from '../lib/sessionCalendar.ts'
import { renderPortrait } from './images.ts'
import { minimalPdf } from './pdf.ts'

/**
 * Each site's council: its members and bureau, three sessions (one ordinary to come, one
 * ordinary and one extraordinary held) and the deliberations taken in the held ones, with
 * generated PDFs for minutes and full texts. Arabic and French; the same row ids in both.
 */

type Row = Record<string, unknown>
const rowId = () => randomBytes(12).toString('hex')
const DAY = 86_400_000

/** Creates in Arabic, then writes the French version of the same document. */
async function createArFr(
  payload: Payload,
  collection: CollectionSlug,
  common: Row,
  byLocale: { ar: Row; fr: Row },
) {
  const doc = await payload.create({
    collection,
    locale: 'ar',
    data: { ...common, ...byLocale.ar, _status: 'published' } as never,
    depth: 0,
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'fr',
    data: { ...byLocale.fr, _status: 'published' } as never,
    depth: 0,
  })
  return doc.id as string
}

async function uploadPdf(
  payload: Payload,
  siteId: string,
  title: Loc,
  name: string,
  lines: string[],
) {
  const data = minimalPdf(lines)
  const doc = await payload.create({
    collection: 'documents',
    locale: 'ar',
    data: { title: title.ar, site: siteId, _status: 'published' } as never,
    file: { data, mimetype: 'application/pdf', name, size: data.length },
    depth: 0,
  })
  await payload.update({
    collection: 'documents',
    id: doc.id,
    locale: 'fr',
    data: { title: title.fr } as never,
    depth: 0,
  })
  return doc.id as string
}

/** A placeholder portrait (silhouette and initials) with alt text in Arabic and French. */
async function uploadPortrait(
  payload: Payload,
  site: SiteEntry,
  siteId: string,
  first: Loc,
  family: Loc,
  seed: number,
) {
  const data = await renderPortrait(`${first.fr[0]}${family.fr[0]}`, seed, site.accent)
  const doc = await payload.create({
    collection: 'media',
    locale: 'ar',
    data: {
      alt: `صورة رمزية: ${first.ar} ${family.ar}`,
      site: siteId,
      _status: 'published',
    } as never,
    file: {
      data,
      mimetype: 'image/jpeg',
      name: `${site.slug}-member-${seed}.jpg`,
      size: data.length,
    },
    depth: 0,
  })
  await payload.update({
    collection: 'media',
    id: doc.id,
    locale: 'fr',
    data: { alt: `Portrait symbolique de ${first.fr} ${family.fr}` } as never,
    depth: 0,
  })
  return doc.id as string
}

const fill = (loc: Loc, name: SiteEntry['name']): Loc => ({
  ar: loc.ar.replace('{name}', name.ar),
  fr: loc.fr.replace('{name}', name.fr),
})

const monthYear = (date: Date) => date.toISOString().slice(0, 7)

async function seedMembers(payload: Payload, site: SiteEntry, siteId: string, index: number) {
  const vicePresidents = 2 + (index % 2)
  const plainMembers = 4 + (index % 3)
  const roles = [
    'president',
    ...Array.from({ length: vicePresidents }, () => 'vice-president'),
    'secretary',
    'rapporteur',
    ...Array.from({ length: plainMembers }, () => 'member'),
  ]
  let rank = 0
  for (const [i, role] of roles.entries()) {
    const pool = i % 3 === 1 ? firstNames.female : firstNames.male
    const first = pool[(index * 3 + i) % pool.length]!
    const family = familyNames[(index * 5 + i * 7) % familyNames.length]!
    const own = role === 'president' ? [] : [commissions[(index + i) % commissions.length]!]
    const rows = own.map((c) => ({ id: rowId(), c }))
    const photo = await uploadPortrait(payload, site, siteId, first, family, index * 100 + i)
    await createArFr(
      payload,
      'council-members',
      {
        site: siteId,
        role,
        photo,
        rank: role === 'vice-president' ? ++rank : undefined,
        termStart: '2021-09-22T09:00:00.000Z',
        termEnd: '2027-09-30T09:00:00.000Z',
        order: i + 1,
      },
      {
        ar: {
          name: `${first.ar} ${family.ar}`,
          commissions: rows.map((r) => ({ id: r.id, name: r.c.ar })),
        },
        fr: {
          name: `${first.fr} ${family.fr}`,
          commissions: rows.map((r) => ({ id: r.id, name: r.c.fr })),
        },
      },
    )
  }
  return roles.length
}

interface SessionSpec {
  kind: 'ordinary' | 'extraordinary'
  date: Date
  status: 'announced' | 'held'
  agenda: Loc[]
}

async function seedSession(payload: Payload, site: SiteEntry, siteId: string, spec: SessionSpec) {
  const day = spec.date.toISOString().slice(0, 10)
  const place = fill(councilPlace, site.name)
  const kindFr = spec.kind === 'ordinary' ? 'Session ordinaire' : 'Session extraordinaire'
  const minutes =
    spec.status === 'held'
      ? await uploadPdf(
          payload,
          siteId,
          { ar: `محضر الدورة بتاريخ ${day}`, fr: `Procès-verbal de la session du ${day}` },
          `${site.slug}-pv-${spec.kind}-${day}.pdf`,
          [
            `Proces-verbal - ${kindFr} du ${day}`,
            site.name.fr,
            ...spec.agenda.map((a) => `- ${a.fr}`),
          ],
        )
      : undefined
  const rows = spec.agenda.map((item) => ({ id: rowId(), item }))
  return createArFr(
    payload,
    'council-sessions',
    {
      site: siteId,
      kind: spec.kind,
      date: spec.date.toISOString(),
      status: spec.status,
      slug: `${spec.kind}-${day}`,
      videoUrl: spec.status === 'held' ? `https://www.youtube.com/@casablancacity` : undefined,
      minutes,
    },
    {
      ar: { place: place.ar, agenda: rows.map((r) => ({ id: r.id, item: r.item.ar })) },
      fr: { place: place.fr, agenda: rows.map((r) => ({ id: r.id, item: r.item.fr })) },
    },
  )
}

export async function seedCouncil(
  payload: Payload,
  site: SiteEntry,
  siteId: string,
  index: number,
  now = new Date(),
) {
  const members = await seedMembers(payload, site, siteId, index)
  const { held, next } = ordinarySessionDates(now)
  const pick = (pool: Loc[], count: number, from: number) =>
    Array.from({ length: count }, (_, i) => pool[(from + i) % pool.length]!)
  await seedSession(payload, site, siteId, {
    kind: 'ordinary',
    date: next,
    status: 'announced',
    agenda: pick(ordinaryAgenda, 4, index + 2),
  })
  const sessions = [
    {
      kind: 'ordinary' as const,
      date: held,
      status: 'held' as const,
      agenda: pick(ordinaryAgenda, 5, index),
    },
    {
      kind: 'extraordinary' as const,
      date: new Date(Math.floor((now.getTime() - 20 * DAY) / DAY) * DAY + 9 * 3_600_000),
      status: 'held' as const,
      agenda: pick(extraordinaryAgenda, 2, index),
    },
  ]
  const decisionCount = 6 + (index % 3)
  let number = 0
  // The register numbers deliberations in the order they were taken.
  sessions.sort((a, b) => a.date.getTime() - b.date.getTime())
  for (const spec of sessions) {
    const sessionId = await seedSession(payload, site, siteId, spec)
    const count = spec.kind === 'ordinary' ? decisionCount - 2 : 2
    for (let i = 0; i < count; i++) {
      const seed = decisionPool[(index + number) % decisionPool.length]!
      const year = spec.date.getUTCFullYear()
      const code = `${year}-${String(++number).padStart(3, '0')}`
      const against = (index + number) % 4
      const abstentions = (index + 2 * number) % 3
      const rejected = number === 3 && index % 4 === 0
      const favour = rejected ? 2 : members - against - abstentions - 1
      const fullText = await uploadPdf(
        payload,
        siteId,
        { ar: `نص المقرر رقم ${code}`, fr: `Texte de la délibération n° ${code}` },
        `${site.slug}-deliberation-${code}.pdf`,
        [
          `Deliberation n. ${code} - ${monthYear(spec.date)}`,
          site.name.fr,
          seed.subject.fr,
          seed.summary.fr,
        ],
      )
      await createArFr(
        payload,
        'council-decisions',
        {
          site: siteId,
          number: code,
          slug: code,
          date: spec.date.toISOString(),
          session: sessionId,
          topic: seed.topic,
          vote: {
            for: favour,
            against: rejected ? members - 3 : against,
            abstentions: rejected ? 1 : abstentions,
            result: rejected ? 'rejected' : 'adopted',
          },
          fullText,
        },
        {
          ar: { subject: seed.subject.ar, summary: seed.summary.ar },
          fr: { subject: seed.subject.fr, summary: seed.summary.fr },
        },
      )
    }
  }
}
