import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'
import { serverUrl } from '../../env.ts'
import type { AdminLabel } from '../../fields/labels.ts'
import { idOf } from '../../lib/ids.ts'
import { formatOnWallClock } from '../../lib/wallClock.ts'
import { reviewMail } from './labels.ts'

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

type Language = 'ar' | 'fr'
const fill = (text: AdminLabel, language: Language, vars: Record<string, string>) =>
  text[language].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '')

/** One mail in both working languages: Arabic, then French. */
const bilingual = (lines: (language: Language) => (string | false)[]) =>
  [...lines('ar').filter(Boolean), '', '—', '', ...lines('fr').filter(Boolean)].join('\n')

/** Something awaits review: to every publisher of its site. */
export async function mailPublishers(req: PayloadRequest, review: Review, editor: TypedUser) {
  const site = idOf(review.site)
  if (!site) return
  const [to, sites] = await Promise.all([publishersOf(req, site), siteNames(req, review)])
  const kinds = collectionNames(req, review)
  const url = adminLink(review)
  const vars = (language: Language) => ({
    name: who(editor),
    title: review.title,
    kind: kinds[language],
    site: sites[language],
    message: review.message ?? '',
    date: review.publishAt ? formatOnWallClock(review.publishAt) : '',
    url,
  })
  await send(
    req,
    to,
    `${fill(reviewMail.requestSubject, 'ar', vars('ar'))} · ${fill(reviewMail.requestSubject, 'fr', vars('fr'))}`,
    bilingual((language) => [
      fill(reviewMail.request, language, vars(language)),
      Boolean(review.message) && fill(reviewMail.message, language, vars(language)),
      Boolean(review.publishAt) && fill(reviewMail.wished, language, vars(language)),
      fill(reviewMail.open, language, vars(language)),
    ]),
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
  const vars = {
    name: who(publisher),
    title: review.title,
    comment: review.comment ?? '',
    url: adminLink(review),
  }
  await send(
    req,
    [user.email],
    `${fill(reviewMail.backSubject, 'ar', vars)} · ${fill(reviewMail.backSubject, 'fr', vars)}`,
    bilingual((language) => [
      fill(reviewMail.back, language, vars),
      fill(reviewMail.comment, language, vars),
      fill(reviewMail.revise, language, vars),
    ]),
  )
}
