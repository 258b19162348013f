import type { RelationshipField } from 'payload'
import { canFeature } from '../access/roles.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { label } from './labels.ts'
import { idOf } from '../lib/ids.ts'

/** District sites on which a central item is also shown. Set by central staff only. */
export const featuredOnField = (): RelationshipField => ({
  name: 'featuredOn',
  type: 'relationship',
  relationTo: 'sites',
  hasMany: true,
  label: label(
    'إبراز على مواقع المقاطعات',
    'Mettre en avant sur les arrondissements',
    'Feature on district sites',
  ),
  filterOptions: { kind: { equals: 'arrondissement' } },
  access: {
    create: ({ req }) => canFeature(req.user),
    update: ({ req }) => canFeature(req.user),
  },
  admin: { position: 'sidebar' },
  validate: async (value, { data, req }) => {
    if (!Array.isArray(value) || value.length === 0) return true
    const siteId = idOf((data as { site?: unknown }).site)
    if (!siteId) return true
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, req })
    return site?.kind === 'central' ? true : message('featureCentralOnly', languageOf(req))
  },
})
