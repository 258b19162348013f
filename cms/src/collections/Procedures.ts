import { bawabaForms, officeKinds, procedureThemes } from '@bawaba/schemas'
import type { CollectionConfig, Validate } from 'payload'
import { httpsUrlField } from '../fields/httpsUrl.ts'
import { label, type AdminLabel } from '../fields/labels.ts'
import { slugField } from '../fields/slug.ts'
import { titleField } from '../fields/title.ts'
import { languageOf, message } from '../i18n/messages.ts'
import {
  bawabaFormLabels,
  officeKindLabels,
  optionsOf,
  procedureThemeLabels,
  servicesGroup,
} from './civicLabels.ts'
import { centrallyOwned } from './siteScopedConfig.ts'
import { previewButton } from '../preview/link.ts'

const text = (name: string, fieldLabel: AdminLabel) => ({
  name,
  type: 'textarea' as const,
  localized: true,
  label: fieldLabel,
})

/** A published procedure must say how it is done: online, by our form, or at an office. */
const needsChannel: Validate = (value, { data, req }) => {
  const doc = data as { _status?: string; online?: { url?: string }; form?: string }
  if (doc._status !== 'published') return true
  const kinds = Array.isArray(value) ? value : []
  return kinds.length || doc.online?.url || doc.form
    ? true
    : message('procedureNeedsChannel', languageOf(req))
}

/**
 * The procedure catalogue (modelled on idarati.ma): one list for the whole city, written by
 * central staff and shown on every site with that site's own offices.
 */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  ...centrallyOwned,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', '_status'],
    group: servicesGroup,
    preview: previewButton('procedures'),
  },
  labels: {
    singular: label('مسطرة إدارية', 'Démarche', 'Procedure'),
    plural: label('دليل المساطر', 'Catalogue des démarches', 'Procedure catalogue'),
  },
  graphQL: { singularName: 'Procedure', pluralName: 'Procedures' },
  defaultSort: 'title',
  fields: [
    titleField(),
    {
      name: 'theme',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(procedureThemes, procedureThemeLabels),
      label: label('المحور', 'Thème', 'Theme'),
    },
    { ...text('summary', label('نبذة', 'Résumé', 'Summary')), maxLength: 300 },
    text('audience', label('الفئة المعنية', 'Pour qui', 'Who it is for')),
    {
      name: 'documents',
      type: 'array',
      labels: {
        singular: label('وثيقة', 'Pièce', 'Document'),
        plural: label('وثائق', 'Pièces', 'Documents'),
      },
      label: label('الوثائق المطلوبة', 'Pièces à fournir', 'Required documents'),
      fields: [
        {
          name: 'item',
          type: 'text',
          localized: true,
          label: label('الوثيقة', 'Pièce', 'Document'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        text('cost', label('التكلفة', 'Coût', 'Cost')),
        text('timeLimit', label('الآجال', 'Délai', 'Time limit')),
      ],
    },
    {
      type: 'row',
      fields: [
        text('submitAt', label('مكان الإيداع', 'Où déposer', 'Where to submit')),
        text('collectAt', label('مكان السحب', 'Où retirer', 'Where to collect')),
      ],
    },
    text('legalBasis', label('السند القانوني', 'Base légale', 'Legal basis')),
    {
      // Not localized: an Amazigh keyword must be writable on a procedure not yet translated
      // into Amazigh (Payload validates a whole locale on save, its title included).
      name: 'keywords',
      type: 'array',
      label: label('كلمات البحث', 'Mots-clés de recherche', 'Search keywords'),
      labels: {
        singular: label('لغة', 'Langue', 'Language'),
        plural: label('لغات', 'Langues', 'Languages'),
      },
      admin: {
        description: label(
          'الكلمات التي يستعملها الناس لهذه المسطرة، بكل لغة، واحدة في كل سطر (مثلا: عقد الازدياد). يجد البحث المسطرة بها.',
          'Les mots que les gens emploient pour cette démarche, dans chaque langue, un par ligne (par exemple : acte de naissance). La recherche la trouve par eux.',
          'The words people use for this procedure, in each language, one per line (e.g. birth certificate). Search finds it by them.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'language',
              type: 'select',
              required: true,
              options: [
                { value: 'ar', label: label('العربية', 'Arabe', 'Arabic') },
                { value: 'fr', label: label('الفرنسية', 'Français', 'French') },
                {
                  value: 'zgh',
                  label: label(
                    'الأمازيغية (ⵜⴰⵎⴰⵣⵉⵖⵜ)',
                    'Amazighe (ⵜⴰⵎⴰⵣⵉⵖⵜ)',
                    'Amazigh (ⵜⴰⵎⴰⵣⵉⵖⵜ)',
                  ),
                },
                { value: 'en', label: label('الإنجليزية', 'Anglais', 'English') },
              ],
              label: label('اللغة', 'Langue', 'Language'),
            },
            {
              name: 'words',
              type: 'textarea',
              required: true,
              maxLength: 1000,
              label: label('الكلمات', 'Mots', 'Words'),
            },
          ],
        },
      ],
    },
    {
      name: 'officeKinds',
      type: 'select',
      hasMany: true,
      options: optionsOf(officeKinds, officeKindLabels),
      label: label('المكاتب المعنية', 'Guichets compétents', 'Offices that handle it'),
      validate: needsChannel,
      admin: {
        description: label(
          'يعرض كل موقع مكاتبه من هذه الأنواع.',
          'Chaque site affiche ses propres guichets de ces types.',
          'Each site lists its own offices of these kinds.',
        ),
      },
    },
    {
      name: 'online',
      type: 'group',
      label: label('الخدمة عبر الإنترنت', 'En ligne', 'Online'),
      fields: [
        {
          name: 'label',
          type: 'text',
          localized: true,
          label: label('المنصة', 'Plateforme', 'Platform'),
        },
        httpsUrlField('url', label('الرابط', 'Lien', 'Link')),
      ],
    },
    {
      name: 'form',
      type: 'select',
      options: optionsOf(bawabaForms, bawabaFormLabels),
      label: label('استمارة بوابة', 'Formulaire Bawaba', 'Bawaba form'),
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      label: label('الشريك المعني', 'Partenaire concerné', 'Partner'),
    },
    slugField({ scope: 'shared' }),
  ],
}
