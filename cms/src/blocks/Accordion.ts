import type { Block } from 'payload'
import { label } from '../fields/labels.ts'

/** Questions and answers, rendered as native <details> so they need no JavaScript. */
export const AccordionBlock: Block = {
  slug: 'accordion',
  interfaceName: 'AccordionBlock',
  labels: {
    singular: label('أسئلة وأجوبة', 'Questions-réponses', 'FAQ'),
    plural: label('أسئلة وأجوبة', 'Questions-réponses', 'FAQs'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, label: label('العنوان', 'Titre', 'Title') },
    {
      name: 'items',
      type: 'array',
      labels: {
        singular: label('بند', 'Élément', 'Item'),
        plural: label('بنود', 'Éléments', 'Items'),
      },
      minRows: 1,
      required: true,
      fields: [
        {
          name: 'question',
          type: 'text',
          localized: true,
          label: label('السؤال', 'Question', 'Question'),
        },
        {
          name: 'answer',
          type: 'richText',
          localized: true,
          label: label('الجواب', 'Réponse', 'Answer'),
        },
      ],
    },
  ],
}
