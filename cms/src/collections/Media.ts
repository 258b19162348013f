import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { dataDir } from '../env.ts'
import { label } from '../fields/labels.ts'
import { siteOwnedUpload } from './siteScopedConfig.ts'

/**
 * Images of a site. Every original goes through sharp (the resize below), which drops EXIF
 * and GPS metadata; SVG is not accepted (script inside images).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  ...siteOwnedUpload,
  admin: {
    useAsTitle: 'filename',
    group: label('المحتوى', 'Contenu', 'Content'),
  },
  labels: { singular: label('صورة', 'Image', 'Image'), plural: label('الصور', 'Médias', 'Media') },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('النص البديل', 'Texte alternatif', 'Alternative text'),
      admin: {
        description: label(
          'صف ما تُظهره الصورة لمن لا يراها.',
          "Décrivez ce que montre l'image pour qui ne la voit pas.",
          'Describe what the image shows for people who cannot see it.',
        ),
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: label('التعليق', 'Légende', 'Caption'),
    },
    { name: 'credit', type: 'text', label: label('المصدر', 'Crédit', 'Credit') },
  ],
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 480, withoutEnlargement: true },
      { name: 'card', width: 960, withoutEnlargement: true },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
}
