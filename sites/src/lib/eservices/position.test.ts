import { describe, expect, it } from 'vitest'
import { coordinate, distanceKm, inBounds, nearestArrondissement } from './position.ts'
import { casablancaBounds } from './rules.ts'

const seats = [
  { slug: 'anfa', name: 'Anfa', location: { lat: 33.5855, lng: -7.6415 } },
  { slug: 'maarif', name: 'Maârif', location: { lat: 33.5765, lng: -7.6325 } },
  { slug: 'ain-sebaa', name: 'Aïn Sebaâ', location: { lat: 33.6035, lng: -7.5405 } },
  { slug: 'nowhere', name: 'No seat', location: null },
]

describe('position', () => {
  it('measures distances on the Earth', () => {
    // Casablanca's Twin Center to the Hassan II mosque: about 2.5 km as the crow flies.
    const km = distanceKm({ lat: 33.5856, lng: -7.6327 }, { lat: 33.6085, lng: -7.6325 })
    expect(km).toBeGreaterThan(2.4)
    expect(km).toBeLessThan(2.7)
  })

  it('proposes the nearest seat, and nothing when every seat is far', () => {
    expect(nearestArrondissement({ lat: 33.586, lng: -7.643 }, seats)?.slug).toBe('anfa')
    expect(nearestArrondissement({ lat: 33.575, lng: -7.631 }, seats)?.slug).toBe('maarif')
    expect(nearestArrondissement({ lat: 33.605, lng: -7.541 }, seats)?.slug).toBe('ain-sebaa')
    expect(nearestArrondissement({ lat: 33.45, lng: -7.8 }, seats)).toBeNull()
    expect(nearestArrondissement({ lat: 33.586, lng: -7.643 }, [])).toBeNull()
  })

  it('knows Casablanca from elsewhere, as the schema does', () => {
    expect(inBounds({ lat: 33.5731, lng: -7.5898 }, casablancaBounds)).toBe(true)
    expect(inBounds({ lat: 34.0209, lng: -6.8416 }, casablancaBounds)).toBe(false)
  })

  it('posts plain decimals', () => {
    expect(coordinate(-7.58980012345)).toBe('-7.589800')
    expect(coordinate(33.5)).toBe('33.500000')
  })
})
