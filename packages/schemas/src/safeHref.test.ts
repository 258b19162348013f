import { describe, expect, it } from 'vitest'
import { isSafeHref, parseHref } from './safeHref.ts'

/**
 * Hrefs read the way a browser reads them. The refused list holds what an attacker typed into
 * a rich-text link (issue 11, item 5): each is `javascript:` to a browser once it has dropped
 * what the URL parser drops.
 */
const scripts = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  '\x01javascript:alert(1)',
  '\x00javascript:alert(1)',
  '\x1fjavascript:alert(1)',
  ' \t\njavascript:alert(1)',
  'javascript:alert(1)\x00',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
]

describe('parseHref', () => {
  it.each(scripts)('refuses %j', (href) => {
    expect(parseHref(href)).toBeNull()
    // What a browser makes of it, for the record: never a web, mail or phone link.
    let protocol = 'none'
    try {
      protocol = new URL(href).protocol
    } catch {}
    expect(['http:', 'https:', 'mailto:', 'tel:']).not.toContain(protocol)
  })

  it('refuses links that leave the site without a scheme, and control characters inside', () => {
    for (const href of ['//evil.example', '/\\evil.example', '\\\\evil.example', '\\/evil.example'])
      expect(parseHref(href), href).toBeNull()
    expect(parseHref('/a\x01b')).toBeNull()
    expect(parseHref('https://x.ma/\x7f')).toBeNull()
    expect(parseHref('')).toBeNull()
    expect(parseHref(' \t')).toBeNull()
    expect(parseHref('mailto:')).toBeNull()
    expect(parseHref('https://')).toBeNull()
    expect(parseHref(42)).toBeNull()
    expect(parseHref(`/${'a'.repeat(3000)}`)).toBeNull()
  })

  it('keeps web, mail, phone and same-site links, without what browsers strip', () => {
    expect(parseHref('https://www.casablancacity.ma')).toEqual({
      href: 'https://www.casablancacity.ma',
      kind: 'web',
    })
    expect(parseHref('http://example.ma/a?b=1#c')?.kind).toBe('web')
    expect(parseHref(' https://rokhas.ma/\n')?.href).toBe('https://rokhas.ma/')
    expect(parseHref('mailto:contact@casablancacity.ma')?.kind).toBe('mailto')
    expect(parseHref('tel:+212522000000')?.kind).toBe('tel')
    expect(parseHref('/services/')).toEqual({ href: '/services/', kind: 'path' })
    expect(parseHref('services/etat-civil/')?.kind).toBe('path')
    expect(parseHref('#horaires')).toEqual({ href: '#horaires', kind: 'fragment' })
    expect(parseHref('?page=2')?.kind).toBe('query')
    // Not a scheme (a space before the colon): a harmless relative path to browsers too.
    expect(parseHref('javascript :alert(1)')?.kind).toBe('path')
    expect(isSafeHref('https://idarati.ma/')).toBe(true)
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false)
  })
})
