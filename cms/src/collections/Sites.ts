import type { Access, CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isAdmin, isAdminField } from '../access/isAdmin.ts'
import { canPublish, isAdminUser, siteIdsOf } from '../access/roles.ts'
import { label } from '../fields/labels.ts'
import { socialNetworks, siteKinds } from '@bawaba/schemas'

/** Publishers (and the central editor) keep their own site's contact details current. */
const adminOrOwnPublisher: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!canPublish(req.user)) return false
  return { id: { in: siteIdsOf(req.user) } }
}

const fixedByAdmin = { create: isAdminField, update: isAdminField }

/** The 17 sites, tenants of the multi-tenant plugin. Public: the sites' build reads them. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  access: {
    read: anyone,
    create: isAdmin,
    update: adminOrOwnPublisher,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'kind', 'domain'],
    group: label('الإعدادات', 'Paramètres', 'Settings'),
  },
  labels: { singular: label('موقع', 'Site', 'Site'), plural: label('المواقع', 'Sites', 'Sites') },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('الاسم', 'Nom', 'Name'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'slug',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          access: fixedByAdmin,
          label: label('المعرّف', 'Identifiant', 'Slug'),
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          minLength: 3,
          maxLength: 3,
          access: fixedByAdmin,
          label: label('الرمز', 'Code', 'Code'),
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          access: fixedByAdmin,
          options: siteKinds.map((value) => ({
            value,
            label:
              value === 'central'
                ? label('الجماعة', 'Commune', 'Central')
                : label('مقاطعة', 'Arrondissement', 'Arrondissement'),
          })),
          label: label('النوع', 'Type', 'Kind'),
        },
      ],
    },
    {
      name: 'prefecture',
      type: 'text',
      localized: true,
      label: label('العمالة', 'Préfecture', 'Prefecture'),
    },
    {
      name: 'domain',
      type: 'text',
      required: true,
      access: fixedByAdmin,
      label: label('النطاق', 'Domaine', 'Domain'),
    },
    {
      name: 'contact',
      type: 'group',
      label: label('الاتصال', 'Contact', 'Contact'),
      fields: [
        {
          name: 'address',
          type: 'textarea',
          localized: true,
          label: label('العنوان', 'Adresse', 'Address'),
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('الهاتف', 'Téléphone', 'Phone') },
            {
              name: 'email',
              type: 'email',
              label: label('البريد الإلكتروني', 'Courriel', 'Email'),
            },
          ],
        },
        {
          name: 'hours',
          type: 'text',
          localized: true,
          label: label('أوقات الاستقبال', "Horaires d'accueil", 'Opening hours'),
        },
      ],
    },
    {
      name: 'social',
      type: 'array',
      labels: {
        singular: label('حساب', 'Compte', 'Account'),
        plural: label('حسابات', 'Comptes', 'Accounts'),
      },
      label: label('الشبكات الاجتماعية', 'Réseaux sociaux', 'Social links'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'network',
              type: 'select',
              required: true,
              // Brand names are written the same way in every admin language.
              options: socialNetworks.map((value) => {
                const name = value === 'x' ? 'X' : value[0]!.toUpperCase() + value.slice(1)
                return { value, label: label(name, name, name) }
              }),
              label: label('الشبكة', 'Réseau', 'Network'),
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              label: label('الرابط', 'Lien', 'Link'),
              validate: (value: unknown) =>
                (typeof value === 'string' && /^https:\/\//.test(value)) || 'https://…',
            },
          ],
        },
      ],
    },
    {
      name: 'accentColor',
      type: 'text',
      required: true,
      defaultValue: '#0b5a6b',
      label: label('اللون المميز', "Couleur d'accent", 'Accent colour'),
      validate: (value: unknown) =>
        (typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)) || '#rrggbb',
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('الشعار', 'Logo', 'Logo') },
    {
      name: 'location',
      type: 'group',
      label: label('الموقع الجغرافي', 'Localisation', 'Location'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90 },
            { name: 'lng', type: 'number', min: -180, max: 180 },
          ],
        },
      ],
    },
  ],
}
