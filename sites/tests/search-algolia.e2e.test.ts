/**
 * The search page of a site built with Algolia keys, in Chromium: it queries the locale's
 * index with the search-only key through Algolia's lite client, limited to its own site, and
 * renders the hits. Algolia's hosts are answered by the test (page.route): no network.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSitesServer, type SitesServer } from '../../scripts/serve-sites.ts'
import { openBrowser } from '../../tests/support/browser.ts'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const site = 'hay-mohammadi'
const keys = {
  ALGOLIA_APP_ID: 'BAWABAE2E',
  ALGOLIA_SEARCH_KEY: 'search-only-e2e',
  ALGOLIA_ADMIN_KEY: 'admin-e2e-never-shipped',
}

describe('a site searching with Algolia', () => {
  let dist: string
  let server: SitesServer

  beforeAll(async () => {
    const scratch = join(process.env.BAWABA_DATA_DIR ?? join(repo, '.data'), 'builds-for-tests')
    mkdirSync(scratch, { recursive: true })
    dist = mkdtempSync(join(scratch, 'algolia-e2e-'))
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        join(repo, 'node_modules', '.bin', 'tsx'),
        ['scripts/build-sites.ts', '--site', site],
        {
          cwd: repo,
          env: {
            ...process.env,
            ...keys,
            BAWABA_DIST: dist,
            BAWABA_CACHE_DIR: join(dist, 'cache'),
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
      let errors = ''
      child.stderr.on('data', (chunk) => (errors += chunk))
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`build of ${site} failed: ${errors}`)),
      )
    })
    // The search page is rendered on demand: the server reads the search-only keys at run time,
    // as in production (the admin key is never needed there).
    process.env.ALGOLIA_APP_ID = keys.ALGOLIA_APP_ID
    process.env.ALGOLIA_SEARCH_KEY = keys.ALGOLIA_SEARCH_KEY
    server = await startSitesServer({ port: 0, dist })
  }, 300_000)

  afterAll(async () => {
    delete process.env.ALGOLIA_APP_ID
    delete process.env.ALGOLIA_SEARCH_KEY
    await server?.close()
    if (dist) rmSync(dist, { recursive: true, force: true })
  })

  it('queries bawaba_fr with the search key, for its own site, and shows the hits', async () => {
    const browser = await openBrowser()
    const queries: Array<{ url: string; headers: Record<string, string>; body: any }> = []
    try {
      await browser.route(/algolia(net)?\.(net|com|io)\//, async (route) => {
        const request = route.request()
        queries.push({
          url: request.url(),
          headers: request.headers(),
          body: JSON.parse(request.postData() ?? '{}'),
        })
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify({
            results: [
              {
                hits: [
                  {
                    objectID: 'news:1:fr',
                    title: 'Marché solidaire',
                    url: 'http://hay-mohammadi.localhost:4321/fr/news/marche-solidaire/',
                    site,
                    type: 'news',
                    _snippetResult: {
                      summary: {
                        value: 'Un __bawaba_mark__marché__/bawaba_mark__ <b>solidaire</b>',
                      },
                    },
                  },
                  {
                    objectID: 'procedures:3:fr',
                    title: 'Légalisation de signature',
                    url: 'http://casablanca.localhost:4321/fr/procedures/legalisation-signature/',
                    site: 'casablanca',
                    type: 'procedure',
                    _snippetResult: {
                      summary: { value: 'Au __bawaba_mark__marché__/bawaba_mark__' },
                    },
                  },
                ],
                nbHits: 2,
                page: 0,
                hitsPerPage: 20,
                processingTimeMS: 1,
                query: 'marché',
                params: '',
              },
            ],
          }),
        })
      })
      const page = await browser.newPage()
      await page.goto(`${server.url(site)}/fr/search/?q=${encodeURIComponent('marché')}`)
      const links = page.locator('[data-search-results] a')
      // The server's Pagefind results come first; the island replaces them with Algolia's.
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-search-results] a')
            ?.getAttribute('href')
            ?.includes('marche-solidaire'),
        undefined,
        { timeout: 20_000 },
      )
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        'http://hay-mohammadi.localhost:4321/fr/news/marche-solidaire/',
        // The portal's procedure, opened on this district's own copy of the catalogue.
        `${server.url(site)}/fr/procedures/legalisation-signature/`,
      ])
      expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('marché')
      // The record's own markup is shown as text, never as HTML.
      expect(await page.locator('[data-search-results] b').count()).toBe(0)
      expect(await page.locator('.search-excerpt').first().textContent()).toBe(
        'Un marché <b>solidaire</b>',
      )
      // Pagefind was not loaded.
      expect(
        await page.evaluate(() =>
          performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/')),
        ),
      ).toBe(false)
    } finally {
      await browser.dispose()
    }
    expect(queries.length).toBeGreaterThan(0)
    const [query] = queries
    expect(new URL(query!.url).hostname).toMatch(/^bawabae2e/i)
    const sentKey =
      query!.headers['x-algolia-api-key'] ??
      new URL(query!.url).searchParams.get('x-algolia-api-key')
    expect(sentKey).toBe(keys.ALGOLIA_SEARCH_KEY)
    expect(query!.body.requests[0]).toMatchObject({
      indexName: 'bawaba_fr',
      query: 'marché',
      facetFilters: [[`site:${site}`, 'type:procedure']],
    })
  })
})
