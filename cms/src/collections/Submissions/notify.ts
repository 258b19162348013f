import { t, type MessageKey } from '@bawaba/i18n'
import { isLocale, siteOrigin, type Locale } from '@bawaba/registry'
import type { CollectionAfterChangeHook } from 'payload'

/**
 * Mail to the citizen, when an email was given: an acknowledgement on receipt, and a word on
 * every status change, in the language they wrote in. A mail that cannot be sent is logged
 * and never undoes the submission or the staff's change.
 */
export const notifyCitizen: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const statusChanged = operation === 'update' && previousDoc?.status !== doc.status
  if (operation !== 'create' && !statusChanged) return doc
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
  if (!email) return doc
  const locale: Locale = isLocale(contact?.locale) ? contact.locale : 'ar'
  const site = await req.payload.findByID({
    collection: 'sites',
    id: typeof doc.site === 'object' ? doc.site.id : doc.site,
    depth: 0,
    locale,
    req,
  })
  const siteName = String((site as { name?: string }).name ?? '')
  const vars = {
    code: doc.trackingCode,
    service: t(locale, `forms.${doc.service}.title` as MessageKey),
    site: siteName,
    status: t(locale, `forms.status.${doc.status}` as MessageKey),
    // The tracking page comes with the e-service forms; until then, the site.
    url: `${siteOrigin(String((site as { slug?: string }).slug))}/${locale}/`,
  }
  const kind = operation === 'create' ? 'ack' : 'status'
  try {
    await req.payload.sendEmail({
      to: email,
      subject: t(locale, `forms.email.${kind}.subject` as MessageKey, vars),
      text: t(locale, `forms.email.${kind}.body` as MessageKey, vars),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, code: doc.trackingCode }, 'citizen email not sent')
  }
  return doc
}
