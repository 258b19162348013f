import { t, type MessageKey } from '@bawaba/i18n'
import { isLocale, siteOrigin, type Locale } from '@bawaba/registry'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { SubmissionContext } from './hooks.ts'

/**
 * Mail to the citizen, when an email was given: an acknowledgement on receipt, and a word on
 * every status change or public reply, in the language they wrote in, with the reply's text
 * (staff write it in the `reply` field, which the history keeps and the save empties). A mail
 * that cannot be sent is logged and never undoes the submission or the staff's change.
 */
export const notifyCitizen: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation === 'create') {
    // Held receipts and the intake's leave from the receipt queue, once committed.
    const ctx = context as SubmissionContext
    if (!ctx.holdReceipt && !ctx.intake) await mailCitizen(req, doc, 'ack')
    return doc
  }
  const statusChanged = previousDoc?.status !== doc.status
  const reply = replyOfThisChange(doc, previousDoc)
  if (statusChanged) await mailCitizen(req, doc, 'status', { reply })
  else if (reply) await mailCitizen(req, doc, 'reply', { reply })
  return doc
}

/** The public reply this change added to the history, if any. */
function replyOfThisChange(
  doc: { history?: { reply?: string | null }[] | null },
  previousDoc: { history?: unknown[] | null } | undefined,
): string | undefined {
  const added = (doc.history ?? []).slice(previousDoc?.history?.length ?? 0)
  const replies = added.map((entry) => entry.reply?.trim()).filter(Boolean)
  return replies.at(-1) || undefined
}

/**
 * The mail itself. The submit endpoint calls it for the receipt once the submission and its
 * files are committed (a receipt for something then rolled back would be a lie).
 */
export async function mailCitizen(
  req: PayloadRequest,
  doc: { id: string; site: unknown; trackingCode?: unknown; service?: unknown; status?: unknown },
  kind: 'ack' | 'status' | 'reply',
  /** `rethrow`: the receipt queue retries, it wants the failure, not a log line. */
  options: { reply?: string; rethrow?: boolean } = {},
): Promise<'sent' | 'no-email'> {
  const { reply } = options
  // The contact is hidden from whoever made the change (the forms service cannot read it).
  const stored = await req.payload.findByID({
    collection: 'submissions',
    id: doc.id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const contact = (stored as { contact?: { email?: string | null; locale?: string | null } })
    .contact
  const email = contact?.email
  if (!email) return 'no-email'
  const locale: Locale = isLocale(contact?.locale) ? contact.locale : 'ar'
  const site = await req.payload.findByID({
    collection: 'sites',
    id: typeof doc.site === 'object' ? (doc.site as { id: string }).id : (doc.site as string),
    depth: 0,
    locale,
    req,
  })
  const siteName = String((site as { name?: string }).name ?? '')
  const vars = {
    code: String(doc.trackingCode),
    service: t(locale, `forms.${doc.service}.title` as MessageKey),
    site: siteName,
    status: t(locale, `forms.status.${doc.status}` as MessageKey),
    reply: reply ? `\n\n${t(locale, 'forms.email.replyBlock', { reply })}` : '',
    // The tracking page of the site the request is with, the code already filled in.
    url: `${siteOrigin(String((site as { slug?: string }).slug))}/${locale}/e-services/track/?code=${encodeURIComponent(String(doc.trackingCode))}`,
  }
  try {
    await req.payload.sendEmail({
      to: email,
      subject: t(locale, `forms.email.${kind}.subject` as MessageKey, vars),
      text: t(locale, `forms.email.${kind}.body` as MessageKey, vars),
    })
  } catch (error) {
    if (options.rethrow) throw error
    req.payload.logger.error({ err: error, code: doc.trackingCode }, 'citizen email not sent')
  }
  return 'sent'
}
