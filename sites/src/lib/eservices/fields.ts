import {
  answerForms,
  applicantCapacities,
  attachmentRules,
  complaintCategories,
  departments,
  urbanismPurposes,
  type EService,
} from '@bawaba/schemas'

/**
 * What each form asks, as data: the page renders it, the edge reads the posted values by it, and
 * the browser checks it (rules.ts, given these specs as JSON). `name` is the input name the
 * schemas of @bawaba/schemas know; `label` names the `forms.field.<label>.label/.help` strings
 * and the errors that say what to do (`forms.error.<label>.<rule>`). Only what the service
 * needs is asked (law 09-08). Fields are listed in the order the form shows them: the error
 * summary follows it.
 */
export type FieldKind = 'text' | 'textarea' | 'email' | 'tel' | 'select' | 'files' | 'coordinate'

export interface FieldSpec {
  name: string
  label: string
  kind: FieldKind
  required?: boolean
  /** Shortest value the schema accepts, once trimmed (a unit test checks it against the schema). */
  min?: number
  /** Longest value the schema accepts (the input's maxlength). */
  max?: number
  /** Choices of a select and the i18n key prefix of their labels. */
  choices?: { values: readonly string[]; prefix: string }
  /** `site`: the arrondissements, preselected on a district site. */
  sites?: boolean
  /**
   * Fields shown together in one fieldset: the contact block; the place of a complaint (address,
   * landmark, and the position the browser gives: coordinates are never typed by hand).
   */
  group?: 'contact' | 'location'
  /** Files: what kinds the service accepts. */
  accept?: string
  autocomplete?: string
}

const contact = (nameRequired: boolean): FieldSpec[] => [
  {
    name: 'name',
    label: 'name',
    kind: 'text',
    required: nameRequired,
    min: nameRequired ? 2 : undefined,
    max: 120,
    group: 'contact',
    autocomplete: 'name',
  },
  {
    name: 'email',
    label: 'email',
    kind: 'email',
    max: 254,
    group: 'contact',
    autocomplete: 'email',
  },
  { name: 'phone', label: 'phone', kind: 'tel', max: 30, group: 'contact', autocomplete: 'tel' },
]

const images = 'image/jpeg,image/png,image/webp'
const pdfs = 'application/pdf'

export const formFields: Record<EService, FieldSpec[]> = {
  // What is wrong and where first; the arrondissement after the place, so that the position
  // can propose it (a district's own site has it chosen already).
  complaint: [
    {
      name: 'category',
      label: 'category',
      kind: 'select',
      required: true,
      choices: { values: complaintCategories, prefix: 'forms.complaint.category.' },
    },
    {
      name: 'description',
      label: 'description',
      kind: 'textarea',
      required: true,
      min: 10,
      max: 4000,
    },
    {
      name: 'address',
      label: 'address',
      kind: 'text',
      max: 300,
      group: 'location',
      autocomplete: 'address-line1',
    },
    { name: 'landmark', label: 'landmark', kind: 'text', max: 200, group: 'location' },
    { name: 'lat', label: 'lat', kind: 'coordinate', group: 'location' },
    { name: 'lng', label: 'lng', kind: 'coordinate', group: 'location' },
    { name: 'site', label: 'arrondissement', kind: 'select', required: true, sites: true },
    { name: 'files', label: 'photos', kind: 'files', accept: images },
    ...contact(false),
  ],
  correspondence: [
    {
      name: 'department',
      label: 'department',
      kind: 'select',
      required: true,
      choices: { values: departments, prefix: 'forms.department.' },
    },
    { name: 'subject', label: 'subject', kind: 'text', required: true, min: 3, max: 200 },
    { name: 'message', label: 'message', kind: 'textarea', required: true, min: 10, max: 8000 },
    { name: 'files', label: 'attachments', kind: 'files', accept: pdfs },
    ...contact(true),
  ],
  'urbanism-info': [
    { name: 'site', label: 'arrondissement', kind: 'select', required: true, sites: true },
    { name: 'landTitle', label: 'landTitle', kind: 'text', max: 60 },
    { name: 'parcelRef', label: 'parcelRef', kind: 'text', max: 60 },
    { name: 'location', label: 'location', kind: 'text', required: true, min: 3, max: 300 },
    {
      name: 'capacity',
      label: 'capacity',
      kind: 'select',
      required: true,
      choices: { values: applicantCapacities, prefix: 'forms.capacity.' },
    },
    {
      name: 'purpose',
      label: 'purpose',
      kind: 'select',
      required: true,
      choices: { values: urbanismPurposes, prefix: 'forms.purpose.' },
    },
    { name: 'files', label: 'attachments', kind: 'files', accept: pdfs },
    ...contact(true),
  ],
  'access-to-info': [
    {
      name: 'information',
      label: 'information',
      kind: 'textarea',
      required: true,
      min: 10,
      max: 4000,
    },
    {
      name: 'answerForm',
      label: 'answerForm',
      kind: 'select',
      required: true,
      choices: { values: answerForms, prefix: 'forms.answer.' },
    },
    { name: 'reason', label: 'reason', kind: 'textarea', max: 1000 },
    ...contact(true),
  ],
  feedback: [
    { name: 'message', label: 'problem', kind: 'textarea', required: true, min: 5, max: 2000 },
    { name: 'email', label: 'replyEmail', kind: 'email', max: 254, autocomplete: 'email' },
  ],
}

/** Whether the form asks for a consent box (every form that takes personal data). */
export const needsConsent = (service: EService) => service !== 'feedback'

export const maxFilesOf = (service: EService) => attachmentRules[service].max

/** The text inputs of a service, in order (what the edge reads and echoes back). */
export const textFieldsOf = (service: EService) =>
  formFields[service].filter((field) => field.kind !== 'files')

/**
 * Where an error's link leads: the field's input, except the position (its coordinates are
 * hidden inputs: the "use my position" button) and the anti-robot check (its message).
 */
export function anchorOf(name: string): string {
  if (name === 'lat' || name === 'lng') return 'f-position'
  if (name === 'altcha') return 'f-altcha-error'
  return `f-${name}`
}
