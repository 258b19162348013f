import type { DistrictFacts, Venue } from '../facts.ts'
import type { Names } from '../helpers.ts'
import type { EventCategory, Loc, Motif, Paras } from '../types.ts'

export interface EventContext {
  n: Names
  facts: DistrictFacts
}

export interface EventTemplate {
  key: string
  category: EventCategory
  motif: Motif
  startHour: number
  durationHours: number
  build: (c: EventContext) => { title: Loc; summary: Loc; place: Venue; body: Paras }
}

/** The seat of the arrondissement, as the contact block writes it (no street we cannot vouch for). */
export const seatAddress = (n: Names): Loc => ({
  ar: `مقر ${n.ar}، الدار البيضاء`,
  fr: `Siège de ${n.frIn}, Casablanca`,
})

const inDistrict = (n: Names): Loc => ({ ar: `${n.ar}، الدار البيضاء`, fr: `${n.fr}, Casablanca` })

export const venues = {
  hall: (n: Names): Venue => ({
    venue: { ar: `قاعة الاجتماعات بمقر ${n.ar}`, fr: `Salle de réunion du siège de ${n.frIn}` },
    address: seatAddress(n),
  }),
  forecourt: (n: Names): Venue => ({
    venue: { ar: `ساحة مقر ${n.ar}`, fr: `Parvis du siège de ${n.frIn}` },
    address: seatAddress(n),
  }),
  socioCultural: (n: Names): Venue => ({
    venue: {
      ar: `المركب السوسيو-ثقافي التابع ل${n.ar}`,
      fr: `Complexe socioculturel de ${n.frIn}`,
    },
    address: inDistrict(n),
  }),
  pitch: (n: Names): Venue => ({
    venue: { ar: `ملعب القرب التابع ل${n.ar}`, fr: `Terrain de proximité de ${n.frIn}` },
    address: inDistrict(n),
  }),
  garden: (n: Names): Venue => ({
    venue: { ar: `حديقة القرب التابعة ل${n.ar}`, fr: `Jardin de proximité de ${n.frIn}` },
    address: inDistrict(n),
  }),
}
