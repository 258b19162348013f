/**
 * Rich-text examples: what the CMS sends and the HTML the sites print. They document the
 * renderer and are its tests (lexical.test.ts runs every one).
 */
import type { Locale } from '@bawaba/registry'

export interface LexicalExample {
  name: string
  locale: Locale
  nodes: Record<string, any>[]
  html: string
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })

export const examples: LexicalExample[] = [
  {
    name: 'paragraph with bold and italic',
    locale: 'fr',
    nodes: [
      {
        type: 'paragraph',
        format: '',
        children: [text('Bonjour '), text('le', 1), text(' '), text('monde', 3)],
      },
    ],
    html: '<p>Bonjour <strong>le</strong> <em><strong>monde</strong></em></p>',
  },
  {
    name: 'Arabic paragraph aligned right in the editor is aligned to its start',
    locale: 'ar',
    nodes: [{ type: 'paragraph', format: 'right', direction: 'rtl', children: [text('مرحبا')] }],
    html: '<p>مرحبا</p>',
  },
  {
    name: 'centred and end-aligned paragraphs',
    locale: 'ar',
    nodes: [
      { type: 'paragraph', format: 'center', children: [text('وسط')] },
      { type: 'paragraph', format: 'end', children: [text('نهاية')] },
    ],
    html: '<p style="text-align: center">وسط</p><p style="text-align: end">نهاية</p>',
  },
  {
    name: 'empty paragraphs left by the editor are dropped',
    locale: 'fr',
    nodes: [{ type: 'paragraph', children: [] }],
    html: '',
  },
  {
    name: 'external link opening a new tab',
    locale: 'fr',
    nodes: [
      {
        type: 'link',
        fields: { url: 'https://www.watiqa.ma', newTab: true },
        children: [text('Watiqa')],
      },
    ],
    html: '<a href="https://www.watiqa.ma" rel="noopener" target="_blank">Watiqa <span class="visually-hidden">(nouvel onglet)</span></a>',
  },
  {
    name: 'internal link gets the page locale',
    locale: 'ar',
    nodes: [{ type: 'link', fields: { url: '/services/' }, children: [text('الخدمات')] }],
    html: '<a href="/ar/services/">الخدمات</a>',
  },
  {
    name: 'unsafe link keeps its text only',
    locale: 'fr',
    nodes: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('x')] }],
    html: 'x',
  },
  {
    name: 'lists, quote, line break and escaped text',
    locale: 'fr',
    nodes: [
      {
        type: 'list',
        listType: 'number',
        start: 1,
        children: [
          { type: 'listitem', children: [text('Un <b>')] },
          { type: 'listitem', children: [text('Deux'), { type: 'linebreak' }, text('suite')] },
        ],
      },
      { type: 'quote', children: [text('Citation')] },
    ],
    html: '<ol><li>Un &lt;b&gt;</li><li>Deux<br>suite</li></ol><blockquote>Citation</blockquote>',
  },
]
