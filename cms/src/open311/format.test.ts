import { complaintCategories, submissionStatuses } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import {
  open311Status,
  postedRequest,
  roundCoordinate,
  serviceDefinition,
  serviceRequest,
  services,
  statusesOf,
  type StoredComplaint,
} from './format.ts'

const stored: StoredComplaint = {
  trackingCode: 'ANF-7K3P-9QXM',
  status: 'in-progress',
  site: 'site-anfa',
  complaint: { category: 'lighting', lat: 33.589123, lng: -7.632456 },
  history: [{ reply: null }, { reply: 'Une équipe passera cette semaine.' }, { reply: '  ' }],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  dueAt: '2026-04-30T22:59:59.999Z',
}
const agency = (id: string) => (id === 'site-anfa' ? 'Arrondissement Anfa' : '?')

describe('statuses', () => {
  it('folds every status into open or closed, resolved and rejected being the closed ones', () => {
    for (const status of submissionStatuses)
      expect(['open', 'closed']).toContain(open311Status[status])
    expect(statusesOf('closed').sort()).toEqual(['rejected', 'resolved'])
    expect(statusesOf('open')).toEqual(
      expect.arrayContaining([
        'received',
        'under-review',
        'in-progress',
        'transferred',
        'reopened',
      ]),
    )
    expect(statusesOf('open')).toHaveLength(submissionStatuses.length - 2)
  })
})

describe('services', () => {
  it('offers one realtime service per complaint category, named in the asked language', () => {
    const fr = services('fr')
    expect(fr.map((s) => s.service_code)).toEqual([...complaintCategories])
    const lighting = fr.find((s) => s.service_code === 'lighting')!
    expect(lighting).toMatchObject({
      service_name: 'Éclairage public',
      metadata: false,
      type: 'realtime',
      group: 'Réclamation',
    })
    expect(services('ar').find((s) => s.service_code === 'lighting')!.service_name).toBe(
      'الإنارة العمومية',
    )
    expect(services('en')[0]!.group).toBe('Complaint')
  })

  it('reads Tamazight names from the Amazigh table, in Tifinagh', () => {
    for (const service of services('zgh')) {
      expect(service.service_name).toMatch(/\p{Script=Tifinagh}/u)
      expect(service.service_name).not.toMatch(/\p{Script=Arabic}/u)
    }
    // The group is the admin's label, which has no Amazigh: Arabic, as before.
    expect(services('zgh')[0]!.group).toBe(services('ar')[0]!.group)
  })

  it('gives keywords in every language, comma-separated, each name whole', () => {
    const { keywords } = services('fr').find((s) => s.service_code === 'green-spaces')!
    expect(keywords.split(',')).toEqual(
      expect.arrayContaining(['Espaces verts', 'المساحات الخضراء', 'Green spaces']),
    )
  })

  it('defines a service with no attributes beyond the standard fields', () => {
    expect(serviceDefinition('roads')).toEqual({ service_code: 'roads', attributes: [] })
  })
})

describe('a complaint as a service request', () => {
  it('shows status, dates, category, agency and the latest public reply', () => {
    expect(serviceRequest(stored, 'fr', agency)).toEqual({
      service_request_id: 'ANF-7K3P-9QXM',
      status: 'open',
      status_notes: 'Une équipe passera cette semaine.',
      service_name: 'Éclairage public',
      service_code: 'lighting',
      agency_responsible: 'Arrondissement Anfa',
      requested_datetime: '2026-03-01T10:00:00.000Z',
      updated_datetime: '2026-03-02T09:00:00.000Z',
      expected_datetime: '2026-04-30T22:59:59.999Z',
      lat: 33.589,
      long: -7.632,
    })
  })

  it('never copies what was not asked for, even when the document carries it', () => {
    const leaky = {
      ...stored,
      contact: { name: 'Salma', email: 'salma@example.ma', phone: '0612345678' },
      complaint: { ...stored.complaint, description: 'Texte du citoyen', address: '12 rue X' },
      history: [{ reply: null, note: 'note interne' }],
    } as unknown as StoredComplaint
    const text = JSON.stringify(serviceRequest(leaky, 'fr', agency))
    for (const secret of ['Salma', 'salma@', '0612345678', 'Texte du citoyen', '12 rue', 'interne'])
      expect(text).not.toContain(secret)
  })

  it('closes resolved and rejected requests, omits a location it does not have', () => {
    const closed = serviceRequest(
      { ...stored, status: 'rejected', complaint: { category: 'roads' }, history: [] },
      'ar',
      agency,
    )
    expect(closed.status).toBe('closed')
    expect(closed.status_notes).toBeNull()
    expect(closed).not.toHaveProperty('lat')
    expect(closed).not.toHaveProperty('long')
    expect(closed.service_name).toBe('الطرق والأرصفة')
  })

  it('blurs coordinates to three decimals (about 100 m)', () => {
    expect(roundCoordinate(33.5734999)).toBe(33.573)
    expect(roundCoordinate(-7.58951)).toBe(-7.59)
    expect(roundCoordinate(null)).toBeUndefined()
    expect(roundCoordinate(Number.NaN)).toBeUndefined()
  })
})

describe('a created request', () => {
  it('answers with the tracking code and the legal answer date in the caller’s language', () => {
    const posted = postedRequest('CAS-7K3P-9QXM', '2026-04-30T22:59:59.999Z', 'fr')
    expect(posted.service_request_id).toBe('CAS-7K3P-9QXM')
    expect(posted.service_notice).toContain('30 avril 2026')
    expect(posted.account_id).toBeNull()
    expect(postedRequest('CAS-7K3P-9QXM', null, 'fr').service_notice).toBeNull()
  })
})
