import type { Paras } from './content/types.ts'

export type Direction = 'rtl' | 'ltr'

export interface LexicalText {
  type: 'text'
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  text: string
  version: 1
}

interface LexicalElementBase {
  children: LexicalText[]
  direction: Direction
  format: ''
  indent: 0
  version: 1
}

export interface LexicalHeading extends LexicalElementBase {
  type: 'heading'
  tag: 'h2'
}

export interface LexicalParagraph extends LexicalElementBase {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
}

export interface LexicalState {
  root: {
    type: 'root'
    children: (LexicalHeading | LexicalParagraph)[]
    direction: Direction
    format: ''
    indent: 0
    version: 1
  }
}

export interface LocalizedLexical {
  ar: LexicalState
  fr: LexicalState
  zgh?: LexicalState
  en?: LexicalState
}

function textNode(text: string): LexicalText {
  return { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }
}

/** Payload Lexical editor state: an optional h2 followed by one paragraph per string. */
export function paragraphsToLexical(
  paragraphs: string[],
  opts: { heading?: string; dir?: Direction } = {},
): LexicalState {
  const direction = opts.dir ?? 'ltr'
  const base = { direction, format: '', indent: 0, version: 1 } as const
  const children: (LexicalHeading | LexicalParagraph)[] = []
  if (opts.heading) {
    children.push({ ...base, type: 'heading', tag: 'h2', children: [textNode(opts.heading)] })
  }
  for (const p of paragraphs) {
    children.push({
      ...base,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: p ? [textNode(p)] : [],
    })
  }
  return { root: { ...base, type: 'root', children } }
}

/** One editor state per written locale; only Arabic is right-to-left. */
export function localizedLexical(
  paras: Paras,
  heading?: { ar: string; fr: string; zgh?: string; en?: string },
): LocalizedLexical {
  const out: LocalizedLexical = {
    ar: paragraphsToLexical(paras.ar, { heading: heading?.ar, dir: 'rtl' }),
    fr: paragraphsToLexical(paras.fr, { heading: heading?.fr, dir: 'ltr' }),
  }
  if (paras.zgh) out.zgh = paragraphsToLexical(paras.zgh, { heading: heading?.zgh, dir: 'ltr' })
  if (paras.en) out.en = paragraphsToLexical(paras.en, { heading: heading?.en, dir: 'ltr' })
  return out
}
