import { centralSite, getSite, sites } from './sites.ts'

/**
 * Where each site is reached. `local` mirrors production with one host per site on the
 * local static server (`anfa.localhost:4321`); `production` uses each site's own domain.
 */
export type OriginMode = 'local' | 'production'

export const localSitesPort = 4321
export const localCmsPort = 3000

export function originMode(env: Record<string, string | undefined> = process.env): OriginMode {
  return env.BAWABA_ORIGINS === 'production' ? 'production' : 'local'
}

export function siteOrigin(slug: string, mode: OriginMode = originMode()): string {
  const site = getSite(slug)
  if (mode === 'production') return `https://${site.domain}`
  return `http://${site.slug}.localhost:${process.env.SITES_PORT ?? localSitesPort}`
}

/**
 * The site a request's Host header names: a site's own production domain, `<slug>.localhost`
 * locally, or the central portal for the bare local host; null for any other host.
 */
export function siteFromHost(host: string | undefined, known: string[]): string | null {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '')
  if (name === 'localhost' || name === '127.0.0.1') return centralSite.slug
  const sub = name.endsWith('.localhost') ? name.slice(0, -'.localhost'.length) : null
  if (sub && known.includes(sub)) return sub
  const owner = sites.find((site) => site.domain === name)
  return owner && known.includes(owner.slug) ? owner.slug : null
}
