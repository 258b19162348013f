/**
 * The server's check of a form's text fields, after the request's own checks (origin, token,
 * proof of work) and before the files: the values as cleaned from the post, the arrondissement
 * chosen, the consent, and the service's zod schema, the CMS's own. `submit.ts` calls it; the
 * browser runs `rules.ts`, which a unit test holds to the same answers.
 */
import { arrondissements } from '@bawaba/registry'
import { fieldErrors, serviceInputs, type EService } from '@bawaba/schemas'
import { formFields, needsConsent, textFieldsOf } from './fields.ts'
import type { Errors } from './rules.ts'

const arrondissementSlugs = new Set(arrondissements.map((a) => a.slug))

export interface FieldsVerdict {
  errors: Errors
  /** The schema's output when the fields are valid (the submission's `input`). */
  fields: Record<string, unknown> | null
  /** The site the submission goes to: the arrondissement chosen, or the form's own site. */
  target: string
}

/**
 * `values` are the cleaned text values (`textValues` in submit.ts), `multiple` the names posted
 * more than once or as a file (a text field never is).
 */
export function validateFields(
  service: EService,
  site: string,
  values: Record<string, string>,
  multiple: ReadonlySet<string> = new Set(),
): FieldsVerdict {
  const errors: Errors = {}
  const input: Record<string, unknown> = {}
  for (const field of textFieldsOf(service)) {
    if (multiple.has(field.name)) {
      errors[field.name] = field.kind === 'select' ? 'choice' : 'required'
      continue
    }
    if (field.name === 'site') continue
    const value = values[field.name]
    if (value !== undefined && value !== '') input[field.name] = value
  }
  // The site a submission goes to: the arrondissement chosen where the form asks for one.
  let target = site
  if (formFields[service].some((field) => field.sites)) {
    const chosen = values.site ?? ''
    if (!arrondissementSlugs.has(chosen)) errors.site = chosen ? 'choice' : 'required'
    else target = chosen
  }
  if (service === 'feedback') input.pageUrl = values.pageUrl ?? ''
  if (needsConsent(service) && values.consent !== 'yes') errors.consent = 'required'

  const parsed = serviceInputs[service].safeParse({ ...input, site: target })
  if (!parsed.success) Object.assign(errors, { ...fieldErrors(parsed.error), ...errors })
  return {
    errors,
    fields: parsed.success ? (parsed.data as Record<string, unknown>) : null,
    target,
  }
}
