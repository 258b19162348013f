import { z } from 'zod'
import { localizedText, slug } from './localized.ts'
import { media } from './media.ts'

/** Offices of an elected council, in the order the bureau is presented. */
export const councilRoles = [
  'president',
  'vice-president',
  'secretary',
  'rapporteur',
  'member',
] as const
export type CouncilRole = (typeof councilRoles)[number]

export const sessionKinds = ['ordinary', 'extraordinary'] as const
export const sessionStatuses = ['announced', 'held'] as const
export const voteResults = ['adopted', 'rejected'] as const

/** What a deliberation is about: the register can be read by topic. */
export const decisionTopics = [
  'budget',
  'urbanism',
  'social',
  'culture',
  'environment',
  'mobility',
  'administration',
  'partnerships',
] as const
export type DecisionTopic = (typeof decisionTopics)[number]

/**
 * Law 113-14 (art. 33): ordinary sessions are held in February, May and October. Months are
 * 1-based, read on Casablanca's wall clock.
 */
export const ordinarySessionMonths = [2, 5, 10] as const

/** Fields every council document shares once loaded. */
const councilDoc = {
  id: z.string(),
  /** Slug of the site whose council this is. */
  site: z.string(),
  locales: z.array(z.enum(['ar', 'fr', 'zgh', 'en'])),
  updatedAt: z.string(),
}

/** A PDF from the `documents` collection, with what a download link must say. */
export const councilDocument = z.object({
  id: z.string(),
  url: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  /** Bytes. */
  filesize: z.number().int().nonnegative(),
  title: localizedText,
})
export type CouncilDocument = z.output<typeof councilDocument>

/** An elected member and their office. */
export const councilMember = z.object({
  ...councilDoc,
  name: localizedText,
  role: z.enum(councilRoles),
  /** 1st, 2nd… vice-president; null for the other offices. */
  rank: z.number().int().positive().nullish(),
  commissions: z.array(localizedText).default([]),
  photo: media.nullish(),
  termStart: z.string().nullish(),
  termEnd: z.string().nullish(),
  order: z.number().default(0),
})
export type CouncilMember = z.output<typeof councilMember>

/** A council session, announced or held. */
export const councilSession = z.object({
  ...councilDoc,
  slug,
  kind: z.enum(sessionKinds),
  date: z.string(),
  place: localizedText.optional(),
  agenda: z.array(localizedText).default([]),
  status: z.enum(sessionStatuses),
  videoUrl: z.url({ protocol: /^https$/ }).nullish(),
  minutes: councilDocument.nullish(),
})
export type CouncilSession = z.output<typeof councilSession>

/** One entry of the deliberations register. */
export const councilDecision = z.object({
  ...councilDoc,
  slug,
  number: z.string().min(1),
  date: z.string(),
  /** Slug of the session it was taken in. */
  session: z.string().nullish(),
  topic: z.enum(decisionTopics),
  subject: localizedText,
  summary: localizedText.optional(),
  vote: z.object({
    for: z.number().int().nonnegative(),
    against: z.number().int().nonnegative(),
    abstentions: z.number().int().nonnegative(),
    result: z.enum(voteResults),
  }),
  fullText: councilDocument.nullish(),
})
export type CouncilDecision = z.output<typeof councilDecision>
