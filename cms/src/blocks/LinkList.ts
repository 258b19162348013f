import type { Block } from 'payload'
import { label } from '../fields/labels.ts'
import { linkField } from '../fields/link.ts'

export const LinkListBlock: Block = {
  slug: 'linkList',
  interfaceName: 'LinkListBlock',
  labels: {
    singular: label('قائمة روابط', 'Liste de liens', 'Link list'),
    plural: label('قوائم روابط', 'Listes de liens', 'Link lists'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, label: label('العنوان', 'Titre', 'Title') },
    {
      name: 'links',
      type: 'array',
      minRows: 1,
      required: true,
      labels: { singular: label('رابط', 'Lien', 'Link'), plural: label('روابط', 'Liens', 'Links') },
      fields: [linkField()],
    },
  ],
}
