/**
 * The links staff type (rich text, link fields, alerts) end up in pages as `href`s, on the same
 * origin as the citizens' forms. A browser reads an href after dropping leading and trailing C0
 * controls and spaces and every tab and newline (WHATWG URL), so `java\tscript:` and
 * `\x01javascript:` are `javascript:` to it. This reads an href the same way and keeps only
 * http(s), mailto and tel links and same-site relative ones (a path, a query, a fragment). The
 * CMS validates with it and the sites check again when rendering.
 */

/** What a safe href points at. */
export type HrefKind = 'web' | 'mailto' | 'tel' | 'path' | 'query' | 'fragment'

export interface SafeHref {
  /** The href to print: the input without what browsers strip anyway. */
  href: string
  kind: HrefKind
}

/** Longer than any link anyone types; a bound on the work. */
export const maxHrefLength = 2048

// What the URL parser strips: C0 controls and space at both ends, tab and newlines anywhere.
const outerControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const tabOrNewline = /[\t\n\r]/g
const controls = /[\u0000-\u001f\u007f]/
const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
const base = 'https://bawaba.invalid/base/'

/** The href as a browser would read it, when it is one we print; otherwise null. */
export function parseHref(raw: unknown): SafeHref | null {
  if (typeof raw !== 'string' || raw.length > maxHrefLength) return null
  const href = raw.replace(outerControls, '').replace(tabOrNewline, '')
  // A control character left inside is never part of a link anyone meant.
  if (!href || controls.test(href)) return null
  const named = scheme.exec(href)?.[1]?.toLowerCase()
  if (named) {
    if (named === 'mailto' || named === 'tel')
      return href.length > named.length + 1 ? { href, kind: named } : null
    if (named !== 'http' && named !== 'https') return null
    try {
      return new URL(href).hostname ? { href, kind: 'web' } : null
    } catch {
      return null
    }
  }
  // `//host` and `\\host` (browsers read `\` as `/` in web URLs) leave the site.
  if (/^[\\/]{2}/.test(href)) return null
  let resolved: URL
  try {
    resolved = new URL(href, base)
  } catch {
    return null
  }
  if (resolved.origin !== new URL(base).origin) return null
  const kind: HrefKind = href.startsWith('#') ? 'fragment' : href.startsWith('?') ? 'query' : 'path'
  return { href, kind }
}

export const isSafeHref = (raw: unknown): boolean => parseHref(raw) !== null
