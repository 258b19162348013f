/**
 * The complaint form's "use my position": what the browser's position means for the form.
 * Pure and browser-safe (scripts/eservices-position.ts runs it; unit-tested here).
 *
 * The arrondissement is proposed from the nearest arrondissement seat (each site's `location`
 * in the CMS). The commune publishes no boundaries here, so near a border the proposal can be
 * the neighbour: the form always shows it in the select, for the citizen to confirm or change,
 * and the commune redirects a misaddressed complaint anyway.
 */
export interface Point {
  lat: number
  lng: number
}

export interface Seat {
  slug: string
  name: string
  location?: Point | null
}

export interface Bounds {
  lat: readonly [number, number]
  lng: readonly [number, number]
}

/** The strings the position's script words its states with. */
export const positionKeys = [
  'forms.position.locating',
  'forms.position.found',
  'forms.position.kept',
  'forms.position.cleared',
  'forms.position.denied',
  'forms.position.failed',
  'forms.position.outside',
  'forms.position.proposed',
  'forms.position.suggest',
  'forms.position.choose',
] as const

/** Distance in kilometres along the Earth's surface (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

export const inBounds = (point: Point, bounds: Bounds) =>
  point.lat >= bounds.lat[0] &&
  point.lat <= bounds.lat[1] &&
  point.lng >= bounds.lng[0] &&
  point.lng <= bounds.lng[1]

/**
 * The arrondissement to propose for a position: the nearest seat, if one is within `maxKm`
 * (farther, the position says nothing useful about which one it is), else null.
 */
export function nearestArrondissement(
  point: Point,
  seats: readonly Seat[],
  maxKm = 6,
): Seat | null {
  let best: { seat: Seat; km: number } | null = null
  for (const seat of seats) {
    if (!seat.location) continue
    const km = distanceKm(point, seat.location)
    if (!best || km < best.km) best = { seat, km }
  }
  return best && best.km <= maxKm ? best.seat : null
}

/** Coordinates as the form posts them: six decimals (about 10 cm), a dot, no exponent. */
export const coordinate = (value: number) => value.toFixed(6)
