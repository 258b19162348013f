import { describe, expect, it } from 'vitest'
import { sitesShowing } from './affectedSites.ts'

const central = 'c'
const sorted = (sites: string[] | 'all') => (sites === 'all' ? sites : [...sites].sort())

describe('the sites a document is on', () => {
  it('a district news item: its own site only', () => {
    expect(sitesShowing('news', [{ site: 'anfa' }], central)).toEqual(['anfa'])
  })

  it('a central item featured on districts: the portal and those districts, before and after', () => {
    const before = { site: { id: 'c' }, featuredOn: ['anfa'] }
    const after = { site: 'c', featuredOn: [{ id: 'maarif' }] }
    expect(sorted(sitesShowing('news', [after, before], central))).toEqual(['anfa', 'c', 'maarif'])
  })

  it('what the portal gathers from districts: the district and the portal', () => {
    expect(sorted(sitesShowing('heritage-places', [{ site: 'anfa' }], central))).toEqual([
      'anfa',
      'c',
    ])
    expect(sorted(sitesShowing('documents', [{ site: 'anfa' }], central))).toEqual(['anfa', 'c'])
  })

  it('central-only collections: the portal', () => {
    expect(sitesShowing('partners', [{}], central)).toEqual(['c'])
    expect(sitesShowing('timeline-entries', [{}], central)).toEqual(['c'])
  })

  it('the shared procedure catalogue and the sites themselves: every site', () => {
    expect(sitesShowing('procedures', [{}], central)).toBe('all')
    expect(sitesShowing('sites', [{ id: 'anfa' }], central)).toBe('all')
  })

  it('an alert: the sites it targets, or every site when it targets none', () => {
    expect(sitesShowing('alerts', [{ sites: ['anfa', { id: 'maarif' }] }], central)).toEqual([
      'anfa',
      'maarif',
    ])
    expect(sitesShowing('alerts', [{ sites: [] }], central)).toBe('all')
  })

  it('a document without a site is on no site', () => {
    expect(sitesShowing('pages', [null, {}], central)).toEqual([])
  })
})
