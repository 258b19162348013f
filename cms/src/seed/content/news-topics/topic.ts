import type { Spot } from '../facts.ts'
import type { Names } from '../helpers.ts'
import type { Loc, Motif, NewsCategory, Paras } from '../types.ts'

/** What a topic template is written against: the district's names and two of its places. */
export interface TopicContext {
  n: Names
  s1: Spot
  s2: Spot
}

export interface TopicText {
  title: Loc
  summary: Loc
  body: Paras
}

export interface TopicEn {
  title: string
  summary: string
  body: string[]
}

/** A news template for an arrondissement; `en` only on the topics that are translated. */
export interface Topic {
  key: string
  category: NewsCategory
  motif: Motif
  build: (c: TopicContext) => TopicText
  en?: (c: TopicContext) => TopicEn
}
