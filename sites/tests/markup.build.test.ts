/**
 * html-validate over every page the sites serve: each built page of the 17 sites, and the
 * on-demand pages (the forms blank and sent back with errors, tracking, search with results)
 * as the sites server answers them. One finding fails the test, naming the page, the rule and
 * the line. The rules turned off are listed in support/markup.ts, each with why.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HtmlValidate, type Message } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localeCodes, siteSlugs } from '@bawaba/registry'
import { eServices } from '@bawaba/schemas'
import { postForm, renderForm, ripe, rulesOf } from './support/forms.ts'
import { ensureSitesServer, get } from './support/server.ts'
import { siteDir, siteFiles } from './support/dist.ts'
import { markupRules } from './support/markup.ts'

const validator = new HtmlValidate(markupRules)

function describeMessages(page: string, messages: Message[]): string[] {
  return messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
}

async function problemsOf(html: string, page: string): Promise<string[]> {
  const report = await validator.validateString(html, page)
  return report.results.flatMap((result) => describeMessages(page, result.messages))
}

describe.each(siteSlugs)('built pages of %s', (slug) => {
  it('pass html-validate', async () => {
    const pages = siteFiles(slug).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(50)
    const problems: string[] = []
    for (const page of pages)
      problems.push(
        ...(await problemsOf(readFileSync(join(siteDir(slug), page), 'utf8'), `${slug}/${page}`)),
      )
    expect(problems.slice(0, 40)).toEqual([])
  })
})

describe('on-demand pages', () => {
  let stop: () => Promise<void>
  beforeAll(async () => {
    stop = await ensureSitesServer()
  })
  afterAll(() => stop?.())

  const forms = eServices
  it.each(localeCodes)(
    'the forms, tracking and search in %s pass html-validate',
    async (locale) => {
      const problems: string[] = []
      for (const site of ['anfa', 'casablanca']) {
        const paths = [
          ...forms.map((service) => `/${locale}/e-services/${service}/`),
          `/${locale}/e-services/track/`,
          `/${locale}/search/`,
          `/${locale}/search/?q=${encodeURIComponent(locale === 'fr' ? 'naissance' : 'عقد الازدياد')}`,
        ]
        for (const path of paths) {
          const answer = await get(`${site}.localhost`, path)
          expect(answer.status, `${site}${path}`).toBe(200)
          problems.push(...(await problemsOf(answer.body, `${site}${path}`)))
        }
      }
      expect(problems).toEqual([])
    },
  )

  it('a form sent back with errors passes html-validate, in every locale', async () => {
    // Plain posts with nothing filled in: the pages come back with a summary and messages.
    const rendered = await Promise.all(
      localeCodes.map((locale) => renderForm('anfa', locale, 'complaint')),
    )
    await ripe(rendered.at(-1)!)
    const problems: string[] = []
    for (const [index, locale] of localeCodes.entries()) {
      const answer = await postForm('anfa', locale, 'complaint', {
        token: rendered[index]!.token,
        website: '',
      })
      expect(answer.status).toBe(400)
      expect(rulesOf(answer)).toMatchObject({ category: 'required', description: 'required' })
      problems.push(...(await problemsOf(answer.body, `anfa complaint (${locale}, errors)`)))
    }
    expect(problems).toEqual([])
  })
})
