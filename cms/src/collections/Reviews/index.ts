import { reviewActions, reviewStates } from '@bawaba/schemas'
import type { CollectionAfterReadHook, CollectionConfig, CollectionSlug } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { ownSitesOnly } from '../../access/siteScoped.ts'
import { label } from '../../fields/labels.ts'
import { formatOnWallClock } from '../../lib/wallClock.ts'
import { reviewEndpoints } from './endpoints.ts'
import { reviewActionLabels, reviewStateLabels } from './labels.ts'

/**
 * The review's dates on Casablanca's clock, formatted by the server for the admin's review
 * panel: browsers' time-zone data cannot be trusted for Morocco (see lib/wallClock.ts).
 */
const withDisplayDates: CollectionAfterReadHook = ({ doc }) => {
  const at = (iso: unknown) => (typeof iso === 'string' ? formatOnWallClock(iso) : null)
  return {
    ...doc,
    display: {
      requestedAt: at(doc.requestedAt),
      publishAt: at(doc.publishAt),
      history: (doc.history ?? []).map((entry: { at?: unknown }) => at(entry.at)),
    },
  }
}

/** Reviews are written by their endpoints only (`/request`, `/:id/send-back`) and by publishing. */
const nobody = () => false

/**
 * The editorial workflow's reviews: one per document an editor submitted, reused for each
 * round, with who did what. Staff read their own sites' reviews (a publisher of another
 * district sees nothing of this one's queue); nobody writes them through REST or GraphQL.
 * `reviewable`: the collections the publish right applies to (see `withReview`).
 */
export const Reviews = (reviewable: CollectionSlug[]): CollectionConfig => ({
  slug: 'reviews',
  access: {
    read: ownSitesOnly,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'requestedBy', 'requestedAt', 'publishAt'],
    group: label('النشر', 'Publication', 'Publishing'),
    description: label(
      'ما طلب المحررون مراجعته قبل النشر. يُنشر من المادة نفسها، أو يُعاد إلى المحرر مع ملاحظة.',
      'Ce que les rédacteurs ont soumis avant publication. On publie depuis l’élément lui-même, ou on le renvoie au rédacteur avec un commentaire.',
      'What editors submitted before publication. Publish from the item itself, or send it back to the editor with a comment.',
    ),
  },
  labels: {
    singular: label('طلب مراجعة', 'Relecture', 'Review'),
    plural: label('طلبات المراجعة', 'Relectures', 'Reviews'),
  },
  defaultSort: '-requestedAt',
  endpoints: reviewEndpoints,
  hooks: { afterRead: [withDisplayDates] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { readOnly: true },
      label: label('العنوان', 'Titre', 'Title'),
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: reviewable,
      required: true,
      admin: { readOnly: true },
      label: label('المادة', 'Élément', 'Item'),
    },
    {
      // `<collection>:<id>`: one review per document, found without a polymorphic query.
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
      label: label('الحالة', 'État', 'State'),
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      label: label('طلبها', 'Demandée par', 'Requested by'),
    },
    {
      name: 'requestedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: label('تاريخ الطلب', 'Demandée le', 'Requested'),
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: label('تاريخ النشر المرغوب', 'Publication souhaitée le', 'Wished publication'),
    },
    {
      name: 'message',
      type: 'textarea',
      admin: { readOnly: true },
      label: label('رسالة المحرر', 'Message du rédacteur', 'Editor’s message'),
    },
    {
      name: 'comment',
      type: 'textarea',
      admin: { readOnly: true },
      label: label('ملاحظة الناشر', 'Commentaire du publicateur', 'Publisher’s comment'),
    },
    {
      name: 'history',
      type: 'array',
      admin: { readOnly: true },
      label: label('السجل', 'Historique', 'History'),
      labels: {
        singular: label('حدث', 'Événement', 'Event'),
        plural: label('أحداث', 'Événements', 'Events'),
      },
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          options: reviewActions.map((value) => ({ value, label: reviewActionLabels[value] })),
          label: label('الإجراء', 'Action', 'Action'),
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: label('من', 'Par', 'By'),
        },
        {
          name: 'at',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('في', 'Le', 'At'),
        },
        { name: 'text', type: 'textarea', label: label('النص', 'Texte', 'Text') },
      ],
    },
  ],
})
