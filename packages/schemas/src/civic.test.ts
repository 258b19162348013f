import { describe, expect, it } from 'vitest'
import {
  alert as alertSchema,
  alertShows,
  nextAlertChange,
  procedure,
  type Alert,
} from './civic.ts'

const alert = (overrides: Partial<Alert> = {}): Alert =>
  alertSchema.parse({
    id: 'a1',
    severity: 'warning',
    message: { ar: 'انقطاع الماء', fr: 'Coupure d’eau' },
    startsAt: '2026-11-23T08:00:00.000Z',
    endsAt: '2026-11-23T18:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  })
const at = (iso: string) => new Date(iso)

describe('alerts', () => {
  it('show only inside their window: from the start, until (not at) the end', () => {
    const a = alert()
    expect(alertShows(a, 'anfa', at('2026-11-23T07:59:59Z'))).toBe(false)
    expect(alertShows(a, 'anfa', at('2026-11-23T08:00:00Z'))).toBe(true)
    expect(alertShows(a, 'anfa', at('2026-11-23T17:59:59Z'))).toBe(true)
    expect(alertShows(a, 'anfa', at('2026-11-23T18:00:00Z'))).toBe(false)
  })

  it('show on every site when none is chosen, else only on the chosen ones', () => {
    const noon = at('2026-11-23T12:00:00Z')
    expect(alertShows(alert(), 'casablanca', noon)).toBe(true)
    const targeted = alert({ sites: ['anfa', 'maarif'] })
    expect(alertShows(targeted, 'maarif', noon)).toBe(true)
    expect(alertShows(targeted, 'sidi-belyout', noon)).toBe(false)
  })

  it('say when a site must next be rebuilt', () => {
    const alerts = [alert(), alert({ id: 'a2', sites: ['anfa'], startsAt: '2026-11-23T10:00:00Z' })]
    expect(nextAlertChange(alerts, 'anfa', at('2026-11-23T09:00:00Z'))).toEqual(
      at('2026-11-23T10:00:00Z'),
    )
    expect(nextAlertChange(alerts, 'maarif', at('2026-11-23T09:00:00Z'))).toEqual(
      at('2026-11-23T18:00:00Z'),
    )
    expect(nextAlertChange(alerts, 'anfa', at('2026-11-23T19:00:00Z'))).toBeNull()
  })

  it('refuse a procedure link that is not https', () => {
    const base = {
      id: 'p',
      locales: ['ar'],
      updatedAt: '2026-11-01T00:00:00Z',
      slug: 'birth-extract',
      theme: 'civil-status',
      title: { ar: 'عقد الازدياد' },
    }
    expect(
      procedure.safeParse({ ...base, online: { label: {}, url: 'https://www.watiqa.ma' } }).success,
    ).toBe(true)
    expect(
      procedure.safeParse({ ...base, online: { label: {}, url: 'javascript:alert(1)' } }).success,
    ).toBe(false)
  })
})
