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
