import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getSite } from '@bawaba/registry'
import type { Payload } from 'payload'
import { seedCouncil } from '../seed/council.ts'
import { minimalPdf } from '../seed/pdf.ts'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The council's own rules through the Local API: ordinary sessions in February, May or
 * October only, deliberation numbers unique per site, a decision's session from its own site,
 * https video links, PDF-only documents checked by content — and the seed that uses them.
 */
let payload: Payload
let world: TestWorld

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const session = (site: string, data: Record<string, unknown>) =>
  payload.create({
    collection: 'council-sessions',
    data: { site, kind: 'ordinary', status: 'announced', _status: 'published', ...data } as never,
  })

const decision = (site: string, data: Record<string, unknown>) =>
  payload.create({
    collection: 'council-decisions',
    data: {
      site,
      date: '2026-10-06T09:00:00.000Z',
      subject: 'Objet',
      topic: 'budget',
      vote: { for: 10, against: 1, abstentions: 0, result: 'adopted' },
      _status: 'published',
      ...data,
    } as never,
  })

/** The field errors a refused write reports, as `path: message` lines. */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    return (errors?.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('\n') || 'refused'
  }
  return 'accepted'
}

const upload = (name: string, data: Buffer, mimetype = 'application/pdf') =>
  payload.create({
    collection: 'documents',
    data: { title: name, site: world.sites.anfa } as never,
    file: { data, mimetype, name, size: data.length },
  })

describe('council sessions', () => {
  it('ordinary sessions are held in February, May or October', async () => {
    const october = await session(world.sites.anfa, { date: '2026-10-06T09:00:00.000Z' })
    expect(october.slug).toBe('ordinary-2026-10-06')
    // 31 January at 23:30 UTC is already 1 February in Casablanca (UTC+1).
    await expect(
      session(world.sites.anfa, { date: '2026-01-31T23:30:00.000Z' }),
    ).resolves.toBeTruthy()
    expect(await refusal(session(world.sites.anfa, { date: '2026-03-10T09:00:00.000Z' }))).toBe(
      'date: تُعقد الدورات العادية في أشهر فبراير وماي وأكتوبر (القانون التنظيمي 113.14، المادة 33).',
    )
  })

  it('an extraordinary session may be held in any month', async () => {
    const doc = await session(world.sites.anfa, {
      kind: 'extraordinary',
      date: '2026-03-10T09:00:00.000Z',
    })
    expect(doc.kind).toBe('extraordinary')
  })

  it('video links are https only', async () => {
    for (const videoUrl of ['http://example.com/live', 'javascript:alert(1)', 'not a url']) {
      expect(
        await refusal(
          session(world.sites.anfa, { date: '2026-05-06T09:00:00.000Z', slug: 'video', videoUrl }),
        ),
      ).toMatch(/^videoUrl: /)
    }
  })
})

describe('council decisions', () => {
  it('numbers are unique per site, not across sites', async () => {
    await decision(world.sites.anfa, { number: '2026-001' })
    await decision(world.sites.maarif, { number: '2026-001' })
    expect(
      await refusal(decision(world.sites.anfa, { number: '2026-001', slug: 'another-slug' })),
    ).toBe('number: رقم المقرر هذا مستعمل من قبل في هذا الموقع.')
  })

  it('refuse a session of another site', async () => {
    const foreign = await session(world.sites.maarif, { date: '2028-02-06T09:00:00.000Z' })
    expect(
      await refusal(decision(world.sites.anfa, { number: '2026-002', session: foreign.id })),
    ).toBe('session: يجب أن تكون الدورة من نفس الموقع.')
    const own = await session(world.sites.anfa, { date: '2028-02-06T09:00:00.000Z' })
    const doc = await decision(world.sites.anfa, { number: '2026-003', session: own.id })
    expect(doc.slug).toBe('2026-003')
  })

  it('vote counts cannot be negative', async () => {
    expect(
      await refusal(
        decision(world.sites.anfa, {
          number: '2026-004',
          vote: { for: -1, against: 0, abstentions: 0, result: 'adopted' },
        }),
      ),
    ).toMatch(/^vote\.for: /)
  })
})

describe('documents', () => {
  it('accept a PDF', async () => {
    const doc = await upload('minutes.pdf', minimalPdf(['Proces-verbal', 'Ligne (2)']))
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('refuse an HTML page or an SVG image renamed .pdf, whatever the declared type', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(upload('page.pdf', html)).rejects.toThrow()
    await expect(upload('image.pdf', svg)).rejects.toThrow()
    await expect(upload('image.svg', svg, 'image/svg+xml')).rejects.toThrow()
    const stored = await payload.find({
      collection: 'documents',
      where: { filename: { in: ['page.pdf', 'image.pdf', 'image.svg'] } },
    })
    expect(stored.docs).toEqual([])
  })
})

describe('the council seed', () => {
  it('writes a full council for a site, in Arabic and French', async () => {
    await seedCouncil(payload, getSite('casablanca'), world.sites.casablanca, 2)
    const where = { site: { equals: world.sites.casablanca } }
    const members = await payload.find({ collection: 'council-members', where, limit: 50 })
    const roles = members.docs.map((m) => m.role)
    expect(roles.filter((r) => r === 'president')).toHaveLength(1)
    expect(roles.filter((r) => r === 'vice-president').length).toBeGreaterThanOrEqual(2)
    expect(roles.filter((r) => r === 'member').length).toBeGreaterThanOrEqual(4)
    const fr = await payload.find({ collection: 'council-members', where, locale: 'fr' })
    expect(fr.docs[0]!.name).toMatch(/[A-Za-z]/)
    const sessions = await payload.find({ collection: 'council-sessions', where, limit: 50 })
    expect(sessions.docs.map((s) => `${s.kind} ${s.status}`).sort()).toEqual([
      'extraordinary held',
      'ordinary announced',
      'ordinary held',
    ])
    const decisions = await payload.find({ collection: 'council-decisions', where, limit: 50 })
    expect(decisions.docs.length).toBeGreaterThanOrEqual(6)
    expect(decisions.docs.length).toBeLessThanOrEqual(8)
    const held = new Set(sessions.docs.filter((s) => s.status === 'held').map((s) => s.id))
    expect(decisions.docs.every((d) => held.has((d.session as { id: string }).id))).toBe(true)
  })
})
