import type { Block } from 'payload'
import { label } from '../fields/labels.ts'
import { linkField } from '../fields/link.ts'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: label('دعوة إلى إجراء', "Appel à l'action", 'Call to action'),
    plural: label('دعوات إلى إجراء', "Appels à l'action", 'Calls to action'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('العنوان', 'Titre', 'Heading') },
    { name: 'text', type: 'textarea', localized: true, label: label('النص', 'Texte', 'Text') },
    linkField(),
  ],
}
