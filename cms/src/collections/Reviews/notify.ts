import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'
import { serverUrl } from '../../env.ts'
import { idOf } from '../../lib/ids.ts'

/**
 * The workflow's mail to staff: the site's publishers when something awaits their review, the
 * editor when it comes back with a comment. Staff work in Arabic and French, so each mail says
 * it in both, Arabic first. A mail that cannot be sent is logged; the review stands.
 */

type Review = {
  id: string
  title: string
  site?: unknown
  document?: unknown
  requestedBy?: unknown
  publishAt?: string | null
  message?: string | null
  comment?: string | null
}

const who = (user: TypedUser) =>
  String((user as { name?: string }).name || (user as { email?: string }).email || '')

function documentOf(review: Review) {
  const doc = review.document as { relationTo?: string; value?: unknown } | undefined
  return { collection: String(doc?.relationTo ?? ''), id: idOf(doc?.value) ?? '' }
}

function adminLink(review: Review) {
  const { collection, id } = documentOf(review)
  return `${serverUrl()}/admin/collections/${collection}/${encodeURIComponent(id)}`
}

function collectionNames(req: PayloadRequest, review: Review) {
  const { collection } = documentOf(review)
  const singular = req.payload.collections[collection as CollectionSlug]?.config.labels.singular
  const names = (typeof singular === 'object' ? singular : {}) as Record<string, string>
  return { ar: names.ar ?? collection, fr: names.fr ?? collection }
}

async function siteNames(req: PayloadRequest, review: Review) {
  const id = idOf(review.site)
  if (!id) return { ar: '', fr: '' }
  const site = await req.payload.findByID({
    collection: 'sites',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const name = (site as { name?: Record<string, string> | string }).name
  if (typeof name === 'string') return { ar: name, fr: name }
  return { ar: name?.ar ?? '', fr: name?.fr ?? name?.ar ?? '' }
}

const dateIn = (language: 'ar' | 'fr', iso: string) =>
  new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : 'fr-MA', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(new Date(iso))

async function send(req: PayloadRequest, to: string[], subject: string, text: string) {
  if (!to.length) return
  try {
    await req.payload.sendEmail({ to, subject, text })
  } catch (error) {
    req.payload.logger.error({ err: error, to }, 'review mail not sent')
  }
}

/** The publishers of the review's site (district publishers, or central staff for the portal). */
async function publishersOf(req: PayloadRequest, site: string) {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { 'sites.site': { equals: site } },
        { role: { in: ['district-publisher', 'central-editor'] } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((u) => u.email).filter((e): e is string => Boolean(e))
}

/** Something awaits review: to every publisher of its site. */
export async function mailPublishers(req: PayloadRequest, review: Review, editor: TypedUser) {
  const site = idOf(review.site)
  if (!site) return
  const [to, sites] = await Promise.all([publishersOf(req, site), siteNames(req, review)])
  const kind = collectionNames(req, review)
  const name = who(editor)
  const wished = review.publishAt
  const ar = [
    `يطلب ${name} مراجعة «${review.title}» (${kind.ar}، ${sites.ar}) قبل نشره.`,
    review.message ? `رسالته: ${review.message}` : '',
    wished ? `تاريخ النشر المرغوب: ${dateIn('ar', wished)}` : '',
    `افتحه للمعاينة ثم النشر أو الإرجاع مع ملاحظة: ${adminLink(review)}`,
  ]
  const fr = [
    `${name} demande la relecture de « ${review.title} » (${kind.fr}, ${sites.fr}) avant publication.`,
    review.message ? `Son message : ${review.message}` : '',
    wished ? `Publication souhaitée : ${dateIn('fr', wished)}` : '',
    `Ouvrez-le pour le prévisualiser, puis publiez-le ou renvoyez-le avec un commentaire : ${adminLink(review)}`,
  ]
  await send(
    req,
    to,
    `مراجعة مطلوبة: ${review.title} · Relecture demandée : ${review.title}`,
    [...ar.filter(Boolean), '', '—', '', ...fr.filter(Boolean)].join('\n'),
  )
}

/** It came back: to the editor who asked, with the publisher's comment. */
export async function mailRequester(req: PayloadRequest, review: Review, publisher: TypedUser) {
  const requester = idOf(review.requestedBy)
  if (!requester) return
  const user = await req.payload
    .findByID({ collection: 'users', id: requester, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!user?.email) return
  const name = who(publisher)
  const ar = [
    `أعاد ${name} «${review.title}» إليك للتعديل قبل النشر.`,
    `ملاحظته: ${review.comment ?? ''}`,
    `عدّل المادة ثم أعد طلب المراجعة: ${adminLink(review)}`,
  ]
  const fr = [
    `${name} vous renvoie « ${review.title} » pour modification avant publication.`,
    `Son commentaire : ${review.comment ?? ''}`,
    `Modifiez l’élément puis demandez à nouveau une relecture : ${adminLink(review)}`,
  ]
  await send(
    req,
    [user.email],
    `للتعديل: ${review.title} · À modifier : ${review.title}`,
    [...ar, '', '—', '', ...fr].join('\n'),
  )
}
