import type { Names } from './helpers.ts'
import type { Loc, Motif } from './types.ts'

/**
 * A neighbourhood, landmark or area as a noun phrase with its article, so it reads well
 * after «ولا سيما» / «notamment» and in lists: «عين الذئاب» / «Aïn Diab», «la Corniche».
 */
export interface Spot {
  ar: string
  fr: string
}

/** A paragraph in the three languages the about page is written in. */
export interface Tri {
  ar: string
  fr: string
  en: string
}

export interface Venue {
  venue: Loc
  address: Loc
}

/**
 * What the seed says about one arrondissement. Only facts we are sure of; where we are
 * not, the text stays general («les quartiers résidentiels», «le littoral»).
 */
export interface DistrictFacts {
  /** Approximate centre of the arrondissement. */
  location: { lat: number; lng: number }
  /** `+212 5 22 XX XX XX`, fixed per site. */
  phone: string
  /** Two to five places; the news rotate through them. */
  spots: Spot[]
  /** Where the district lies and what it is like. */
  geography: Tri
  /** A short, general history. */
  history: Tri
  /** Motifs of the about page gallery. */
  motifs: [Motif, Motif, Motif]
  /** A real place for outdoor events (environment), when one fits. */
  outdoor?: Venue
  /** A real place for cultural events, when one fits. */
  culture?: Venue
}

/** District facts are written against the registry names, never retyped. */
export type DistrictFactsOf = (n: Names) => DistrictFacts
