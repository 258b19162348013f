import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import {
  isPreviewCollection,
  previewPath,
  previewSecret,
  signPreview,
  verifyPreview,
  type PreviewCollection,
} from '@bawaba/preview'
import { centralSite, isLocale, siteOrigin } from '@bawaba/registry'
import { isStaffUser } from '../access/roles.ts'
import { idOf } from '../lib/ids.ts'

/**
 * Exact preview of drafts. `GET /api/preview-link` is what the admin's Preview button opens:
 * it checks that the caller may read the document's drafts with their own access (another
 * site's staff, or district staff before a central draft, get the same 404 as for a document
 * that does not exist), signs a short-lived token naming the document and the caller, and
 * redirects to the document's page on its site. That page asks `GET /api/preview/draft` for the
 * draft, which reads it as the person the token names — with their access as it is now, so
 * related documents come back populated only where that person could read them — and answers
 * exactly that document, that locale, nothing else.
 */

export const previewLinkPath = '/preview-link'
export const previewDraftPath = '/preview/draft'

type Doc = Record<string, any>

const private_ = {
  'cache-control': 'no-store, private',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
}
const json = (status: number, body: unknown) => Response.json(body, { status, headers: private_ })

/**
 * The slug of the site whose page shows a document: its `site` relation (populated or not),
 * or the portal for the commune's shared content (procedures), which has no site.
 */
async function siteSlugOf(
  req: PayloadRequest,
  collection: PreviewCollection,
  doc: Doc,
): Promise<string | null> {
  if (
    !req.payload.collections[collection].config.fields.some((f) => 'name' in f && f.name === 'site')
  )
    return centralSite.slug
  if (doc.site && typeof doc.site === 'object' && typeof doc.site.slug === 'string')
    return doc.site.slug
  const id = idOf(doc.site)
  if (!id) return null
  const site = await req.payload
    .findByID({ collection: 'sites', id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return typeof site?.slug === 'string' ? site.slug : null
}

/**
 * The document's latest draft as `user` may read it, or null: its versions must be theirs to
 * read (the commune's drafts are central staff's alone, even once a version is published).
 */
async function draftAs(
  req: PayloadRequest,
  user: TypedUser,
  collection: PreviewCollection,
  id: string,
  depth: number,
): Promise<Doc | null> {
  const versions = await req.payload
    .findVersions({
      collection,
      where: { parent: { equals: id } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    .catch(() => null)
  if (!versions?.docs.length) return null
  return (await req.payload
    .findByID({
      collection,
      id,
      draft: true,
      depth,
      locale: depth ? 'all' : undefined,
      overrideAccess: false,
      user,
      req,
    })
    .catch(() => null)) as Doc | null
}

/** The staff member a token names, as they are now (deleted or demoted: nobody). */
async function signer(req: PayloadRequest, id: string): Promise<TypedUser | null> {
  const user = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
  if (!user) return null
  const typed = { ...user, collection: 'users' } as unknown as TypedUser
  return isStaffUser(typed) ? typed : null
}

async function previewLink(req: PayloadRequest): Promise<Response> {
  if (!isStaffUser(req.user)) return json(401, { error: 'unauthorized' })
  const params = req.searchParams
  const collection = params.get('collection')
  const id = params.get('id')
  const locale = params.get('locale') ?? 'ar'
  if (!isPreviewCollection(collection) || !id || !isLocale(locale))
    return json(400, { error: 'invalid', expected: 'collection, id, locale' })
  const user = req.user as TypedUser
  const doc = await draftAs(req, user, collection, id, 0)
  if (!doc) return json(404, { error: 'not-found' })
  const site = await siteSlugOf(req, collection, doc)
  if (!site) return json(404, { error: 'not-found' })
  const token = signPreview(previewSecret(), {
    collection,
    id: String(doc.id),
    locale,
    site,
    user: String(user.id),
  })
  return new Response(null, {
    status: 302,
    headers: { ...private_, location: `${siteOrigin(site)}${previewPath(locale, token)}` },
  })
}

async function previewDraft(req: PayloadRequest): Promise<Response> {
  const check = verifyPreview(previewSecret(), req.searchParams.get('t'))
  if (!check.ok) return json(403, { error: check.reason })
  const { collection, id, site } = check.claims
  const user = await signer(req, check.claims.user)
  const doc = user ? await draftAs(req, user, collection, id, 1) : null
  // A document moved to another site since the link was signed is not that site's to show.
  if (!doc || (await siteSlugOf(req, collection, doc)) !== site)
    return json(404, { error: 'not-found' })
  return json(200, doc)
}

export const previewEndpoints: Endpoint[] = [
  { path: previewLinkPath, method: 'get', handler: previewLink },
  { path: previewDraftPath, method: 'get', handler: previewDraft },
]
