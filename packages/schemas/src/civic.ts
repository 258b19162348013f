import { z } from 'zod'
import { localizedRichText, localizedText, slug } from './localized.ts'
import { media } from './media.ts'

/**
 * The civic content beyond news: heritage and the city's history, the documents library,
 * offices, the procedure catalogue, partners and alerts. Choices are listed once here; the
 * CMS builds its select fields from them and the sites their filters and labels.
 */

export const heritageCategories = [
  'monument',
  'religious',
  'art-deco',
  'museum',
  'market',
  'park',
  'seafront',
  'square',
] as const
export type HeritageCategory = (typeof heritageCategories)[number]

export const libraryKinds = [
  'development-plan',
  'master-plan',
  'restructuring-plan',
  'legal-text',
  'council-decision',
  'report',
  'form',
] as const
export type LibraryKind = (typeof libraryKinds)[number]

export const officeKinds = [
  'district-hq',
  'annex',
  'civil-status',
  'legalisation',
  'one-stop',
] as const
export type OfficeKind = (typeof officeKinds)[number]

/** Days in the order a Moroccan timetable lists them (Monday first). */
export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekDay = (typeof weekDays)[number]

export const procedureThemes = [
  'civil-status',
  'legalisation',
  'urbanism',
  'business',
  'public-space',
  'local-taxes',
  'social',
  'citizen-relations',
] as const
export type ProcedureTheme = (typeof procedureThemes)[number]

/** Bawaba's own online forms (the e-services provide them). */
export const bawabaForms = [
  'complaint',
  'correspondence',
  'urbanism-info',
  'access-to-info',
] as const
export type BawabaForm = (typeof bawabaForms)[number]

export const partnerKinds = [
  'local-development-company',
  'delegated-management',
  'public-operator',
] as const
export type PartnerKind = (typeof partnerKinds)[number]

export const alertSeverities = ['info', 'warning', 'critical'] as const
export type AlertSeverity = (typeof alertSeverities)[number]

/** `HH:MM`, 24-hour. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour')

const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
export type GeoPoint = z.output<typeof point>

const locales = z.array(z.enum(['ar', 'fr', 'zgh', 'en']))

/** Fields of documents that belong to one site. */
const ofSite = {
  id: z.string(),
  site: z.string(),
  locales,
  updatedAt: z.string(),
}

/** Fields of documents the central portal keeps for every site. */
const shared = {
  id: z.string(),
  locales,
  updatedAt: z.string(),
}

/** A heritage place of an arrondissement. */
export const heritagePlace = z.object({
  ...ofSite,
  slug,
  name: localizedText,
  category: z.enum(heritageCategories),
  period: localizedText.optional(),
  year: z.number().int().min(1).max(2100).nullish(),
  address: localizedText.optional(),
  location: point.nullish(),
  summary: localizedText.optional(),
  history: localizedRichText.optional(),
  visiting: localizedText.optional(),
  gallery: z.array(media).default([]),
})
export type HeritagePlace = z.output<typeof heritagePlace>

/** One entry of the city's history timeline. */
export const timelineEntry = z.object({
  ...shared,
  year: z.number().int(),
  title: localizedText,
  text: localizedText.optional(),
  image: media.nullish(),
})
export type TimelineEntry = z.output<typeof timelineEntry>

/** A document of the library: a PDF with what it is and where it applies. */
export const libraryDocument = z.object({
  ...ofSite,
  kind: z.enum(libraryKinds),
  title: localizedText,
  reference: z.string().nullish(),
  date: z.string(),
  summary: localizedText.optional(),
  url: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  filesize: z.number().int().nonnegative(),
})
export type LibraryDocument = z.output<typeof libraryDocument>

export const hoursRow = z.object({
  days: z.array(z.enum(weekDays)).min(1),
  opens: clockTime,
  closes: clockTime,
})
export type HoursRow = z.output<typeof hoursRow>

/** A counter where citizens are received. */
export const office = z.object({
  ...ofSite,
  slug,
  kind: z.enum(officeKinds),
  name: localizedText,
  address: localizedText.optional(),
  location: point.nullish(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  hours: z.array(hoursRow).default([]),
  ramadanHours: z.array(hoursRow).default([]),
  services: z.array(localizedText).default([]),
})
export type Office = z.output<typeof office>

/** A procedure of the catalogue, shown on every site. */
export const procedure = z.object({
  ...shared,
  slug,
  theme: z.enum(procedureThemes),
  title: localizedText,
  summary: localizedText.optional(),
  audience: localizedText.optional(),
  documents: z.array(localizedText).default([]),
  cost: localizedText.optional(),
  timeLimit: localizedText.optional(),
  submitAt: localizedText.optional(),
  collectAt: localizedText.optional(),
  legalBasis: localizedText.optional(),
  officeKinds: z.array(z.enum(officeKinds)).default([]),
  online: z.object({ label: localizedText, url: z.url({ protocol: /^https$/ }) }).nullish(),
  form: z.enum(bawabaForms).nullish(),
  /** Slug of the partner that handles it. */
  partner: z.string().nullish(),
})
export type Procedure = z.output<typeof procedure>

/** An operator or company that runs a public service for the commune. */
export const partner = z.object({
  ...shared,
  slug,
  kind: z.enum(partnerKinds),
  name: localizedText,
  runs: localizedText.optional(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  url: z.url({ protocol: /^https$/ }).nullish(),
  logo: media.nullish(),
})
export type Partner = z.output<typeof partner>

/** An alert shown on every page of the targeted sites during its window. */
export const alert = z.object({
  id: z.string(),
  severity: z.enum(alertSeverities),
  message: localizedText,
  link: z.object({ label: localizedText, url: z.string() }).nullish(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Slugs of the targeted sites; empty means every site. */
  sites: z.array(z.string()).default([]),
  updatedAt: z.string(),
})
export type Alert = z.output<typeof alert>

/** Whether an alert shows on `site` at `now`: inside its window, on a targeted site. */
export function alertShows(alert: Alert, site: string, now: Date): boolean {
  const time = now.getTime()
  if (time < Date.parse(alert.startsAt) || time >= Date.parse(alert.endsAt)) return false
  return alert.sites.length === 0 || alert.sites.includes(site)
}

/**
 * The next moment after `now` when what `site` shows changes (an alert starts or ends), or
 * null: the renderer records it with the page, and the build worker publishes the site then, so
 * an alert appears and disappears by itself.
 */
export function nextAlertChange(alerts: Alert[], site: string, now: Date): Date | null {
  const time = now.getTime()
  let next: number | null = null
  for (const alert of alerts) {
    if (alert.sites.length && !alert.sites.includes(site)) continue
    for (const edge of [Date.parse(alert.startsAt), Date.parse(alert.endsAt)])
      if (edge > time && (next === null || edge < next)) next = edge
  }
  return next === null ? null : new Date(next)
}
