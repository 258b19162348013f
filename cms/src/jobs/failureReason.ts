import { label, type AdminLabel } from '../fields/labels.ts'

/**
 * Why a build failed, for the people who publish: the pipeline's errors are written for
 * operators (in English, naming releases and URLs); the admin says what happened in the
 * editor's language, with the page and link or the address concerned kept as they are.
 */
export type FailureKind = 'brokenLink' | 'content' | 'fetch' | 'cms' | 'crash' | 'other'

export interface FailureReason {
  kind: FailureKind
  /** The page and the link, the address or the first problem, when the error names one. */
  detail?: string
}

export function failureReason(error: string | null | undefined): FailureReason {
  const text = error ?? ''
  const link = /broken link on (\S+): (\S+)/.exec(text)
  if (link) return { kind: 'brokenLink', detail: `${link[1]} → ${link[2]}` }
  const content = /content of site '[^']+'.*\n\s*- (.+)/.exec(text)
  if (content) return { kind: 'content', detail: content[1] }
  const fetched = /fetching (\S+) failed/.exec(text)
  if (fetched) return { kind: 'fetch', detail: fetched[1] }
  if (/CMS unreachable|CMS request failed|answered 5\d\d/.test(text)) return { kind: 'cms' }
  if (/renderer process|SIGKILL|SIGTERM|exited/.test(text)) return { kind: 'crash' }
  return { kind: 'other', detail: text.split('\n')[0] || undefined }
}

export const failureTexts: Record<FailureKind, AdminLabel> = {
  brokenLink: label(
    'رابط في صفحة يؤدي إلى صفحة غير موجودة:',
    'Un lien d’une page mène à une page qui n’existe pas :',
    'A link on a page leads to a page that does not exist:',
  ),
  content: label(
    'محتوى غير صالح للنشر:',
    'Un contenu ne peut pas être publié tel quel :',
    'Some content cannot be published as it stands:',
  ),
  fetch: label(
    'تعذّر جلب صورة أو ملف من نظام إدارة المحتوى بعد عدة محاولات:',
    'Une image ou un fichier n’a pas pu être récupéré du CMS après plusieurs essais :',
    'An image or file could not be fetched from the CMS after several attempts:',
  ),
  cms: label(
    'تعذّر الوصول إلى نظام إدارة المحتوى بعد عدة محاولات.',
    'Le CMS n’a pas répondu après plusieurs essais.',
    'The CMS did not answer after several attempts.',
  ),
  crash: label(
    'توقف البناء بشكل غير متوقع.',
    'La construction s’est arrêtée de façon inattendue.',
    'The build stopped unexpectedly.',
  ),
  other: label('السبب:', 'Cause :', 'Reason:'),
}
