/**
 * Reading the built heritage pages for heritage.build.test.ts: which pages a site has, the
 * place cards of a list, the links of a filter nav, JSON-LD and the canonical URL.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readSiteFile, siteDir } from './dist.ts'

const filterDirs = ['category', 'arrondissement']

export const has = (slug: string, file: string) => existsSync(join(siteDir(slug), file))
export const html = (slug: string, file: string) => readSiteFile(slug, file)
export const subdirs = (slug: string, path: string) => {
  const dir = join(siteDir(slug), path)
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []
}
/** Keys of the built place pages of a site. */
export const placeKeys = (slug: string) =>
  subdirs(slug, 'fr/heritage').filter((name) => !filterDirs.includes(name))

export interface Card {
  category: string
  site: string
  href: string
}
/** The place cards of a list page, with their data attributes and link. */
export function cards(page: string): Card[] {
  return [...page.matchAll(/<article class="place"[^>]*>[\s\S]*?<\/article>/g)].map((m) => ({
    category: /data-category="([^"]+)"/.exec(m[0])?.[1] ?? '',
    site: /data-site="([^"]+)"/.exec(m[0])?.[1] ?? '',
    href: /<a href="([^"]+)"/.exec(m[0])?.[1] ?? '',
  }))
}

/** The links of a filter nav (by its heading id), and which one is current. */
export function filterNav(page: string, id: string) {
  const nav = new RegExp(`<nav[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</nav>`).exec(page)
  if (!nav) return null
  const links = [...nav[1]!.matchAll(/<a href="([^"]+)"([^>]*)>/g)].map((m) => ({
    href: m[1]!,
    current: m[2]!.includes('aria-current="page"'),
  }))
  return { links, current: links.filter((l) => l.current).map((l) => l.href) }
}

export function jsonLd(page: string): Array<Record<string, any>> {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  )
}

export const canonicalOf = (page: string) => /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1]
