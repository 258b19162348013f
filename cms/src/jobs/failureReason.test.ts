import { describe, expect, it } from 'vitest'
import { inLanguage } from '../fields/labels.ts'
import { failureReason, failureTexts } from './failureReason.ts'

describe('why a build failed, for the people who publish', () => {
  it('names the page and the broken link', () => {
    const error =
      'release 20261206T1-ab12 failed its check, the live site is unchanged:\n  broken link on /ar/news/x/index.html: /ar/no-such-page/'
    expect(failureReason(error)).toEqual({
      kind: 'brokenLink',
      detail: '/ar/news/x/index.html → /ar/no-such-page/',
    })
  })

  it('names the first content problem', () => {
    const error =
      "content of site 'anfa', collection 'content': 2 problem(s)\n  - news 'x' (site anfa): field 'title' is required\n  - news 'y' (site anfa): field 'site' unknown"
    expect(failureReason(error)).toEqual({
      kind: 'content',
      detail: "news 'x' (site anfa): field 'title' is required",
    })
  })

  it('tells a failed image fetch, an unreachable CMS and a crash apart', () => {
    expect(
      failureReason('fetching http://cms/api/media/file/a.jpg failed 5 times: ECONNRESET'),
    ).toEqual({ kind: 'fetch', detail: 'http://cms/api/media/file/a.jpg' })
    expect(
      failureReason('CMS unreachable: GET http://cms/api/news failed (ECONNREFUSED)').kind,
    ).toBe('cms')
    expect(failureReason('the renderer process stopped (SIGKILL)').kind).toBe('crash')
    expect(failureReason('something else\nand more')).toEqual({
      kind: 'other',
      detail: 'something else',
    })
    expect(failureReason(null)).toEqual({ kind: 'other', detail: undefined })
  })

  it('says it in each admin language', () => {
    for (const text of Object.values(failureTexts))
      for (const language of ['ar', 'fr', 'en']) expect(inLanguage(text, language)).toBeTruthy()
    expect(inLanguage(failureTexts.brokenLink, 'fr')).toMatch(/lien/)
    expect(inLanguage(failureTexts.brokenLink, 'ar')).toMatch(/رابط/)
  })
})
