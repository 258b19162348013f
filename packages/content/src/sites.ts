import type { CmsClient } from './client.ts'

type Raw = Record<string, any>

/** Every site of the CMS (`depth=1`, every locale), fetched once per client. */
export async function siteDirectory(client: CmsClient) {
  return client.once('sites', async () => {
    const raw = await client.findAll<Raw>('sites', { depth: 1, locale: 'all', limit: 100 })
    const ids = new Map(raw.map((site) => [String(site.id), String(site.slug)]))
    const bySlug = new Map(raw.map((site) => [String(site.slug), site]))
    return { raw, ids, bySlug }
  })
}
