import type { ReviewAction, ReviewState } from '@bawaba/schemas'
import { label, type AdminLabel } from '../../fields/labels.ts'

export const reviewStateLabels: Record<ReviewState, AdminLabel> = {
  pending: label('بانتظار المراجعة', 'En attente de relecture', 'Awaiting review'),
  'changes-requested': label('أُعيدت للتعديل', 'Renvoyé pour modification', 'Sent back'),
  published: label('نُشرت', 'Publié', 'Published'),
}

export const reviewActionLabels: Record<ReviewAction, AdminLabel> = {
  submitted: label('طلب المراجعة', 'Relecture demandée', 'Submitted for review'),
  resubmitted: label('أعاد طلب المراجعة', 'Relecture demandée à nouveau', 'Resubmitted for review'),
  'sent-back': label('أعادها للتعديل', 'Renvoyé pour modification', 'Sent back'),
  published: label('نشرها', 'Publié', 'Published'),
}
