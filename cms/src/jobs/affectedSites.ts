import { idOf } from '../lib/ids.ts'

/**
 * Which sites show a document of each collection, as data: a site's own content is on its own
 * site; a central item featured on districts is on those too; what the portal gathers from
 * every arrondissement (heritage, offices, the document library) is also on the portal; the
 * commune's shared catalogue (procedures) is on every site. Collections not listed here
 * (submissions, users, builds…) are on no site.
 */
export const shownOn = {
  news: ['own', 'featured'],
  events: ['own', 'featured'],
  pages: ['own'],
  'council-members': ['own'],
  'council-sessions': ['own'],
  'council-decisions': ['own'],
  'site-settings': ['own'],
  media: ['own', 'central'],
  'heritage-places': ['own', 'central'],
  offices: ['own', 'central'],
  documents: ['own', 'central'],
  'timeline-entries': ['central'],
  partners: ['central'],
  procedures: ['all'],
  sites: ['all'],
  alerts: ['targeted'],
} as const satisfies Record<
  string,
  readonly ('own' | 'featured' | 'central' | 'targeted' | 'all')[]
>

export type PublishedCollection = keyof typeof shownOn

/**
 * Collections whose new documents are on no page until a published one links them: a fresh
 * upload (ten photos for one article) queues nothing, as a draft or when first published; the
 * article that uses it does, and so do later publications, unpublishing or deletion of it.
 */
export const shownOnlyWhenLinked: readonly PublishedCollection[] = ['media']

export const publishedCollections = Object.keys(shownOn) as PublishedCollection[]

type Doc = Record<string, unknown> | null | undefined

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => Boolean(id)) : []

/**
 * The ids of the sites a document is on — before and after a change, so that a moved or
 * un-featured item leaves the site it was on — or 'all'.
 */
export function sitesShowing(
  collection: PublishedCollection,
  docs: Doc[],
  centralId: string | undefined,
): string[] | 'all' {
  const found = new Set<string>()
  for (const rule of shownOn[collection]) {
    if (rule === 'all') return 'all'
    for (const doc of docs) {
      if (!doc) continue
      if (rule === 'own') {
        const own = idOf(doc.site)
        if (own) found.add(own)
      } else if (rule === 'featured') {
        for (const id of ids(doc.featuredOn)) found.add(id)
      } else if (rule === 'central') {
        if (centralId) found.add(centralId)
      } else if (rule === 'targeted') {
        const targets = ids(doc.sites)
        if (!targets.length) return 'all'
        for (const id of targets) found.add(id)
      }
    }
  }
  return [...found]
}
