import { arrondissements } from '@bawaba/registry'
import { eServices, type EService } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import { formFields, needsConsent, textFieldsOf } from './fields.ts'
import { checkForm, cleanValue } from './rules.ts'
import { validateFields } from './validate.ts'

const sites = arrondissements.map((a) => a.slug)

/** A form every rule accepts, per service: each case below changes one or two things. */
const valid: Record<EService, Record<string, string>> = {
  complaint: {
    category: 'lighting',
    description: 'Le lampadaire devant le numéro 12 est éteint depuis une semaine.',
    address: '12 rue Ibn Batouta',
    landmark: 'École Al Massira',
    site: 'anfa',
    email: 'citoyen@exemple.ma',
    consent: 'yes',
  },
  correspondence: {
    department: 'urbanism',
    subject: 'Demande de rendez-vous',
    message: 'Je souhaite rencontrer le service de l’urbanisme.',
    name: 'Amina Berrada',
    phone: '0612345678',
    consent: 'yes',
  },
  'urbanism-info': {
    site: 'maarif',
    landTitle: 'TF 12345/C',
    location: 'Lotissement Riad, Maârif',
    capacity: 'owner',
    purpose: 'sale',
    name: 'Karim Alaoui',
    email: 'karim@exemple.ma',
    consent: 'yes',
  },
  'access-to-info': {
    information: 'Le budget de l’arrondissement pour 2025, par chapitre.',
    answerForm: 'email',
    name: 'Salma Idrissi',
    email: 'salma@exemple.ma',
    consent: 'yes',
  },
  feedback: { message: 'Le lien vers le PDF est cassé.', pageUrl: '/fr/news/' },
}

/** Values that break (or must not break) a rule, for whichever field of a form has that name. */
const variants: Array<[string, Record<string, string>]> = [
  ['everything empty', {}],
  ['phone in international form with spaces', { email: '', phone: '+212 6 12 34 56 78' }],
  ['phone with 00212 and dots', { email: '', phone: '00212.6.12.34.56.78' }],
  ['phone in Arabic-Indic digits', { email: '', phone: '٠٦١٢٣٤٥٦٧٨' }],
  ['phone with (0)', { email: '', phone: '+212 (0)6 12 34 56 78' }],
  ['phone too short', { email: '', phone: '06 12 34' }],
  ['phone from abroad', { email: '', phone: '+33 6 12 34 56 78' }],
  ['phone too long for the field', { phone: '0'.repeat(31) }],
  ['no email and no phone', { email: '', phone: '' }],
  ['email without a domain', { email: 'amina@' }],
  ['email with a space', { email: 'amina berrada@exemple.ma' }],
  ['email with an IDN-looking domain', { email: 'a@exemple.xn--ngbrx' }],
  ['a long email', { email: `${'a'.repeat(250)}@x.ma` }],
  ['description too short', { description: 'trop', message: 'non', information: 'ceci' }],
  ['a short text made of spaces', { description: '          ', subject: '   ', location: '  ' }],
  ['single-line spaces collapse', { subject: 'a       b', location: 'x        y' }],
  ['text too long', { description: 'x'.repeat(4001), subject: 'y'.repeat(201) }],
  ['name of one letter', { name: 'A' }],
  ['unknown category', { category: 'teleportation', department: 'nasa', capacity: 'king' }],
  ['unknown arrondissement', { site: 'atlantis' }],
  ['the central site as arrondissement', { site: 'casablanca' }],
  ['no arrondissement', { site: '' }],
  ['one coordinate only', { lat: '33.58' }],
  ['a position in Casablanca', { lat: '33.5855', lng: '-7.6415' }],
  ['a position in Paris', { lat: '48.85', lng: '2.35' }],
  ['coordinates that are not numbers', { lat: 'north', lng: 'west' }],
  ['no land title and no parcel', { landTitle: '', parcelRef: '' }],
  ['a parcel but no land title', { landTitle: '', parcelRef: 'Lot 45' }],
  ['no consent', { consent: '' }],
  ['consent spelled otherwise', { consent: 'on' }],
  [
    'control characters only',
    { description: '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e' },
  ],
]

/** What the edge does with a posted value before checking it (submit.ts `textValues`). */
function posted(service: EService, raw: Record<string, string>) {
  const values: Record<string, string> = {}
  for (const field of textFieldsOf(service))
    if (raw[field.name] !== undefined) values[field.name] = cleanValue(field, raw[field.name]!)
  if (raw.consent === 'yes') values.consent = 'yes'
  if (raw.pageUrl !== undefined) values.pageUrl = raw.pageUrl
  return values
}

describe('the browser checks forms as the server does', () => {
  it.each(eServices)('%s: a valid form passes both', (service) => {
    const context = { sites, consent: needsConsent(service) }
    expect(checkForm(formFields[service], valid[service], context)).toEqual({})
    expect(validateFields(service, 'anfa', posted(service, valid[service])).errors).toEqual({})
  })

  for (const service of eServices) {
    it.each(variants)(`${service}: %s`, (_, change) => {
      const raw = { ...valid[service], ...change }
      const browser = checkForm(formFields[service], raw, { sites, consent: needsConsent(service) })
      const server = validateFields(service, 'anfa', posted(service, raw)).errors
      expect(browser).toEqual(server)
    })
  }

  it('accepts the +212 numbers the tracking page accepts, and words the rest', () => {
    const raw = { ...valid.correspondence, phone: '+212 6 12 34 56 78' }
    expect(validateFields('correspondence', 'anfa', posted('correspondence', raw)).errors).toEqual(
      {},
    )
    const broken = { ...valid.correspondence, phone: '+212 6 12' }
    expect(
      validateFields('correspondence', 'anfa', posted('correspondence', broken)).errors,
    ).toEqual({
      phone: 'phone',
    })
  })

  it('asks for an email or a phone in the browser too (the old script skipped it)', () => {
    const raw = { ...valid.complaint, email: '', phone: '' }
    expect(checkForm(formFields.complaint, raw, { sites, consent: true })).toEqual({
      email: 'contact',
    })
  })
})

describe('field specs', () => {
  it.each(eServices)('%s: min and max are the schema’s own', (service) => {
    for (const field of formFields[service]) {
      if (field.kind !== 'text' && field.kind !== 'textarea') continue
      const at = (length: number) => ({ ...valid[service], [field.name]: 'x'.repeat(length) })
      const errorOf = (length: number) =>
        validateFields(service, 'anfa', posted(service, at(length))).errors[field.name]
      if (field.min) {
        expect(errorOf(field.min - 1), `${field.name} below min`).toBe('too-short')
        expect(errorOf(field.min), `${field.name} at min`).toBeUndefined()
      }
      expect(field.max, `${field.name} has a max`).toBeDefined()
      expect(errorOf(field.max!), `${field.name} at max`).toBeUndefined()
      expect(errorOf(field.max! + 1), `${field.name} above max`).toBe('too-long')
    }
  })
})
