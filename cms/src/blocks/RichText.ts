import type { Block } from 'payload'
import { label } from '../fields/labels.ts'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: {
    singular: label('نص', 'Texte', 'Rich text'),
    plural: label('نصوص', 'Textes', 'Rich texts'),
  },
  fields: [{ name: 'content', type: 'richText', localized: true }],
}
