import { placesA } from './heritage-a.ts'
import { placesB } from './heritage-b.ts'
import { placesC } from './heritage-c.ts'
import { placesD } from './heritage-d.ts'
import { placesE } from './heritage-e.ts'
import { placesF } from './heritage-f.ts'
import type { PlaceSeed } from './types.ts'

/**
 * Real heritage places of Casablanca, each in the arrondissement it lies in. Only places whose
 * arrondissement is certain are listed (the Hassan II Mosque, on the Anfa / Sidi Belyout edge,
 * appears in the timeline instead). Coordinates are approximate, to about a hundred metres.
 */
export const places: PlaceSeed[] = [
  ...placesA,
  ...placesB,
  ...placesC,
  ...placesD,
  ...placesE,
  ...placesF,
]
