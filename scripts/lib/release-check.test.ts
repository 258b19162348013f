import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { localeCodes, siteOrigin } from '@bawaba/registry'
import { describe, expect, it } from 'vitest'
import { checkRelease } from './release-check.ts'

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-'))
  const all: Record<string, string> = {
    'index.html': '<a href="/ar/">ar</a>',
    '404.html': '',
    ...Object.fromEntries(localeCodes.map((l) => [`${l}/index.html`, ''])),
    ...files,
  }
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  return root
}

describe('the release check', () => {
  it('passes a whole site whose links resolve', () => {
    const root = site({
      'ar/news/x/index.html': `<a href="/ar/news/x/">self</a><a href="${siteOrigin('anfa')}/ar/?q=1#top">home</a><img src="/_astro/a.webp"><a href="/ar/news/x">no slash</a>`,
      '_astro/a.webp': '',
    })
    const check = checkRelease(root, 'anfa')
    expect(check.problems).toEqual([])
    expect(check.pages).toBe(2 + localeCodes.length + 1)
    expect(check.links).toBe(5)
  })

  it('names a missing required page', () => {
    const root = site({})
    const check = checkRelease(join(root, 'ar'), 'anfa')
    expect(check.problems).toContain('missing page: /404.html')
  })

  it('names each broken internal link and the page it is on', () => {
    const root = site({
      'ar/news/x/index.html':
        '<a href="/ar/no-such-page/">gone</a><img src="/_astro/missing.webp">',
    })
    expect(checkRelease(root, 'anfa').problems).toEqual([
      'broken link on /ar/news/x/index.html: /ar/no-such-page/',
      'broken link on /ar/news/x/index.html: /_astro/missing.webp',
    ])
  })

  it('leaves other sites, on-demand routes and the search index alone', () => {
    const root = site({
      'ar/a/index.html': [
        `<a href="${siteOrigin('maarif')}/ar/nowhere/">other site</a>`,
        '<a href="https://www.service-public.ma/x">national platform</a>',
        '<a href="/ar/e-services/complaint/">form</a>',
        '<a href="/api/altcha/">api</a>',
        '<script src="/pagefind/pagefind.js"></script>',
        '<a href="//cdn.example/x">protocol-relative</a>',
        '<a href="mailto:x@y.ma">mail</a>',
      ].join(''),
    })
    expect(checkRelease(root, 'anfa').problems).toEqual([])
  })

  it('counts what it does not list', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/ar/gone-${i}/">x</a>`).join('')
    const problems = checkRelease(site({ 'ar/b/index.html': links }), 'anfa').problems
    expect(problems).toHaveLength(21)
    expect(problems.at(-1)).toBe('… and 10 more broken links')
  })
})
