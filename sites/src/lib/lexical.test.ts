import { describe, expect, it } from 'vitest'
import { plainText, renderNodes, safeHref, textAlign, type LexicalOptions } from './lexical.ts'
import { localizeHref } from './urls.ts'
import { accentPalette, contrast } from './color.ts'
import { examples } from './lexical.examples.ts'

const fr: LexicalOptions = { locale: 'fr', dir: 'ltr', newTabLabel: '(nouvel onglet)' }
const ar: LexicalOptions = { locale: 'ar', dir: 'rtl', newTabLabel: '(نافذة جديدة)' }

describe('lexical rendering', () => {
  for (const example of examples) {
    it(example.name, () => {
      expect(renderNodes(example.nodes, example.locale === 'ar' ? ar : fr)).toBe(example.html)
    })
  }

  it('never prints left or right alignment', () => {
    expect(textAlign('right', 'rtl')).toBe('start')
    expect(textAlign('left', 'rtl')).toBe('end')
    expect(textAlign('left', 'ltr')).toBe('start')
    expect(textAlign('end', 'rtl')).toBe('end')
    expect(textAlign('', 'rtl')).toBeNull()
  })

  it('demotes headings under the page h1', () => {
    const h = (tag: string, headingOffset = 0) =>
      renderNodes([{ type: 'heading', tag, children: [{ type: 'text', text: 'T' }] }], {
        ...fr,
        headingOffset,
      })
    expect(h('h1')).toBe('<h2>T</h2>')
    expect(h('h2', 1)).toBe('<h3>T</h3>')
    expect(h('h6', 2)).toBe('<h6>T</h6>')
  })

  it('keeps only safe hrefs', () => {
    expect(safeHref('javascript:alert(1)', 'fr')).toBeNull()
    expect(safeHref('//evil.example', 'fr')).toBeNull()
    expect(safeHref('data:text/html,x', 'fr')).toBeNull()
    expect(safeHref('https://www.casablancacity.ma', 'fr')).toBe('https://www.casablancacity.ma')
    expect(safeHref('tel:+212522000000', 'fr')).toBe('tel:+212522000000')
    expect(safeHref('/services/', 'ar')).toBe('/ar/services/')
  })

  it('reads hrefs as browsers do: no script behind stripped tabs or control characters', () => {
    for (const url of ['java\tscript:alert(1)', '\x01javascript:alert(1)', 'java\nscript:x']) {
      expect(safeHref(url, 'fr'), JSON.stringify(url)).toBeNull()
      const link = { type: 'link', fields: { url }, children: [{ type: 'text', text: 'clic' }] }
      expect(renderNodes([{ type: 'paragraph', children: [link] }], fr)).toBe('<p>clic</p>')
    }
    expect(safeHref('/\\evil.example', 'fr')).toBeNull()
  })

  it('extracts plain text', () => {
    const state = { root: { children: examples[0]!.nodes } }
    expect(plainText(state)).toBe('Bonjour le monde')
    expect(plainText(state, 8)).toBe('Bonjour…')
  })
})

describe('hrefs', () => {
  it('adds the page locale to locale-less internal paths only', () => {
    expect(localizeHref('/about/history/', 'fr')).toBe('/fr/about/history/')
    expect(localizeHref('/about/history', 'ar')).toBe('/ar/about/history/')
    expect(localizeHref('/en/news/', 'fr')).toBe('/en/news/')
    expect(localizeHref('/', 'zgh')).toBe('/zgh/')
    expect(localizeHref('/fr/rss.xml', 'fr')).toBe('/fr/rss.xml')
    expect(localizeHref('/services/#horaires', 'fr')).toBe('/fr/services/#horaires')
    expect(localizeHref('https://x.ma/a', 'fr')).toBe('https://x.ma/a')
  })
})

describe('accent colours', () => {
  it('darkens an accent too light for white text', () => {
    const { accent, soft } = accentPalette('#4fb3bf')
    expect(contrast(accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(accent, soft)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps every registry default readable', async () => {
    const { sites } = await import('@bawaba/registry')
    for (const site of sites) {
      expect(
        contrast(accentPalette(site.accent).accent, '#ffffff'),
        site.slug,
      ).toBeGreaterThanOrEqual(4.5)
    }
  })
})
