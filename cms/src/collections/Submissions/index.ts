import {
  answerForms,
  applicantCapacities,
  complaintCategories,
  departments,
  eServices,
  submissionStatuses,
  urbanismPurposes,
} from '@bawaba/schemas'
import { t, type MessageKey } from '@bawaba/i18n'
import type { CollectionConfig, Field, FilterOptions, Where } from 'payload'
import { staffRoles } from '../../access/roles.ts'
import { label, type AdminLabel } from '../../fields/labels.ts'
import { idOf } from '../../lib/ids.ts'
import { submissionAccess, staffOfSubmission } from './access.ts'
import { statsEndpoint } from './dashboard.ts'
import { reopenEndpoint, submitEndpoint, trackEndpoint } from './endpoints.ts'
import { exportEndpoint } from './export.ts'
import {
  deleteFiles,
  moveTransferred,
  noteFilesToDelete,
  recordHistory,
  stampNewSubmission,
} from './hooks.ts'
import { notifyCitizen } from './notify.ts'
import {
  historyEventLabels,
  historyEvents,
  receiptStatusLabels,
  receiptStatuses,
  serviceLabels,
  statusLabels,
  submissionsGroup,
} from './labels.ts'

/**
 * A citizen's choice, labelled in the admin's language with the words the form showed them
 * (`forms.<prefix>.<value>` in @bawaba/i18n), never the raw value ("lighting").
 */
const select = (
  name: string,
  values: readonly string[],
  prefix: string,
  fieldLabel: AdminLabel,
): Field => ({
  name,
  type: 'select',
  options: values.map((value) => {
    const key = `forms.${prefix}.${value}` as MessageKey
    return { value, label: label(t('ar', key), t('fr', key), t('en', key)) }
  }),
  label: fieldLabel,
})

/** Fields fixed at submission: what the citizen wrote is evidence, staff never rewrite it. */
const asSubmitted = { update: () => false }

const forService = (service: string) => ({
  condition: (data: Record<string, unknown>) => data?.service === service,
})

/** Staff working on the submission's site: the only people it can be assigned to. */
const staffOfItsSite: FilterOptions = ({ data }) => {
  const site = idOf(data?.site)
  const where: Where[] = [{ 'sites.site': { equals: site } }, { role: { in: [...staffRoles] } }]
  return site ? { and: where } : false
}

/** A history detail, shown only in the entries that have one (each records one event). */
const whenSet = (name: string) => ({
  condition: (_: unknown, entry: Record<string, unknown>) =>
    entry?.[name] !== null && entry?.[name] !== undefined && entry?.[name] !== '',
})

/** Any other site: the one it is on is no destination. */
const otherSites: FilterOptions = ({ data }) => {
  const site = idOf(data?.site)
  return site ? { id: { not_equals: site } } : true
}

/**
 * What citizens send through the e-services (complaints, bureau d'ordre correspondence,
 * urbanism information and access-to-information requests, page feedback). Created only by
 * the forms service through `/api/submissions/submit`; handled by the staff of the site it is
 * addressed to, whose every status change, reply and note is kept in `history`.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  access: submissionAccess,
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'service', 'status', 'dueAt', 'assignedTo', 'createdAt'],
    group: submissionsGroup,
    listSearchableFields: ['trackingCode'],
  },
  labels: {
    singular: label('طلب', 'Demande', 'Submission'),
    plural: label('الطلبات والشكايات', 'Demandes et réclamations', 'Submissions'),
  },
  defaultSort: '-createdAt',
  // `/stats` before Payload's own `/:id`, which would take it for an id.
  endpoints: [submitEndpoint, trackEndpoint, reopenEndpoint, statsEndpoint, exportEndpoint],
  hooks: {
    beforeChange: [stampNewSubmission, recordHistory],
    afterChange: [moveTransferred, notifyCitizen],
    beforeDelete: [noteFilesToDelete],
    afterDelete: [deleteFiles],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'trackingCode',
          type: 'text',
          unique: true,
          index: true,
          access: asSubmitted,
          admin: { readOnly: true },
          label: label('رمز التتبع', 'Code de suivi', 'Tracking code'),
        },
        {
          name: 'service',
          type: 'select',
          required: true,
          access: asSubmitted,
          options: eServices.map((value) => ({ value, label: serviceLabels[value] })),
          label: label('الخدمة', 'Service', 'Service'),
        },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          access: asSubmitted,
          admin: {
            readOnly: true,
            // Overdue items stand out in the list.
            components: { Cell: '/components/DueCell#DueCell' },
          },
          label: label('الأجل القانوني', 'Échéance légale', 'Due'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: submissionStatuses.map((value) => ({ value, label: statusLabels[value] })),
          label: label('الحالة', 'Statut', 'Status'),
        },
        {
          name: 'assignedTo',
          type: 'relationship',
          relationTo: 'users',
          filterOptions: staffOfItsSite,
          label: label('مكلف بالملف', 'Attribuée à', 'Assigned to'),
        },
      ],
    },
    {
      name: 'transferTo',
      type: 'group',
      label: label('إحالة', 'Transférer', 'Transfer'),
      admin: {
        description: label(
          'اختر مقاطعة أو شريكا مفوضا ثم احفظ: تصبح الحالة «محالة» وتُسجل الإحالة في السجل. المحال إلى مقاطعة أخرى ينتقل إليها ولا يبقى ظاهرا هنا.',
          'Choisissez un arrondissement ou un partenaire délégataire, puis enregistrez : la demande passe à « Transférée » et le transfert est inscrit à l’historique. Transférée à un autre arrondissement, elle y part et n’est plus visible ici.',
          'Choose a district or a partner operator, then save: the submission becomes “Transferred” and the transfer is recorded in the history. Sent to another district, it moves there and is no longer visible here.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'site',
              type: 'relationship',
              relationTo: 'sites',
              filterOptions: otherSites,
              label: label(
                'إلى مقاطعة أخرى',
                'Vers un autre arrondissement',
                'To another district',
              ),
            },
            {
              name: 'partner',
              type: 'relationship',
              relationTo: 'partners',
              filterOptions: { _status: { equals: 'published' } },
              label: label(
                'إلى شريك مفوض',
                'Vers un partenaire délégataire',
                'To a partner operator',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'reply',
      type: 'textarea',
      label: label(
        'رد للمرتفق (يظهر في صفحة التتبع)',
        'Réponse à l’usager (publique)',
        'Public reply',
      ),
      admin: {
        description: label(
          'يُضاف إلى السجل عند الحفظ ويُرسل إلى المرتفق.',
          'Ajoutée à l’historique à l’enregistrement et envoyée à l’usager.',
          'Added to the history on save and sent to the citizen.',
        ),
      },
    },
    {
      name: 'note',
      type: 'textarea',
      label: label('ملاحظة داخلية', 'Note interne', 'Internal note'),
      admin: {
        description: label(
          'للموظفين فقط؛ تُضاف إلى السجل.',
          'Pour le personnel uniquement ; ajoutée à l’historique.',
          'Staff only; added to the history.',
        ),
      },
    },
    {
      name: 'contact',
      type: 'group',
      access: { read: staffOfSubmission, update: () => false },
      label: label('المرتفق', 'Usager', 'Citizen'),
      fields: [
        { name: 'name', type: 'text', label: label('الاسم', 'Nom', 'Name') },
        { name: 'email', type: 'text', label: label('البريد الإلكتروني', 'Courriel', 'Email') },
        { name: 'phone', type: 'text', label: label('الهاتف', 'Téléphone', 'Phone') },
        {
          name: 'locale',
          type: 'text',
          label: label('لغة المرتفق', 'Langue de l’usager', 'Language'),
        },
      ],
    },
    {
      name: 'complaint',
      type: 'group',
      access: asSubmitted,
      admin: forService('complaint'),
      label: label('الشكاية', 'Réclamation', 'Complaint'),
      fields: [
        select(
          'category',
          complaintCategories,
          'complaint.category',
          label('الصنف', 'Catégorie', 'Category'),
        ),
        {
          name: 'description',
          type: 'textarea',
          label: label('الوصف', 'Description', 'Description'),
        },
        { name: 'address', type: 'text', label: label('العنوان', 'Adresse', 'Address') },
        {
          name: 'landmark',
          type: 'text',
          label: label('معلم قريب', 'Point de repère', 'Landmark'),
        },
        { name: 'lat', type: 'number', label: label('خط العرض', 'Latitude', 'Latitude') },
        { name: 'lng', type: 'number', label: label('خط الطول', 'Longitude', 'Longitude') },
      ],
    },
    {
      name: 'correspondence',
      type: 'group',
      access: asSubmitted,
      admin: forService('correspondence'),
      label: label('المراسلة', 'Courrier', 'Correspondence'),
      fields: [
        select(
          'department',
          departments,
          'department',
          label('المصلحة', 'Service destinataire', 'Department'),
        ),
        { name: 'subject', type: 'text', label: label('الموضوع', 'Objet', 'Subject') },
        { name: 'message', type: 'textarea', label: label('النص', 'Message', 'Message') },
      ],
    },
    {
      name: 'urbanismInfo',
      type: 'group',
      access: asSubmitted,
      admin: forService('urbanism-info'),
      label: label('المعلومات التعميرية', 'Renseignements urbanistiques', 'Urbanism information'),
      fields: [
        {
          name: 'landTitle',
          type: 'text',
          label: label('الرسم العقاري', 'Titre foncier', 'Land title'),
        },
        { name: 'parcelRef', type: 'text', label: label('مرجع القطعة', 'Parcelle', 'Parcel') },
        { name: 'location', type: 'text', label: label('الموقع', 'Situation', 'Location') },
        select('capacity', applicantCapacities, 'capacity', label('الصفة', 'Qualité', 'Capacity')),
        select('purpose', urbanismPurposes, 'purpose', label('الغرض', 'Objet', 'Purpose')),
      ],
    },
    {
      name: 'accessToInfo',
      type: 'group',
      access: asSubmitted,
      admin: forService('access-to-info'),
      label: label('الحصول على المعلومات', 'Accès à l’information', 'Access to information'),
      fields: [
        {
          name: 'information',
          type: 'textarea',
          label: label('المعلومات المطلوبة', 'Information demandée', 'Information'),
        },
        select(
          'answerForm',
          answerForms,
          'answer',
          label('شكل الجواب', 'Forme de la réponse', 'Answer form'),
        ),
        { name: 'reason', type: 'textarea', label: label('السبب', 'Motif', 'Reason') },
      ],
    },
    {
      name: 'feedback',
      type: 'group',
      access: asSubmitted,
      admin: forService('feedback'),
      label: label('ملاحظة حول صفحة', 'Signalement sur une page', 'Page feedback'),
      fields: [
        { name: 'pageUrl', type: 'text', label: label('الصفحة', 'Page', 'Page') },
        { name: 'message', type: 'textarea', label: label('الملاحظة', 'Message', 'Message') },
      ],
    },
    {
      name: 'history',
      type: 'array',
      // Written by the recordHistory hook only, whatever a request sends.
      admin: { readOnly: true },
      label: label('السجل', 'Historique', 'History'),
      labels: {
        singular: label('حدث', 'Événement', 'Entry'),
        plural: label('الأحداث', 'Événements', 'Entries'),
      },
      fields: [
        {
          name: 'event',
          type: 'select',
          options: historyEvents.map((value) => ({ value, label: historyEventLabels[value] })),
          label: label('الحدث', 'Événement', 'Event'),
        },
        {
          name: 'status',
          type: 'select',
          options: submissionStatuses.map((value) => ({ value, label: statusLabels[value] })),
          label: label('الحالة', 'Statut', 'Status'),
        },
        {
          name: 'at',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('التاريخ', 'Date', 'When'),
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          admin: whenSet('by'),
          label: label('بواسطة', 'Par', 'By'),
        },
        {
          name: 'reply',
          type: 'textarea',
          admin: whenSet('reply'),
          label: label('الرد', 'Réponse', 'Reply'),
        },
        {
          name: 'note',
          type: 'textarea',
          access: { read: staffOfSubmission },
          admin: whenSet('note'),
          label: label('ملاحظة داخلية', 'Note interne', 'Internal note'),
        },
        {
          name: 'assignedTo',
          type: 'relationship',
          relationTo: 'users',
          admin: whenSet('assignedTo'),
          label: label('كُلف به', 'Attribuée à', 'Assigned to'),
        },
        {
          name: 'fromSite',
          type: 'relationship',
          relationTo: 'sites',
          admin: whenSet('fromSite'),
          label: label('من', 'De', 'From'),
        },
        {
          name: 'toSite',
          type: 'relationship',
          relationTo: 'sites',
          admin: whenSet('toSite'),
          label: label('إلى', 'Vers', 'To'),
        },
        {
          name: 'partner',
          type: 'relationship',
          relationTo: 'partners',
          admin: whenSet('partner'),
          label: label('الشريك', 'Partenaire', 'Partner'),
        },
        {
          // The citizen's words when reopening: personal data, staff only.
          name: 'message',
          type: 'textarea',
          access: { read: staffOfSubmission },
          admin: whenSet('message'),
          label: label('رسالة المرتفق', 'Message de l’usager', 'Citizen’s message'),
        },
      ],
    },
    {
      name: 'files',
      type: 'join',
      collection: 'submission-files',
      on: 'submission',
      defaultSort: 'position',
      admin: {
        allowCreate: false,
        defaultColumns: ['position', 'originalName', 'mimeType', 'filesize', 'createdAt'],
      },
      label: label('المرفقات', 'Pièces jointes', 'Attachments'),
    },
    {
      name: 'resolvedAt',
      type: 'date',
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: label('تاريخ الحل', 'Résolue le', 'Resolved'),
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: label('محالة إلى الشريك', 'Transférée au partenaire', 'Transferred to partner'),
    },
    {
      // The acknowledgement mail, sent from a queue behind the intake (cms/src/intake/receipts.ts):
      // staff see here whether it left, and why not while it is retried.
      name: 'receipt',
      type: 'group',
      access: { update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.receipt?.status) && data?.receipt?.status !== 'none',
      },
      label: label('إشعار الاستلام', 'Accusé de réception', 'Acknowledgement'),
      fields: [
        {
          name: 'status',
          type: 'select',
          index: true,
          options: receiptStatuses.map((value) => ({ value, label: receiptStatusLabels[value] })),
          label: label('الحالة', 'État', 'State'),
        },
        { name: 'attempts', type: 'number', label: label('المحاولات', 'Tentatives', 'Attempts') },
        {
          name: 'nextAttemptAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('المحاولة التالية', 'Prochaine tentative', 'Next attempt'),
        },
        {
          name: 'sentAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('أُرسل في', 'Envoyé le', 'Sent'),
        },
        { name: 'error', type: 'text', label: label('آخر خطأ', 'Dernière erreur', 'Last error') },
      ],
    },
    {
      name: 'export',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/ExportLink#ExportLink' },
      },
    },
    // Machine fields: never shown, never changed after submission.
    {
      name: 'verifier',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'digest',
      type: 'text',
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'altchaKey',
      type: 'text',
      unique: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
