import type { CollectionConfig, FieldHook } from 'payload'
import { councilRoles } from '@bawaba/schemas'
import { label } from '../fields/labels.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { siteOwned } from './siteScopedConfig.ts'
import { councilGroup, councilRoleLabels } from './councilLabels.ts'

const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/** The elected members of a site's council and their offices. */
export const CouncilMembers: CollectionConfig = {
  slug: 'council-members',
  ...siteOwned,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'order', '_status'],
    group: councilGroup,
  },
  labels: {
    singular: label('عضو المجلس', 'Membre du conseil', 'Council member'),
    plural: label('أعضاء المجلس', 'Membres du conseil', 'Council members'),
  },
  graphQL: { singularName: 'CouncilMember', pluralName: 'CouncilMembers' },
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 120,
      label: label('الاسم الكامل', 'Nom complet', 'Full name'),
      hooks: { beforeValidate: [trim] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'member',
          options: councilRoles.map((value) => ({ value, label: councilRoleLabels[value] })),
          label: label('الصفة', 'Fonction', 'Office'),
        },
        {
          name: 'rank',
          type: 'number',
          min: 1,
          max: 20,
          label: label('الرتبة', 'Rang', 'Rank'),
          admin: {
            condition: (_, sibling) => sibling?.role === 'vice-president',
            description: label(
              'النائب الأول، الثاني…',
              '1er, 2e… vice-président',
              '1st, 2nd… vice-president',
            ),
          },
        },
      ],
    },
    {
      name: 'commissions',
      type: 'array',
      labels: {
        singular: label('لجنة', 'Commission', 'Committee'),
        plural: label('لجان', 'Commissions', 'Committees'),
      },
      label: label('اللجان', 'Commissions', 'Committees'),
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          label: label('اللجنة', 'Commission', 'Committee'),
        },
      ],
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: label('الصورة', 'Photo', 'Photo'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'termStart',
          type: 'date',
          label: label('بداية الولاية', 'Début du mandat', 'Term start'),
        },
        {
          name: 'termEnd',
          type: 'date',
          label: label('نهاية الولاية', 'Fin du mandat', 'Term end'),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
          ) => {
            const start = (siblingData as { termStart?: string }).termStart
            if (!value || !start) return true
            return new Date(value as string) > new Date(start)
              ? true
              : message('termEndBeforeStart', languageOf(req))
          },
        },
      ],
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: {
        position: 'sidebar',
        description: label(
          'ترتيب العرض داخل الصفة (الأصغر أولًا).',
          'Ordre d’affichage dans la fonction (le plus petit d’abord).',
          'Display order within the office (smallest first).',
        ),
      },
      label: label('الترتيب', 'Ordre', 'Order'),
    },
  ],
}
