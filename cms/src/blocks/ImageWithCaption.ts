import type { Block } from 'payload'
import { label } from '../fields/labels.ts'

export const ImageWithCaptionBlock: Block = {
  slug: 'imageWithCaption',
  interfaceName: 'ImageWithCaptionBlock',
  labels: {
    singular: label('صورة مع تعليق', 'Image légendée', 'Image with caption'),
    plural: label('صور مع تعليق', 'Images légendées', 'Images with caption'),
  },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: label('التعليق', 'Légende', 'Caption'),
    },
  ],
}
