import type { FieldHook, TextField } from 'payload'
import { label } from './labels.ts'

/** Spaces alone are no title: trimmed, an all-blank title fails `required` on publish. */
const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/** The localized title every editorial document has. */
export const titleField = (): TextField => ({
  name: 'title',
  type: 'text',
  localized: true,
  required: true,
  maxLength: 200,
  label: label('العنوان', 'Titre', 'Title'),
  hooks: { beforeValidate: [trim] },
})
