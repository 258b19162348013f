/**
 * Lexical JSON → HTML, written here rather than taken from Payload's converter, which aligns
 * RTL text wrongly (payloadcms/payload#17784). Alignment is always logical (start/end), links
 * are filtered to safe schemes, headings are demoted under the page's single h1. Uploads are
 * rendered by RichText.astro (they need astro:assets), so they are skipped here.
 */
import type { Dir, Locale } from '@bawaba/registry'
import { parseHref } from '@bawaba/schemas'
import { localizeHref } from './urls.ts'

type Node = Record<string, any>

export interface LexicalOptions {
  locale: Locale
  /** Direction the text is written in (the text's locale, which may be a fallback). */
  dir: Dir
  /** Added to heading levels; h1 in content becomes h2 at least, never deeper than h6. */
  headingOffset?: number
  /** Visually hidden note appended to links that open a new tab. */
  newTabLabel: string
  /** Gives a locale-less internal path its locale (the pages pass the one that knows translations). */
  localize?: (href: string, locale: Locale) => string
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!)
}

/**
 * The text-align for a node's `format`. Logical values only: `left`/`right` chosen in the
 * editor are read against the text's direction (right in RTL is its start).
 */
export function textAlign(format: unknown, dir: Dir): string | null {
  switch (format) {
    case 'start':
    case 'end':
    case 'center':
    case 'justify':
      return format
    case 'left':
      return dir === 'rtl' ? 'end' : 'start'
    case 'right':
      return dir === 'rtl' ? 'start' : 'end'
    default:
      return null
  }
}

/**
 * The href to print, or null for anything but http(s), mailto, tel and same-site links, read
 * the way browsers read it (`parseHref`): checked again here whatever the CMS let through.
 * A same-site path gets its locale from `localize` (the pages pass the one that knows which
 * languages a page exists in).
 */
export function safeHref(
  url: unknown,
  locale: Locale,
  localize: (href: string, locale: Locale) => string = localizeHref,
): string | null {
  const parsed = parseHref(url)
  if (!parsed) return null
  return parsed.href.startsWith('/') ? localize(parsed.href, locale) : parsed.href
}

const formats: Array<[number, string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]

function renderText(node: Node): string {
  let html = escapeHtml(String(node.text ?? ''))
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of formats) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function attrs(node: Node, options: LexicalOptions): string {
  const align = textAlign(node.format, node.direction ?? options.dir)
  return align && align !== 'start' ? ` style="text-align: ${align}"` : ''
}

function children(node: Node, options: LexicalOptions): string {
  return Array.isArray(node.children) ? renderNodes(node.children, options) : ''
}

function renderLink(node: Node, options: LexicalOptions): string {
  const inner = children(node, options)
  const href = safeHref(node.fields?.url ?? node.url, options.locale, options.localize)
  if (!href) return inner
  const external = /^https?:\/\//i.test(href)
  const newTab = node.fields?.newTab === true
  let out = `<a href="${escapeHtml(href)}"`
  if (external || newTab) out += ' rel="noopener"'
  if (newTab) out += ' target="_blank"'
  out += `>${inner}`
  if (newTab) out += ` <span class="visually-hidden">${escapeHtml(options.newTabLabel)}</span>`
  return `${out}</a>`
}

export function renderNode(node: Node, options: LexicalOptions): string {
  if (!node || typeof node !== 'object') return ''
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = children(node, options)
      return inner.trim() ? `<p${attrs(node, options)}>${inner}</p>` : ''
    }
    case 'heading': {
      const level = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
      const shifted = Math.min(6, Math.max(2, level + (options.headingOffset ?? 0)))
      return `<h${shifted}${attrs(node, options)}>${children(node, options)}</h${shifted}>`
    }
    case 'quote':
      return `<blockquote${attrs(node, options)}>${children(node, options)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      const start = tag === 'ol' && node.start > 1 ? ` start="${Number(node.start)}"` : ''
      return `<${tag}${start}>${children(node, options)}</${tag}>`
    }
    case 'listitem': {
      // A nested list arrives as a list item whose only child is the list.
      return `<li${attrs(node, options)}>${children(node, options)}</li>`
    }
    case 'link':
    case 'autolink':
      return renderLink(node, options)
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
    case 'relationship':
    case 'block':
      return ''
    default:
      // Unknown node types still show their text rather than vanish.
      return children(node, options)
  }
}

export function renderNodes(nodes: Node[], options: LexicalOptions): string {
  return nodes.map((node) => renderNode(node, options)).join('')
}

/** Plain text of a Lexical state (for descriptions and feeds). */
export function plainText(state: unknown, max = Infinity): string {
  const parts: string[] = []
  const walk = (node: Node) => {
    if (node?.type === 'text') parts.push(String(node.text ?? ''))
    if (node?.type === 'linebreak') parts.push(' ')
    if (Array.isArray(node?.children)) {
      node.children.forEach(walk)
      if (['paragraph', 'heading', 'listitem', 'quote'].includes(node.type)) parts.push(' ')
    }
  }
  walk((state as Node)?.root)
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}
