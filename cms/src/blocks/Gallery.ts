import type { Block } from 'payload'
import { label } from '../fields/labels.ts'

export const GalleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  labels: {
    singular: label('معرض صور', 'Galerie', 'Gallery'),
    plural: label('معارض صور', 'Galeries', 'Galleries'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, label: label('العنوان', 'Titre', 'Title') },
    {
      name: 'images',
      type: 'array',
      labels: {
        singular: label('صورة', 'Image', 'Image'),
        plural: label('صور', 'Images', 'Images'),
      },
      minRows: 2,
      maxRows: 24,
      required: true,
      fields: [{ name: 'image', type: 'upload', relationTo: 'media', required: true }],
    },
  ],
}
