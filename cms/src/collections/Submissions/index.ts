import {
  answerForms,
  applicantCapacities,
  complaintCategories,
  departments,
  eServices,
  submissionStatuses,
  urbanismPurposes,
} from '@bawaba/schemas'
import type { CollectionConfig, Field } from 'payload'
import { label, type AdminLabel } from '../../fields/labels.ts'
import { submissionAccess, staffOfSubmission } from './access.ts'
import { recordHistory, stampNewSubmission } from './hooks.ts'
import { notifyCitizen } from './notify.ts'
import { serviceLabels, statusLabels, submissionsGroup } from './labels.ts'
import { submitEndpoint, trackEndpoint } from './endpoints.ts'

const select = (name: string, values: readonly string[], fieldLabel: AdminLabel): Field => ({
  name,
  type: 'select',
  options: values.map((value) => ({ value, label: value })),
  label: fieldLabel,
})

/** Fields fixed at submission: what the citizen wrote is evidence, staff never rewrite it. */
const asSubmitted = { update: () => false }

const forService = (service: string) => ({
  condition: (data: Record<string, unknown>) => data?.service === service,
})

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
  endpoints: [submitEndpoint, trackEndpoint],
  hooks: {
    beforeChange: [stampNewSubmission, recordHistory],
    afterChange: [notifyCitizen],
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
          admin: { readOnly: true },
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
          label: label('مكلف بالملف', 'Attribuée à', 'Assigned to'),
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
        select('category', complaintCategories, label('الصنف', 'Catégorie', 'Category')),
        {
          name: 'description',
          type: 'textarea',
          label: label('الوصف', 'Description', 'Description'),
        },
        { name: 'address', type: 'text', label: label('العنوان', 'Adresse', 'Address') },
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
        select('department', departments, label('المصلحة', 'Service destinataire', 'Department')),
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
        select('capacity', applicantCapacities, label('الصفة', 'Qualité', 'Capacity')),
        select('purpose', urbanismPurposes, label('الغرض', 'Objet', 'Purpose')),
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
      fields: [
        { name: 'status', type: 'text' },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'reply', type: 'textarea' },
        { name: 'note', type: 'textarea', access: { read: staffOfSubmission } },
      ],
    },
    {
      name: 'resolvedAt',
      type: 'date',
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: label('تاريخ الحل', 'Résolue le', 'Resolved'),
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
