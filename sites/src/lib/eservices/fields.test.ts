import { hasMessage } from '@bawaba/i18n'
import { attachmentRules, eServices, serviceInputs } from '@bawaba/schemas'
import { describe, expect, it } from 'vitest'
import { formFields, maxFilesOf, needsConsent } from './fields.ts'

describe('form fields', () => {
  it.each(eServices)('%s: every field has its label and help in the tables', (service) => {
    for (const field of formFields[service]) {
      expect(hasMessage(`forms.field.${field.label}.label`), field.label).toBe(true)
      expect(hasMessage(`forms.field.${field.label}.help`), field.label).toBe(true)
      for (const choice of field.choices?.values ?? [])
        expect(hasMessage(`${field.choices!.prefix}${choice}`), choice).toBe(true)
    }
  })

  it.each(eServices)(
    '%s: asks only what its schema knows, and files only where allowed',
    (service) => {
      const known = Object.keys(serviceInputs[service].shape)
      expect(known.length).toBeGreaterThan(3)
      const names = formFields[service].filter((f) => f.kind !== 'files').map((f) => f.name)
      for (const name of names) expect(known, name).toContain(name)
      const asksFiles = formFields[service].some((f) => f.kind === 'files')
      expect(asksFiles).toBe(attachmentRules[service].max > 0)
      expect(maxFilesOf(service)).toBe(attachmentRules[service].max)
    },
  )

  it('asks consent wherever personal data is taken', () => {
    expect(eServices.filter(needsConsent)).toEqual(eServices.filter((s) => s !== 'feedback'))
  })
})
