import type { Locale } from '@bawaba/registry'
import type { PayloadRequest } from 'payload'

/**
 * GeoReport jurisdictions are our sites: `jurisdiction_id` is a site's slug (`casablanca`,
 * `anfa`…), read from the `sites` collection, never from a list in code. Without one, reads
 * cover every site and new requests go to the central commune, which routes them on.
 */
export interface Jurisdiction {
  id: string
  slug: string
  name: string
  central: boolean
}

export async function jurisdictions(req: PayloadRequest, locale: Locale): Promise<Jurisdiction[]> {
  const found = await req.payload.find({
    collection: 'sites',
    locale,
    depth: 0,
    limit: 100,
    pagination: false,
    select: { slug: true, name: true, kind: true },
    // Sites are public (anyone may read them); the name is the agency a request is with.
    overrideAccess: true,
  })
  return found.docs.map((site) => ({
    id: String(site.id),
    slug: String(site.slug),
    name: String(site.name ?? site.slug),
    central: site.kind === 'central',
  }))
}

export type Scope =
  | { kind: 'all'; sites: Jurisdiction[] }
  | { kind: 'one'; site: Jurisdiction; sites: Jurisdiction[] }
  | { kind: 'unknown'; id: string }

/** The sites a call is about: one named by `jurisdiction_id`, or all of them when none is. */
export async function scopeOf(
  req: PayloadRequest,
  locale: Locale,
  jurisdictionId: string | null | undefined,
): Promise<Scope> {
  const sites = await jurisdictions(req, locale)
  const id = jurisdictionId?.trim()
  if (!id) return { kind: 'all', sites }
  const site = sites.find((each) => each.slug === id)
  return site ? { kind: 'one', site, sites } : { kind: 'unknown', id: id.slice(0, 60) }
}
