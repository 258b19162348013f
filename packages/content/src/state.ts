import { centralSite } from '@bawaba/registry'
import type { CmsClient } from './client.ts'
import { siteWhere, type CmsCollection } from './loader.ts'

/**
 * What a site's build depends on in the CMS, cheaply: per collection the number of documents
 * it publishes and the latest `updatedAt` among them (featured central items included), plus
 * the latest change to sites and media. Equal states mean an unchanged site.
 */
export async function contentState(
  client: CmsClient,
  slug: string,
): Promise<Record<string, string>> {
  const state: Record<string, string> = {}
  const latest = async (collection: string, where?: Awaited<ReturnType<typeof siteWhere>>) => {
    const result = await client.find<{ updatedAt?: string }>(collection, {
      where,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
    })
    return `${result.totalDocs}@${result.docs[0]?.updatedAt ?? '-'}`
  }
  for (const collection of ['news', 'events', 'pages'] as CmsCollection[]) {
    state[collection] = await latest(collection, await siteWhere(client, collection, slug))
  }
  state['site-settings'] = await latest(
    'site-settings',
    await siteWhere(client, 'site-settings', slug),
  )
  state.sites = await latest('sites')
  state.media = await latest('media')
  state.central = centralSite.slug
  return state
}
