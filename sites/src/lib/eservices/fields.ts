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
 * What each form asks, as data: the page renders it, the edge reads the posted values by it.
 * `name` is the input name the schemas of @bawaba/schemas know; `label` names the
 * `forms.field.<label>.label/.help` strings. Only what the service needs is asked (law 09-08).
 */
export type FieldKind = 'text' | 'textarea' | 'email' | 'tel' | 'select' | 'files' | 'coordinate'

export interface FieldSpec {
  name: string
  label: string
  kind: FieldKind
  required?: boolean
  /** Longest value the schema accepts (the input's maxlength). */
  max?: number
  /** Choices of a select and the i18n key prefix of their labels. */
  choices?: { values: readonly string[]; prefix: string }
  /** `site`: the arrondissements, preselected on a district site. */
  sites?: boolean
  /** Fields shown together in one fieldset (the contact block, the map). */
  group?: 'contact' | 'map'
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
  complaint: [
    { name: 'site', label: 'arrondissement', kind: 'select', required: true, sites: true },
    {
      name: 'category',
      label: 'category',
      kind: 'select',
      required: true,
      choices: { values: complaintCategories, prefix: 'forms.complaint.category.' },
    },
    { name: 'description', label: 'description', kind: 'textarea', required: true, max: 4000 },
    { name: 'address', label: 'address', kind: 'text', max: 300, autocomplete: 'street-address' },
    { name: 'lat', label: 'lat', kind: 'coordinate', group: 'map' },
    { name: 'lng', label: 'lng', kind: 'coordinate', group: 'map' },
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
    { name: 'subject', label: 'subject', kind: 'text', required: true, max: 200 },
    { name: 'message', label: 'message', kind: 'textarea', required: true, max: 8000 },
    { name: 'files', label: 'attachments', kind: 'files', accept: pdfs },
    ...contact(true),
  ],
  'urbanism-info': [
    { name: 'site', label: 'arrondissement', kind: 'select', required: true, sites: true },
    { name: 'landTitle', label: 'landTitle', kind: 'text', max: 60 },
    { name: 'parcelRef', label: 'parcelRef', kind: 'text', max: 60 },
    { name: 'location', label: 'location', kind: 'text', required: true, max: 300 },
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
    { name: 'information', label: 'information', kind: 'textarea', required: true, max: 4000 },
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
    { name: 'message', label: 'problem', kind: 'textarea', required: true, max: 2000 },
    { name: 'email', label: 'replyEmail', kind: 'email', max: 254, autocomplete: 'email' },
  ],
}

/** Whether the form asks for a consent box (every form that takes personal data). */
export const needsConsent = (service: EService) => service !== 'feedback'

export const maxFilesOf = (service: EService) => attachmentRules[service].max

/** The text inputs of a service, in order (what the edge reads and echoes back). */
export const textFieldsOf = (service: EService) =>
  formFields[service].filter((field) => field.kind !== 'files')
