/**
 * Search in Chromium with JavaScript off (the server renders the results, lib/site-search.ts):
 * - an Arabic news item published in the CMS, then its site built (Astro + Pagefind index,
 *   as scripts/build-sites.ts does) into a folder of its own and served: `/ar/search/` finds it;
 * - on the stack's built sites, the portal's search finds an arrondissement's item through the
 *   merged indexes;
 * - the everyday words of a procedure find it, in every language ("عقد الازدياد" the copy of a
 *   birth certificate), typed in the search box and sent with Enter.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '@bawaba/i18n'
import {
  adminClient,
  type AdminClient,
  type Json,
} from '../../packages/content/src/testing/cms-admin.ts'
import { startSitesServer, type SitesServer } from '../../scripts/serve-sites.ts'
import { openBrowser } from '../../tests/support/browser.ts'
import { siteDir } from './support/dist.ts'
import { expectReadable, usePhonePage } from './support/reading.ts'
import { ensureSitesServer, siteUrl } from './support/server.ts'

const repo = fileURLToPath(new URL('../..', import.meta.url))
// Inside the repository: a site's server bundle resolves its packages from node_modules.
const scratch = () => {
  const dir = join(process.env.BAWABA_DATA_DIR ?? join(repo, '.data'), 'builds-for-tests')
  mkdirSync(dir, { recursive: true })
  return dir
}
const site = 'sidi-othmane'
const slug = 'search-e2e-arabic'
// A word no seeded item uses, so only the new item can answer it.
const word = 'السنجاب'

function buildSite(dist: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(repo, 'node_modules', '.bin', 'tsx'),
      ['scripts/build-sites.ts', '--site', site],
      {
        cwd: repo,
        env: { ...process.env, BAWABA_DIST: dist, BAWABA_CACHE_DIR: join(dist, 'cache') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build of ${site} failed:\n${output}`)),
    )
  })
}

async function searchIn(url: string, selector = '[data-search-results] a') {
  const browser = await openBrowser({ javaScriptEnabled: false })
  try {
    const page = await browser.newPage()
    const answer = await page.goto(url)
    expect(answer?.status()).toBe(200)
    return {
      status: (await page.locator('[data-search-status]').textContent()) ?? '',
      links: await page
        .locator(selector)
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    }
  } finally {
    await browser.dispose()
  }
}

describe('search finds a just-published Arabic item', () => {
  let cms: AdminClient
  let created: Json | undefined
  let dist: string
  let server: SitesServer

  const purge = async () => {
    for (const doc of await cms.list('news', { where: { slug: { equals: slug } } }))
      await cms.remove('news', doc.id)
  }

  beforeAll(async () => {
    cms = await adminClient()
    await purge()
    created = await cms.create('news', {
      site: cms.siteIds[site],
      category: 'culture',
      slug,
      title: `${word} في حديقة الجامعة العربية`,
      summary: `شوهد ${word} صباح اليوم بين أشجار الحديقة.`,
      _status: 'published',
    })
    dist = mkdtempSync(join(scratch(), 'search-'))
    await buildSite(dist)
    server = await startSitesServer({ port: 0, dist })
  }, 300_000)

  afterAll(async () => {
    await server?.close()
    if (cms) await purge()
    if (dist) rmSync(dist, { recursive: true, force: true })
  })

  it('the new item is in the site’s Arabic index, and /ar/search/ finds it', async () => {
    expect(created?.id).toBeTruthy()
    const entry = JSON.parse(
      readFileSync(join(dist, 'sites', site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    )
    expect(entry.languages.ar.wasm).toBe('ar')
    const { status, links } = await searchIn(
      `${server.url(site)}/ar/search/?q=${encodeURIComponent(word)}`,
    )
    expect(links).toEqual([`${server.url(site)}/ar/news/${slug}/`])
    expect(status).toBe(t('ar', 'search.count', { count: 1, query: word }))
  })
})

describe('the portal searches every site', () => {
  let stop: () => Promise<void>
  beforeAll(async () => {
    stop = await ensureSitesServer()
  })
  afterAll(() => stop?.())

  it('finds an arrondissement’s item through the merged indexes', async () => {
    // An anfa news item of its own (indexed there; portal items featured on anfa are not).
    const dir = join(siteDir('anfa'), 'fr', 'news')
    const own = readdirSync(dir)
      .filter((name) => name !== 'page' && !name.endsWith('.html'))
      .map((name) => ({ name, html: readFileSync(join(dir, name, 'index.html'), 'utf8') }))
      .find((item) => item.html.includes('data-pagefind-body'))
    expect(own).toBeDefined()
    const title = /<h1[^>]*>([^<]+)<\/h1>/
      .exec(own!.html)![1]!
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim()
    const { links } = await searchIn(
      `${siteUrl('casablanca', '/fr/search/')}?q=${encodeURIComponent(title)}`,
    )
    expect(links).toContain(siteUrl('anfa', `/fr/news/${own!.name}/`))
  })

  it.each([
    ['ar', 'عقد الازدياد'],
    ['fr', 'acte de naissance'],
    ['en', 'birth certificate'],
    ['zgh', 'ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵍⴰⵍⵉⵜ'],
  ])(
    'finds the birth certificate copy by its everyday words, typed without JavaScript (%s)',
    async (locale, words) => {
      const browser = await openBrowser({ javaScriptEnabled: false })
      try {
        const page = await browser.newPage()
        await page.goto(siteUrl('anfa', `/${locale}/search/`))
        expect(await page.locator('[data-search-status]').textContent()).toBe(
          t(locale as 'ar', 'search.prompt'),
        )
        await page.fill('#search-q', words)
        await page.press('#search-q', 'Enter')
        await page.waitForURL(/\?q=/)
        const links = await page
          .locator('[data-search-results] a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
        // The procedure is written in Arabic and French only: Amazigh readers find its Arabic
        // page, English readers its French one (as the lists link them), by their own words.
        const written = ({ zgh: 'ar', en: 'fr' } as Record<string, string>)[locale] ?? locale
        const path = `/${written}/procedures/birth-certificate-full-copy/`
        expect(links.slice(0, 5)).toContain(path)
        if (written !== locale)
          expect(
            await page
              .locator(`[data-search-results] h2:has(a[href="${path}"])`)
              .getAttribute('lang'),
          ).toBe(written)
        // The query stays in the box, and the page has no script at all.
        expect(await page.inputValue('#search-q')).toBe(words)
        expect(await page.locator('script[src]').count()).toBe(0)
      } finally {
        await browser.dispose()
      }
    },
  )
})

describe('the search page at 360 px', () => {
  const page = usePhonePage()
  for (const slug of ['casablanca', 'anfa']) {
    for (const locale of ['ar', 'fr'] as const) {
      it(`${slug} ${locale}: accessible, right direction, no sideways scroll`, () =>
        expectReadable(page(), slug, locale, 'search/'))
    }
  }
})
