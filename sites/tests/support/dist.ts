/**
 * Reading the built sites from `BAWABA_DIST` for the build tests: files, links, XML.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { localeCodes, localeInfo, siteOrigin, siteSlugs, type Locale } from '@bawaba/registry'
import { bundleDir, bundleEntry } from '../../../scripts/lib/publish/bundle.ts'
import { readReleaseInfo } from '../../../scripts/lib/publish/releases-info.ts'
import { onDemandPath } from '../../src/lib/urls.ts'

const repo = fileURLToPath(new URL('../../..', import.meta.url))

export const distRoot = process.env.BAWABA_DIST || join(repo, 'dist')

export function siteDir(slug: string): string {
  return join(distRoot, 'sites', slug)
}

/** Every file of a site, as paths relative to its root with forward slashes. */
export function siteFiles(slug: string): string[] {
  const root = siteDir(slug)
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => statSync(join(root, file)).isFile())
}

export function readSiteFile(slug: string, file: string): string {
  return readFileSync(join(siteDir(slug), file), 'utf8')
}

/** Origin → slug, for the origins the sites were built with. */
export const origins = new Map(siteSlugs.map((slug) => [siteOrigin(slug), slug]))

/** The URL path a built HTML file answers (`fr/news/x/index.html` → `/fr/news/x/`). */
export function urlPathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`
}

export interface FoundUrl {
  attr: string
  value: string
  tag: string
}

/** Every href/src/srcset/content URL in an HTML document, with the tag it sits on. */
export function urlsIn(html: string): FoundUrl[] {
  const found: FoundUrl[] = []
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [, name, attrs] = tag
    for (const attr of attrs!.matchAll(/\s(href|src|srcset)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const raw = (attr[3] ?? attr[4] ?? '').replace(/&amp;/g, '&')
      const values =
        attr[1] === 'srcset' ? raw.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [raw]
      for (const value of values) {
        if (value) found.push({ attr: attr[1]!, value, tag: name!.toLowerCase() })
      }
    }
  }
  return found
}

/** CSS url() references. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!)
}

/**
 * Where a URL found in `fromFile` of site `slug` lands: `{ slug, file }` when it is on one of
 * the sites (same origin, root-relative or relative), null for other hosts and non-http links.
 */
export function target(
  slug: string,
  fromFile: string,
  value: string,
): { slug: string; path: string } | null {
  if (/^(mailto:|tel:|data:|#)/i.test(value)) return null
  let url: URL
  try {
    url = new URL(value, `${siteOrigin(slug)}${urlPathOf(fromFile)}`)
  } catch {
    return null
  }
  const owner = origins.get(url.origin)
  if (!owner) return null
  return { slug: owner, path: decodeURIComponent(url.pathname) }
}

/**
 * The file a URL path is served from, or null (mirrors scripts/serve-sites.ts). An on-demand
 * page (the e-service forms) resolves to the site's server bundle when it was built.
 */
export function resolvePath(slug: string, path: string): string | null {
  const root = siteDir(slug)
  if (onDemandPath.test(path)) {
    const info = readReleaseInfo(join(realpathSync(root), '..'))
    const bundle = info ? bundleEntry(bundleDir(info.code)) : null
    return bundle && existsSync(bundle) ? bundle : null
  }
  const file = join(root, path)
  if (path.endsWith('/'))
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null
  if (existsSync(file) && statSync(file).isFile()) return file
  if (!extname(path) && existsSync(join(file, 'index.html'))) return join(file, 'index.html')
  return null
}

/**
 * Well-formedness of an XML document (elements balanced and properly nested, attributes
 * quoted, entities known): enough to trust the sitemap and feeds without an XML dependency.
 * Returns the problem found, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = []
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '')
  const token =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g
  let roots = 0
  for (const match of body.matchAll(token)) {
    const [all, closing, name, , selfClosing] = match
    if (all === '<') return `stray '<' at ${match.index}`
    if (all.startsWith('&')) return `unknown entity at ${match.index}`
    if (all.startsWith('<![CDATA[')) continue
    if (closing) {
      const open = stack.pop()
      if (open !== name) return `</${name}> closes <${open}>`
    } else if (!selfClosing) {
      if (!stack.length) roots++
      stack.push(name!)
    } else if (!stack.length) roots++
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`
  if (roots !== 1) return `${roots} root elements`
  return null
}

/**
 * The locales a page says it exists in: its `hreflang` alternates (the real translations), or
 * its own locale alone when it has none.
 */
export function translationsOf(html: string): Locale[] {
  const codes = new Map<string, Locale>(localeCodes.map((l) => [localeInfo(l).hreflang, l]))
  const found = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)]
    .map((m) => codes.get(m[1]!))
    .filter((l): l is Locale => Boolean(l))
  const own = /<html\b[^>]*\blang="([a-z]+)"/.exec(html)?.[1] as Locale | undefined
  return [...new Set(found.length ? found : own ? [own] : [])].sort()
}
