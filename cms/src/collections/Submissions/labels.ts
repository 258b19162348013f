import type { EService, SubmissionStatus } from '@bawaba/schemas'
import { label, type AdminLabel } from '../../fields/labels.ts'

export const submissionsGroup = label('الخدمات الإلكترونية', 'E-services', 'E-services')

export const serviceLabels: Record<EService, AdminLabel> = {
  complaint: label('شكاية', 'Réclamation', 'Complaint'),
  correspondence: label('مراسلة مكتب الضبط', "Courrier au bureau d'ordre", 'Correspondence'),
  'urbanism-info': label(
    'مذكرة المعلومات التعميرية',
    'Renseignements urbanistiques',
    'Urbanism information',
  ),
  'access-to-info': label('الحصول على المعلومات', "Accès à l'information", 'Access to information'),
  feedback: label('ملاحظة حول صفحة', 'Signalement sur une page', 'Page feedback'),
}

export const statusLabels: Record<SubmissionStatus, AdminLabel> = {
  received: label('تم التوصل', 'Reçue', 'Received'),
  'under-review': label('قيد الدراسة', "En cours d'examen", 'Under review'),
  'in-progress': label('قيد المعالجة', 'En traitement', 'In progress'),
  transferred: label('محالة', 'Transférée', 'Transferred'),
  resolved: label('تمت المعالجة', 'Résolue', 'Resolved'),
  rejected: label('مرفوضة', 'Rejetée', 'Rejected'),
  reopened: label('أعيد فتحها', 'Rouverte', 'Reopened'),
}

/** What a history entry records (one entry per event, with who and when). */
export const historyEvents = [
  'received',
  'status',
  'reply',
  'note',
  'assigned',
  'transferred',
  'reopened',
] as const
export type HistoryEvent = (typeof historyEvents)[number]

export const historyEventLabels: Record<HistoryEvent, AdminLabel> = {
  received: label('توصل', 'Réception', 'Received'),
  status: label('تغيير الحالة', 'Changement de statut', 'Status change'),
  reply: label('رد', 'Réponse', 'Reply'),
  note: label('ملاحظة داخلية', 'Note interne', 'Internal note'),
  assigned: label('تكليف', 'Attribution', 'Assignment'),
  transferred: label('إحالة', 'Transfert', 'Transfer'),
  reopened: label('أعاد المرتفق فتحه', 'Rouverte par l’usager', 'Reopened by the citizen'),
}

/**
 * Where the acknowledgement mail stands: none to send (no email given), waiting in the queue,
 * sent, or failed and retried later (staff see the error; it is never dropped).
 */
export const receiptStatuses = ['none', 'pending', 'sent', 'failed'] as const
export type ReceiptStatus = (typeof receiptStatuses)[number]

export const receiptStatusLabels: Record<ReceiptStatus, AdminLabel> = {
  none: label('لا شيء (بدون بريد إلكتروني)', 'Aucun (pas de courriel)', 'None (no email)'),
  pending: label('في الانتظار', 'En attente', 'Queued'),
  sent: label('أُرسل', 'Envoyé', 'Sent'),
  failed: label('فشل، ستُعاد المحاولة', 'Échec, nouvel essai prévu', 'Failed, will retry'),
}

/** Refusals of the handling workflow, shown beside the field (see recordHistory). */
export const workflowErrors = {
  oneTarget: label(
    'اختر جهة واحدة للإحالة: مقاطعة أو شريكا.',
    'Choisissez une seule destination : un arrondissement ou un partenaire.',
    'Choose one destination: a district or a partner.',
  ),
  sameSite: label(
    'الطلب موجود أصلا في هذا الموقع.',
    'La demande est déjà sur ce site.',
    'The submission is already on this site.',
  ),
  unknownTarget: label(
    'جهة الإحالة غير موجودة.',
    'Cette destination n’existe pas.',
    'This destination does not exist.',
  ),
  transferTarget: label(
    'لإحالة الطلب، اختر المقاطعة أو الشريك المحال إليه.',
    'Pour transférer la demande, choisissez l’arrondissement ou le partenaire destinataire.',
    'To transfer the submission, choose the district or partner it goes to.',
  ),
  rejectionReason: label(
    'الرفض يستوجب تعليلا: اكتب السبب في الرد على المرتفق.',
    'Un rejet doit être motivé : indiquez la raison dans la réponse à l’usager.',
    'A rejection needs a reason: write it in the public reply.',
  ),
  assignee: label(
    'لا يمكن التكليف إلا لموظف يعمل في موقع هذا الطلب.',
    'Seul un membre du personnel du site de cette demande peut en être chargé.',
    'Only staff of this submission’s site can be assigned.',
  ),
} satisfies Record<string, AdminLabel>
