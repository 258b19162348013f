import { describe, expect, it } from 'vitest'
import { target, urlsIn, xmlProblem } from './dist.ts'

describe('build test helpers', () => {
  it('finds URLs, including srcset candidates', () => {
    const urls = urlsIn(
      '<img src="/a.jpg" srcset="/a-1.jpg 360w, /a-2.jpg 720w"><a href=\'/fr/\'>x</a>',
    )
    expect(urls.map((u) => u.value)).toEqual(['/a.jpg', '/a-1.jpg', '/a-2.jpg', '/fr/'])
  })

  it('resolves relative and same-origin URLs to a site path', () => {
    expect(target('anfa', 'fr/news/index.html', 'x/')).toEqual({
      slug: 'anfa',
      path: '/fr/news/x/',
    })
    expect(target('anfa', 'fr/index.html', '/_astro/a.css')).toEqual({
      slug: 'anfa',
      path: '/_astro/a.css',
    })
    expect(target('anfa', 'fr/index.html', 'https://www.watiqa.ma/')).toBeNull()
    expect(target('anfa', 'fr/index.html', 'mailto:x@y.ma')).toBeNull()
  })

  it('checks XML well-formedness', () => {
    expect(xmlProblem('<?xml version="1.0"?><a><b x="1"/><c>t &amp; u</c></a>')).toBeNull()
    expect(xmlProblem('<a><b></a>')).toMatch(/closes/)
    expect(xmlProblem('<a>t & u</a>')).toMatch(/entity/)
    expect(xmlProblem('<a/><b/>')).toMatch(/2 root/)
  })
})
