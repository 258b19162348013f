import { describe, expect, it } from 'vitest'
import { prng } from '../random.ts'
import { article } from './text.ts'

describe('generated text', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = Array.from(
      { length: 5 },
      (
        (r) => () =>
          article(r)
      )(prng(7)),
    )
    const b = Array.from(
      { length: 5 },
      (
        (r) => () =>
          article(r)
      )(prng(7)),
    )
    const c = Array.from(
      { length: 5 },
      (
        (r) => () =>
          article(r)
      )(prng(8)),
    )
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
  })

  it('writes every locale, Arabic in Arabic script, Amazigh in Tifinagh', () => {
    const text = article(prng(1))
    expect(text.title.ar).toMatch(/[\u0600-\u06ff]/)
    expect(text.title.zgh).toMatch(/[\u2d30-\u2d7f]/)
    expect(text.title.fr).toMatch(/[a-z]/)
    for (const locale of ['ar', 'fr', 'zgh', 'en'] as const) {
      expect(text.paragraphs[locale].length).toBeGreaterThanOrEqual(2)
      expect(text.paragraphs[locale].join(' ')).not.toContain('{place}')
    }
  })
})
