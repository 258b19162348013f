import { parseHref } from '@bawaba/schemas'
import type { TextField } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'
import type { AdminLabel } from './labels.ts'

/** An outside link the sites print as is: https only (no `javascript:`, no mixed content). */
export const httpsUrlField = (name: string, fieldLabel: AdminLabel): TextField => ({
  name,
  type: 'text',
  label: fieldLabel,
  validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) => {
    if (value === null || value === undefined || value === '') return true
    const href = parseHref(value)
    return href?.kind === 'web' && /^https:/i.test(href.href)
      ? true
      : message('httpsOnly', languageOf(req))
  },
})
