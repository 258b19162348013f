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

/**
 * The workflow's mails to staff, written in both working languages (Arabic first): `{name}`
 * placeholders, filled by notify.ts.
 */
export const reviewMail = {
  requestSubject: label(
    'مراجعة مطلوبة: {title}',
    'Relecture demandée : {title}',
    'Review requested: {title}',
  ),
  request: label(
    'يطلب {name} مراجعة «{title}» ({kind}، {site}) قبل نشره.',
    '{name} demande la relecture de « {title} » ({kind}, {site}) avant publication.',
    '{name} asks for a review of “{title}” ({kind}, {site}) before publication.',
  ),
  message: label('رسالته: {message}', 'Son message : {message}', 'Their message: {message}'),
  wished: label(
    'تاريخ النشر المرغوب: {date}',
    'Publication souhaitée : {date}',
    'Wished publication: {date}',
  ),
  open: label(
    'افتحه للمعاينة، ثم انشره أو أعده مع ملاحظة: {url}',
    'Ouvrez-le pour le prévisualiser, puis publiez-le ou renvoyez-le avec un commentaire : {url}',
    'Open it to preview it, then publish it or send it back with a comment: {url}',
  ),
  backSubject: label('للتعديل: {title}', 'À modifier : {title}', 'To revise: {title}'),
  back: label(
    'أعاد {name} «{title}» إليك للتعديل قبل النشر.',
    '{name} vous renvoie « {title} » pour modification avant publication.',
    '{name} sends “{title}” back to you to revise before publication.',
  ),
  comment: label('ملاحظته: {comment}', 'Son commentaire : {comment}', 'Their comment: {comment}'),
  revise: label(
    'عدّل المادة ثم أعد طلب المراجعة: {url}',
    'Modifiez l’élément, puis soumettez-le à nouveau : {url}',
    'Revise it, then submit it again: {url}',
  ),
}
