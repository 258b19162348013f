import type { ImageSpec, Loc } from '../types.ts'

/**
 * Seed data of the civic-content collections: heritage places, the city's timeline, the
 * documents library, offices, the procedure catalogue and partners. Pure data: the seeding
 * code in `cms/src/seed/civic.ts` writes it into the CMS.
 */

export type HeritageCategory =
  'monument' | 'religious' | 'art-deco' | 'museum' | 'market' | 'park' | 'seafront' | 'square'

export interface PlaceSeed {
  slug: string
  /** Slug of the arrondissement the place is in (never the central portal). */
  site: string
  category: HeritageCategory
  name: Loc
  /** "1930s", "XVIIIe siècle", "1993"… as a reader would say it. */
  period: Loc
  /** Year of construction or opening, only when sure. */
  year?: number
  address: Loc
  lat: number
  lng: number
  /** One sentence for cards and meta descriptions. */
  summary: Loc
  /** The history text, paragraphs. */
  history: { ar: string[]; fr: string[] }
  /** How to visit: opening, access, etiquette. General when unsure. */
  visiting: Loc
  /** 2–4 illustrations (drawn at seed time from the motif). */
  gallery: ImageSpec[]
}

export interface TimelineSeed {
  year: number
  title: Loc
  text: Loc
  image?: ImageSpec
}

export type LibraryKind =
  | 'development-plan'
  | 'master-plan'
  | 'restructuring-plan'
  | 'legal-text'
  | 'council-decision'
  | 'report'
  | 'form'

export interface LibraryDocSeed {
  /** File name without `.pdf`. */
  slug: string
  /** Site slug (central portal `casablanca` or an arrondissement). */
  site: string
  kind: LibraryKind
  reference: string
  /** YYYY-MM-DD */
  date: string
  title: Loc
  summary: Loc
  /** Lines printed in the generated PDF (Latin-1, French). */
  lines: string[]
}

export type OfficeKind = 'district-hq' | 'annex' | 'civil-status' | 'legalisation' | 'one-stop'
export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
export interface HoursRow {
  days: Day[]
  /** HH:MM, 24 h, Casablanca time. */
  opens: string
  closes: string
}

export interface OfficeSeed {
  slug: string
  site: string
  kind: OfficeKind
  name: Loc
  address: Loc
  lat: number
  lng: number
  phone: string
  email: string
  hours: HoursRow[]
  ramadanHours: HoursRow[]
  /** What can be done there, one item each. */
  services: Loc[]
}

export type ProcedureTheme =
  | 'civil-status'
  | 'legalisation'
  | 'urbanism'
  | 'business'
  | 'public-space'
  | 'local-taxes'
  | 'social'
  | 'citizen-relations'

/** One of Bawaba's own forms (the e-services issue provides them). */
export type BawabaForm = 'complaint' | 'correspondence' | 'urbanism-info' | 'access-to-info'

export interface ProcedureSeed {
  slug: string
  theme: ProcedureTheme
  title: Loc
  summary: Loc
  /** Who it is for. */
  audience: Loc
  /** Required documents, one item each. */
  documents: Loc[]
  cost: Loc
  timeLimit: Loc
  submitAt: Loc
  collectAt: Loc
  legalBasis: Loc
  /** Kinds of offices that handle it (each site lists its own offices of these kinds). */
  officeKinds: OfficeKind[]
  /** A national platform that does it online. */
  online?: { label: Loc; url: string }
  /** Or one of Bawaba's own forms. */
  form?: BawabaForm
  /** Slug of a partner that handles it or that the citizen should contact. */
  partner?: string
}

export type PartnerKind = 'local-development-company' | 'delegated-management' | 'public-operator'

export interface PartnerSeed {
  slug: string
  kind: PartnerKind
  name: Loc
  /** What they run for the city. */
  runs: Loc
  phone?: string
  email?: string
  url: string
  /** Two or three letters drawn on the generated logo. */
  initials: string
  /** Logo colour, `#rrggbb`. */
  color: string
}
