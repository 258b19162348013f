import { describe, expect, it } from 'vitest'
import * as schemas from '@bawaba/schemas'
import {
  normalizeCouncilDecision,
  normalizeCouncilMember,
  normalizeCouncilSession,
  type NormalizeContext,
} from './normalize.ts'
import { siteIds } from './testing/fixtures.ts'

/** The council's documents from the CMS's wire format to the shapes the sites read. */
function ctx(): NormalizeContext {
  return {
    site: 'anfa',
    siteSlugs: new Map(Object.entries(siteIds).map(([slug, id]) => [id, slug])),
    absolute: (url) => new URL(url, 'http://cms.test/').href,
    issues: [],
  }
}

const pdf = {
  id: 'doc-1',
  url: '/api/documents/file/anfa-pv.pdf',
  filename: 'anfa-pv.pdf',
  mimeType: 'application/pdf',
  filesize: 2048,
  title: { ar: 'محضر', fr: 'Procès-verbal' },
}

describe('council members', () => {
  it('keep their office, rank and written commissions', () => {
    const context = ctx()
    const member = normalizeCouncilMember(
      {
        id: 'm1',
        site: siteIds.anfa,
        name: { ar: 'محمد بناني', fr: 'Mohamed Bennani', en: '' },
        role: 'vice-president',
        rank: 2,
        commissions: [{ id: 'r1', name: { ar: 'لجنة', fr: 'Commission' } }, { name: {} }],
        order: 3,
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
      context,
    )
    expect(schemas.councilMember.parse(member)).toMatchObject({
      site: 'anfa',
      role: 'vice-president',
      rank: 2,
      locales: ['ar', 'fr'],
      commissions: [{ ar: 'لجنة', fr: 'Commission' }],
    })
    expect(context.issues).toEqual([])
  })
})

describe('council sessions', () => {
  it('carry their agenda and a downloadable PDF with absolute URL and size', () => {
    const session = normalizeCouncilSession(
      {
        id: 's1',
        site: siteIds.anfa,
        slug: 'ordinary-2026-10-06',
        kind: 'ordinary',
        date: '2026-10-06T09:00:00.000Z',
        status: 'held',
        place: { ar: 'القاعة', fr: 'Salle' },
        agenda: [{ item: { ar: 'الميزانية', fr: 'Budget' } }],
        videoUrl: 'https://video.example/live',
        minutes: pdf,
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
      ctx(),
    )
    const parsed = schemas.councilSession.parse(session)
    expect(parsed.minutes?.url).toBe('http://cms.test/api/documents/file/anfa-pv.pdf')
    expect(parsed.minutes?.filesize).toBe(2048)
    expect(parsed.agenda).toEqual([{ ar: 'الميزانية', fr: 'Budget' }])
  })

  it('refuse a video link that is not https', () => {
    const session = {
      id: 's2',
      site: 'anfa',
      slug: 'x',
      kind: 'ordinary',
      date: '2026-10-06T09:00:00.000Z',
      status: 'held',
      agenda: [],
      locales: [],
      updatedAt: '2026-11-01T00:00:00.000Z',
    }
    expect(
      schemas.councilSession.safeParse({ ...session, videoUrl: 'http://x.test' }).success,
    ).toBe(false)
    expect(
      schemas.councilSession.safeParse({ ...session, videoUrl: 'javascript:alert(1)' }).success,
    ).toBe(false)
  })
})

describe('council decisions', () => {
  it('name their session only when it is published', () => {
    const raw = {
      id: 'd1',
      site: siteIds.anfa,
      slug: '2026-001',
      number: '2026-001',
      date: '2026-10-06T09:00:00.000Z',
      topic: 'budget',
      subject: { ar: 'الميزانية', fr: 'Budget' },
      vote: { for: 20, against: 2, abstentions: 1, result: 'adopted' },
      fullText: pdf,
      updatedAt: '2026-11-01T00:00:00.000Z',
    }
    const published = normalizeCouncilDecision(
      { ...raw, session: { id: 's1', slug: 'ordinary-2026-10-06', _status: 'published' } },
      ctx(),
    )
    expect(schemas.councilDecision.parse(published).session).toBe('ordinary-2026-10-06')
    const draft = normalizeCouncilDecision(
      { ...raw, session: { id: 's1', slug: 'x', _status: 'draft' } },
      ctx(),
    )
    expect(draft.session).toBeNull()
  })

  it('report an empty subject as an error naming the decision', () => {
    const context = ctx()
    normalizeCouncilDecision(
      { id: 'd2', site: siteIds.anfa, slug: '2026-002', subject: {}, vote: {} },
      context,
    )
    expect(context.issues[0]?.message).toMatch(/council decision '2026-002'.*subject/)
  })
})
