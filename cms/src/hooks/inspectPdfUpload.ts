import { inspectPdf } from '@bawaba/eservices'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'

/**
 * A PDF is stored only once a PDF parser found nothing in it that runs by itself (scripts,
 * launch actions, embedded files, an opening that leaves the document): the public library's
 * documents and citizens' attachments alike, whichever door they came through.
 */
export const inspectPdfUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data || file.mimetype !== 'application/pdf') return data
  const verdict = await inspectPdf(Buffer.from(file.data))
  if (verdict === 'ok') return data
  const key = verdict === 'pdf-active-content' ? 'pdfActiveContent' : 'pdfUnreadable'
  throw new APIError(message(key, languageOf(req)), 400, null, true)
}
