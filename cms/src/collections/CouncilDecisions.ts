import type { CollectionConfig, FieldHook } from 'payload'
import { decisionTopics, voteResults } from '@bawaba/schemas'
import { label } from '../fields/labels.ts'
import { slugField, slugify } from '../fields/slug.ts'
import { ensureUniquePerSite } from '../hooks/ensureUniquePerSite.ts'
import { sameSiteRelation } from '../hooks/sameSiteRelation.ts'
import { siteOwned } from './siteScopedConfig.ts'
import { councilGroup, decisionTopicLabels, voteResultLabels } from './councilLabels.ts'

const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/** The register's number is the natural slug: `2026/014` → `2026-014`. */
const decisionSlug: FieldHook = ({ value, data }) => {
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed) return typed
  return slugify(String(data?.number ?? '')) || undefined
}

const voteCount = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'number' as const,
  required: true,
  min: 0,
  defaultValue: 0,
  admin: { step: 1 },
  label: fieldLabel,
})

/** The deliberations register of a site's council. */
export const CouncilDecisions: CollectionConfig = {
  slug: 'council-decisions',
  ...siteOwned,
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'subject', 'date', 'topic', '_status'],
    group: councilGroup,
  },
  labels: {
    singular: label('مقرر', 'Délibération', 'Decision'),
    plural: label('سجل المقررات', 'Registre des délibérations', 'Decisions register'),
  },
  graphQL: { singularName: 'CouncilDecision', pluralName: 'CouncilDecisions' },
  defaultSort: '-date',
  indexes: [
    { fields: ['site', 'slug'], unique: true },
    { fields: ['site', 'number'], unique: true },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          maxLength: 40,
          label: label('رقم المقرر', 'Numéro', 'Number'),
          hooks: { beforeValidate: [trim] },
          validate: ensureUniquePerSite('number', 'decisionNumberTaken'),
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: label('التاريخ', 'Date', 'Date'),
        },
      ],
    },
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'council-sessions',
      label: label('الدورة', 'Session', 'Session'),
      validate: sameSiteRelation('council-sessions', 'sessionOtherSite'),
      // The admin only offers sessions of the document's own site.
      filterOptions: ({ data }) =>
        data?.site ? { site: { equals: (data.site as { id?: string }).id ?? data.site } } : true,
    },
    {
      name: 'subject',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 400,
      label: label('الموضوع', 'Objet', 'Subject'),
      hooks: { beforeValidate: [trim] },
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      defaultValue: 'administration',
      options: decisionTopics.map((value) => ({ value, label: decisionTopicLabels[value] })),
      label: label('المجال', 'Thème', 'Topic'),
    },
    {
      name: 'vote',
      type: 'group',
      label: label('نتيجة التصويت', 'Résultat du vote', 'Vote'),
      fields: [
        {
          type: 'row',
          fields: [
            voteCount('for', label('موافقون', 'Pour', 'For')),
            voteCount('against', label('معارضون', 'Contre', 'Against')),
            voteCount('abstentions', label('ممتنعون', 'Abstentions', 'Abstentions')),
          ],
        },
        {
          name: 'result',
          type: 'select',
          required: true,
          defaultValue: 'adopted',
          options: voteResults.map((value) => ({ value, label: voteResultLabels[value] })),
          label: label('النتيجة', 'Issue', 'Result'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: label('الملخص', 'Résumé', 'Summary'),
    },
    {
      name: 'fullText',
      type: 'upload',
      relationTo: 'documents',
      label: label('النص الكامل (PDF)', 'Texte intégral (PDF)', 'Full text (PDF)'),
    },
    { ...slugField(), hooks: { beforeValidate: [decisionSlug] } },
  ],
}
