import { z } from 'zod'
import { parseHref } from './safeHref.ts'

/**
 * What citizens send through the e-services, and what the tracking page may show back. The
 * forms, the endpoints and the CMS validate with these same schemas. Error messages are rule
 * ids (`required`, `too-long`…): each interface words them in the citizen's language
 * (`forms.error.<rule>` in @bawaba/i18n).
 */

export const eServices = [
  'complaint',
  'correspondence',
  'urbanism-info',
  'access-to-info',
  'feedback',
] as const
export type EService = (typeof eServices)[number]

export const submissionStatuses = [
  'received',
  'under-review',
  'in-progress',
  'transferred',
  'resolved',
  'rejected',
  'reopened',
] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]

export const complaintCategories = [
  'lighting',
  'roads',
  'cleanliness',
  'green-spaces',
  'nuisance',
  'public-space',
  'markets',
  'civil-status',
  'other',
] as const
export const departments = [
  'presidency',
  'secretariat',
  'urbanism',
  'civil-status',
  'finance',
  'works',
  'social',
  'other',
] as const
export const applicantCapacities = ['owner', 'co-owner', 'architect', 'notary', 'other'] as const
export const urbanismPurposes = [
  'sale',
  'construction',
  'succession',
  'financing',
  'other',
] as const
export const answerForms = ['email', 'paper', 'on-site'] as const

/** Rule ids the schemas report; `forms.error.<rule>` words each one. */
export type FormRule =
  'required' | 'too-long' | 'too-short' | 'email' | 'phone' | 'contact' | 'choice' | 'coordinates'

/** Files each service accepts (the type is decided by content, see @bawaba/eservices). */
export const attachmentRules = {
  complaint: { kinds: ['image'], max: 5 },
  correspondence: { kinds: ['pdf'], max: 5 },
  'urbanism-info': { kinds: ['pdf'], max: 5 },
  'access-to-info': { kinds: [], max: 0 },
  feedback: { kinds: [], max: 0 },
} as const satisfies Record<EService, { kinds: readonly ('image' | 'pdf')[]; max: number }>
export const maxFileBytes = 10 * 1024 * 1024

const text = (min: number, max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .min(min, { error: 'too-short' })
    .max(max, { error: 'too-long' })
const optionalText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .max(max, { error: 'too-long' })
    .optional()
    .transform((value) => value || undefined)
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'required' : 'choice') })

/**
 * Characters that print as nothing (zero-width space, joiners, word joiner, invisible operators,
 * soft hyphen, BOM): in a name they make two names that look the same differ, or a name that
 * looks filled empty. Removed from names before they are checked.
 */
export const invisibleInNames = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g
const withoutInvisible = (value: unknown) =>
  typeof value === 'string' ? value.replace(invisibleInNames, '') : value
const personName = (min: number, max: number) => z.preprocess(withoutInvisible, text(min, max))
const optionalName = (max: number) => z.preprocess(withoutInvisible, optionalText(max))

/** Moroccan numbers: 06…/07…/05… or +212…, spaces, dots and dashes allowed. */
export const moroccanPhone = /^(?:\+212|00212|0)[5-7](?:[ .-]?\d){8}$/

const contact = {
  name: personName(2, 120),
  email: z
    .string()
    .trim()
    .max(254, { error: 'too-long' })
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email({ error: 'email' }).optional()),
  phone: z
    .string()
    .trim()
    .max(30, { error: 'too-long' })
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || moroccanPhone.test(value), { error: 'phone' }),
}
/** Tracking needs a way to prove it is you: an email or a phone, at least one. */
const reachable = (value: { email?: unknown; phone?: unknown }) =>
  Boolean(value.email || value.phone)
/**
 * Cross-field rules run even when a field failed, so the citizen sees every problem at once
 * (zod skips object refinements after a field error otherwise).
 */
const always = { when: () => true }

/** Casablanca's surroundings: a point elsewhere is a typo, not a complaint location. */
const coordinate = (min: number, max: number) =>
  z.coerce.number({ error: 'coordinates' }).min(min, { error: 'coordinates' }).max(max, {
    error: 'coordinates',
  })

/** An empty map field (no point chosen) is no coordinate. */
const optionalCoordinate = (min: number, max: number) =>
  z.preprocess((value) => (value === '' ? undefined : value), coordinate(min, max).optional())

export const complaintInput = z
  .object({
    ...contact,
    name: optionalName(120),
    site: z.string({ error: 'required' }).min(1, { error: 'required' }),
    category: choice(complaintCategories),
    description: text(10, 4000),
    address: optionalText(300),
    lat: optionalCoordinate(33.3, 33.8),
    lng: optionalCoordinate(-7.9, -7.3),
  })
  .refine(reachable, { error: 'contact', path: ['email'], ...always })
  .refine((value) => (value.lat === undefined) === (value.lng === undefined), {
    error: 'coordinates',
    path: ['lat'],
  })

export const correspondenceInput = z
  .object({
    ...contact,
    site: z.string({ error: 'required' }).min(1, { error: 'required' }),
    department: choice(departments),
    subject: text(3, 200),
    message: text(10, 8000),
  })
  .refine(reachable, { error: 'contact', path: ['email'], ...always })

export const urbanismInfoInput = z
  .object({
    ...contact,
    site: z.string({ error: 'required' }).min(1, { error: 'required' }),
    landTitle: optionalText(60),
    parcelRef: optionalText(60),
    location: text(3, 300),
    capacity: choice(applicantCapacities),
    purpose: choice(urbanismPurposes),
  })
  .refine(reachable, { error: 'contact', path: ['email'], ...always })
  .refine((value) => Boolean(value.landTitle || value.parcelRef), {
    error: 'required',
    path: ['landTitle'],
  })

export const accessToInfoInput = z
  .object({
    ...contact,
    site: z.string({ error: 'required' }).min(1, { error: 'required' }),
    information: text(10, 4000),
    answerForm: choice(answerForms),
    reason: optionalText(1000),
  })
  .refine(reachable, { error: 'contact', path: ['email'], ...always })

export const feedbackInput = z.object({
  site: z.string({ error: 'required' }).min(1, { error: 'required' }),
  // A page of this site: a path, never `//host` or `/\\host`, which browsers read as another site.
  pageUrl: z
    .string({ error: 'required' })
    .max(500, { error: 'too-long' })
    .regex(/^\/[^\s]*$/, { error: 'required' })
    .refine((value) => parseHref(value)?.kind === 'path', { error: 'required' }),
  message: text(5, 2000),
  email: contact.email,
})

export const serviceInputs = {
  complaint: complaintInput,
  correspondence: correspondenceInput,
  'urbanism-info': urbanismInfoInput,
  'access-to-info': accessToInfoInput,
  feedback: feedbackInput,
} as const satisfies Record<EService, z.ZodType>

export type ComplaintInput = z.output<typeof complaintInput>
export type CorrespondenceInput = z.output<typeof correspondenceInput>
export type UrbanismInfoInput = z.output<typeof urbanismInfoInput>
export type AccessToInfoInput = z.output<typeof accessToInfoInput>
export type FeedbackInput = z.output<typeof feedbackInput>

/** `ANF-7K3P-9QXM`: the site's code, then eight characters without look-alikes. */
export const trackingCode = z
  .string()
  .regex(/^[A-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/)

/** What the tracking page shows: status, dates and public replies — never personal data. */
export const trackedSubmission = z.object({
  code: trackingCode,
  service: z.enum(eServices),
  site: z.string(),
  status: z.enum(submissionStatuses),
  receivedAt: z.string(),
  dueAt: z.string().nullish(),
  history: z.array(
    z.object({
      status: z.enum(submissionStatuses),
      at: z.string(),
      reply: z.string().nullish(),
    }),
  ),
})
export type TrackedSubmission = z.output<typeof trackedSubmission>

/** Field → rule ids, from a failed parse (the first rule per field, as shown beside it). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form')
    out[field] ??= issue.message
  }
  return out
}
