import { label } from '../fields/labels.ts'

/** Words of the workflow's admin components (the publish controls, the review panel, the queue). */
export const reviewText = {
  publish: label('نشر التغييرات', 'Publier les modifications', 'Publish changes'),
  publishIn: label(
    'النشر بلغة {locale} فقط',
    'Publier en {locale} seulement',
    'Publish {locale} only',
  ),
  schedule: label('برمجة…', 'Programmer…', 'Schedule…'),
  submit: label('إرسال للمراجعة', 'Soumettre à relecture', 'Submit for review'),
  awaiting: label('بانتظار المراجعة', 'En relecture', 'Awaiting review'),
  submitTitle: label(
    'إرسال «{title}» للمراجعة',
    'Soumettre « {title} » à relecture',
    'Submit “{title}” for review',
  ),
  submitHint: label(
    'يتوصل ناشرو الموقع برسالة، ويجدونها في لوحة التحكم. يمكنك متابعة التعديل إلى أن تُنشر.',
    'Les publicateurs du site reçoivent un courriel et la retrouvent sur leur tableau de bord. Vous pouvez continuer à la modifier jusqu’à sa publication.',
    'The site’s publishers get an email and find it on their dashboard. You may keep editing until it is published.',
  ),
  message: label(
    'رسالة إلى الناشر (اختياري)',
    'Message au publicateur (facultatif)',
    'Message to the publisher (optional)',
  ),
  wishedDate: label(
    'تاريخ النشر المرغوب (اختياري)',
    'Date de publication souhaitée (facultatif)',
    'Wished publication date (optional)',
  ),
  wishedHint: label(
    'البرمجة من صلاحية الناشر: يرى هذا التاريخ ويبرمج النشر.',
    'La programmation revient au publicateur : il voit cette date et programme la publication.',
    'Scheduling is the publisher’s: they see this date and schedule it.',
  ),
  send: label('إرسال', 'Envoyer', 'Send'),
  cancel: label('إلغاء', 'Annuler', 'Cancel'),
  sent: label('أُرسلت للمراجعة.', 'Soumis à relecture.', 'Submitted for review.'),
  saveFirst: label(
    'احفظ المسودة أولاً، ثم أرسلها للمراجعة.',
    'Enregistrez d’abord le brouillon, puis soumettez-le.',
    'Save the draft first, then submit it.',
  ),
  failed: label('تعذر ذلك. حاول مرة أخرى.', 'Échec. Réessayez.', 'That failed. Try again.'),
  casablancaTime: label('بتوقيت الدار البيضاء', 'heure de Casablanca', 'Casablanca time'),
  time: label('الساعة', 'Heure', 'Time'),

  // The review panel on the document.
  panelTitle: label('المراجعة', 'Relecture', 'Review'),
  pendingSince: label(
    'بانتظار مراجعة الناشر منذ {date}، بطلب من {name}.',
    'En attente de relecture depuis le {date}, à la demande de {name}.',
    'Awaiting review since {date}, asked by {name}.',
  ),
  editorMessage: label('رسالة المحرر:', 'Message du rédacteur :', 'Editor’s message:'),
  wished: label(
    'النشر المرغوب: {date}',
    'Publication souhaitée : {date}',
    'Wished publication: {date}',
  ),
  sentBack: label(
    'أعادها {name} للتعديل في {date}:',
    '{name} l’a renvoyé pour modification le {date} :',
    '{name} sent it back on {date}:',
  ),
  sentBackHint: label(
    'عدّل المادة ثم أعد إرسالها للمراجعة.',
    'Modifiez l’élément, puis soumettez-le à nouveau.',
    'Edit it, then submit it again.',
  ),
  publishedBy: label(
    'نُشرت بعد المراجعة: {name}، {date}.',
    'Publié après relecture : {name}, le {date}.',
    'Published after review: {name}, {date}.',
  ),
  reviewHint: label(
    'عاين المادة، ثم انشرها بزر «نشر التغييرات»، أو أعدها إلى المحرر مع ملاحظة.',
    'Prévisualisez-le, puis publiez-le avec « Publier les modifications », ou renvoyez-le au rédacteur avec un commentaire.',
    'Preview it, then publish it with “Publish changes”, or send it back to the editor with a comment.',
  ),
  comment: label('ملاحظة للمحرر', 'Commentaire pour le rédacteur', 'Comment for the editor'),
  sendBack: label('إعادة للتعديل', 'Renvoyer pour modification', 'Send back'),
  sentBackDone: label('أُعيدت إلى المحرر.', 'Renvoyé au rédacteur.', 'Sent back to the editor.'),
  history: label('سجل المراجعة', 'Historique de la relecture', 'Review history'),
  someone: label('حساب آخر', 'un autre compte', 'another account'),

  // The dashboard.
  queueTitle: label('بانتظار مراجعتك', 'À relire', 'Awaiting your review'),
  mineTitle: label('موادك قيد المراجعة', 'Vos éléments en relecture', 'Your items under review'),
  noneToReview: label('لا شيء بانتظار المراجعة.', 'Rien à relire.', 'Nothing to review.'),
  noneMine: label('لا شيء.', 'Rien.', 'Nothing.'),
  item: label('المادة', 'Élément', 'Item'),
  kind: label('النوع', 'Type', 'Type'),
  site: label('الموقع', 'Site', 'Site'),
  requestedBy: label('بطلب من', 'Demandé par', 'Asked by'),
  since: label('منذ', 'Depuis', 'Since'),
  wishedColumn: label('النشر المرغوب', 'Publication souhaitée', 'Wished publication'),
  state: label('الحالة', 'État', 'State'),
}

/** Words of the schedule drawer (publishers only). */
export const scheduleText = {
  title: label('برمجة «{title}»', 'Programmer « {title} »', 'Schedule “{title}”'),
  action: label('العملية', 'Opération', 'Action'),
  publish: label('نشر', 'Publier', 'Publish'),
  unpublish: label('إلغاء النشر', 'Dépublier', 'Unpublish'),
  when: label('التاريخ والساعة', 'Date et heure', 'Date and time'),
  language: label('لغة المحتوى', 'Langue du contenu', 'Content language'),
  allLanguages: label('كل اللغات', 'Toutes les langues', 'All languages'),
  save: label('برمجة', 'Programmer', 'Schedule'),
  chooseDate: label(
    'اختر التاريخ والساعة.',
    'Choisissez la date et l’heure.',
    'Choose the date and time.',
  ),
  future: label(
    'اختر تاريخًا في المستقبل.',
    'Choisissez une date dans le futur.',
    'Choose a date in the future.',
  ),
  done: label('تمت البرمجة.', 'Programmé.', 'Scheduled.'),
  upcoming: label('العمليات المبرمجة', 'Opérations programmées', 'Scheduled actions'),
  none: label('لا توجد عملية مبرمجة.', 'Aucune opération programmée.', 'Nothing is scheduled.'),
  remove: label('حذف', 'Supprimer', 'Remove'),
  removed: label('حُذفت العملية المبرمجة.', 'Opération supprimée.', 'Scheduled action removed.'),
}

/** `{name}` placeholders filled in. */
export const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '')

/**
 * The same, as parts to render: each value is isolated (`<bdi>` by the caller) so that a
 * French name or a date keeps its order inside an Arabic sentence.
 */
export function fillParts(text: string, vars: Record<string, string>) {
  return text
    .split(/\{(\w+)\}/g)
    .map((part, index) => (index % 2 === 1 ? { value: vars[part] ?? '' } : { text: part }))
}
