/**
 * Search in the built sites (BAWABA_DIST, built by the orchestrator with scripts/build-sites.ts,
 * which writes each site's Pagefind index): the index per language with Arabic and French
 * stemming, what is indexed and what is not, the search page in every locale (rendered on
 * demand, results from the server, no script), procedures' keywords indexed and weighted, the
 * sites server's cross-origin answer for the portal; and one site built with Algolia keys, whose
 * search page uses the search key and never the admin key.
 */
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '@bawaba/i18n'
import { localeCodes, siteSlugs } from '@bawaba/registry'
import type { SearchConfig } from '../src/lib/search.ts'
import { readSiteFile, siteDir, siteFiles } from './support/dist.ts'
import { startSitesServer } from '../../scripts/serve-sites.ts'
import { ensureSitesServer, get, sitesPort } from './support/server.ts'

const repo = fileURLToPath(new URL('../..', import.meta.url))
// Inside the repository: a site's server bundle resolves its packages from node_modules.
const scratch = () => {
  const dir = join(process.env.BAWABA_DATA_DIR ?? join(repo, '.data'), 'builds-for-tests')
  mkdirSync(dir, { recursive: true })
  return dir
}

function configOf(html: string): SearchConfig {
  const raw = /data-search-config="([^"]*)"/.exec(html)?.[1]
  if (!raw) throw new Error('no data-search-config on the search page')
  return JSON.parse(
    raw
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  )
}

describe.each(siteSlugs)('site %s', (slug) => {
  it('has a Pagefind index per locale, with Arabic and French stemming', () => {
    const entry = JSON.parse(readSiteFile(slug, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, { wasm: string | null; page_count: number }>
    }
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes].sort())
    expect(entry.languages.ar!.wasm).toBe('ar')
    expect(entry.languages.fr!.wasm).toBe('fr')
    for (const locale of localeCodes) expect(entry.languages[locale]!.page_count).toBeGreaterThan(0)
    // Pagefind's own UIs are not shipped: the search page renders results itself.
    expect(siteFiles(slug).filter((f) => /^pagefind\/pagefind-.*ui/.test(f))).toEqual([])
  })

  it('indexes articles of its own, not home or list pages, nor portal items featured here', () => {
    const home = readSiteFile(slug, 'fr/index.html')
    const list = readSiteFile(slug, 'fr/news/index.html')
    expect(home).not.toContain('data-pagefind-body')
    expect(list).not.toContain('data-pagefind-body')
    const dir = join(siteDir(slug), 'fr', 'news')
    const articles = readdirSync(dir)
      .filter((name) => name !== 'page' && !name.endsWith('.html'))
      .map((name) => readFileSync(join(dir, name, 'index.html'), 'utf8'))
    expect(articles.length).toBeGreaterThan(0)
    for (const html of articles) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!
      const own = new URL(canonical).hostname.startsWith(`${slug}.`)
      expect(html.includes('data-pagefind-body'), canonical).toBe(own)
      if (own) {
        expect(html).toContain(
          `<meta name="bawaba:site" content="${slug}" data-pagefind-filter="site[content]" data-pagefind-meta="site[content]">`,
        )
        expect(html).toContain(
          '<meta name="bawaba:type" content="news" data-pagefind-filter="type[content]" data-pagefind-meta="type[content]">',
        )
      }
    }
  })

  it('shows procedures’ everyday words on their pages, weighted for the index', () => {
    const html = readSiteFile(slug, 'ar/procedures/birth-certificate-full-copy/index.html')
    const keywords = /<p class="keywords"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
    expect(keywords).toContain('data-pagefind-weight="7"')
    expect(keywords).toContain('عقد الازدياد')
    expect(readSiteFile(slug, 'fr/procedures/birth-certificate-full-copy/index.html')).toContain(
      'acte de naissance',
    )
    // A procedure has pages only in the languages it is written in: its Amazigh words (seeded)
    // wait for an Amazigh page; none is written yet.
    expect(siteFiles(slug)).not.toContain('zgh/procedures/birth-certificate-full-copy/index.html')
  })
})

describe('the search page, on demand', () => {
  let stop: () => Promise<void>
  beforeAll(async () => {
    stop = await ensureSitesServer()
  })
  afterAll(() => stop?.())

  it.each(siteSlugs)(
    '%s: a plain form in every locale, the results from the server, no script',
    async (slug) => {
      // Not a file any more: the sites server answers it from the site's bundle.
      expect(siteFiles(slug).filter((file) => /^\w+\/search\/index\.html$/.test(file))).toEqual([])
      for (const l of localeCodes) {
        const page = await get(`${slug}.localhost`, `/${l}/search/`)
        expect(page.status).toBe(200)
        expect(page.body).toMatch(
          new RegExp(`<form[^>]*action="/${l}/search/"[^>]*method="get"[^>]*data-search-form`),
        )
        expect(page.body).toContain(t(l, 'search.prompt'))
        expect(page.body).not.toMatch(/<script[^>]*src=/)
        // Every page's main navigation links to it.
        expect(readSiteFile(slug, `${l}/index.html`)).toContain(`href="/${l}/search/"`)
      }
      const found = await get(
        `${slug}.localhost`,
        `/ar/search/?q=${encodeURIComponent('عقد الازدياد')}`,
      )
      expect(found.status).toBe(200)
      expect(found.headers['cache-control']).toBe('no-cache')
      expect(found.body).toContain('<meta name="robots" content="noindex">')
      expect(found.body).toContain('href="/ar/procedures/birth-certificate-full-copy/"')
    },
  )

  it('answers a site from its own host, and nothing for an unknown one', async () => {
    const answer = await get('maarif.localhost', `/fr/search/?q=${encodeURIComponent('naissance')}`)
    expect(answer.body).toContain('href="/fr/procedures/birth-certificate-full-copy/"')
    const unknown = await get('elsewhere.localhost', '/fr/search/?q=x')
    expect(unknown.status).toBe(404)
  })

  it('takes odd queries without failing: long, control characters, markup', async () => {
    for (const q of ['x'.repeat(5000), '\u0000\u0007abc', '<script>alert(1)</script>', '"><b>']) {
      const answer = await get('anfa.localhost', `/fr/search/?q=${encodeURIComponent(q)}`)
      expect(answer.status, q.slice(0, 20)).toBe(200)
      // The query comes back only as text: quoted in the box's value, escaped in the status.
      expect(answer.body.replace(/ value="[^"]*"/g, '')).not.toContain('<script>alert(1)</script>')
    }
  })
})

describe('the sites server and the portal’s merged search', () => {
  let stop: () => Promise<void>
  beforeAll(async () => {
    stop = await ensureSitesServer()
  })
  afterAll(() => stop?.())

  it('lets the portal, and only the portal, read a site’s index cross-origin', async () => {
    for (const origin of [
      `http://localhost:${sitesPort}`,
      `http://casablanca.localhost:${sitesPort}`,
    ]) {
      const answer = await get('anfa.localhost', '/pagefind/pagefind-entry.json', { origin })
      expect(answer.status).toBe(200)
      expect(answer.headers['access-control-allow-origin']).toBe(origin)
      expect(String(answer.headers.vary)).toMatch(/origin/)
    }
    const other = await get('anfa.localhost', '/pagefind/pagefind-entry.json', {
      origin: `http://maarif.localhost:${sitesPort}`,
    })
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
    // Other files are not shared.
    const page = await get('anfa.localhost', '/fr/', { origin: `http://localhost:${sitesPort}` })
    expect(page.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('serves Pagefind’s compressed chunks as they are', async () => {
    const wasm = await get('anfa.localhost', '/pagefind/wasm.ar.pagefind', {
      'accept-encoding': 'gzip, br',
    })
    expect(wasm.status).toBe(200)
    expect(wasm.headers['content-type']).toBe('application/octet-stream')
    expect(wasm.headers['content-encoding']).toBeUndefined()
    const meta = siteFiles('anfa').find((f) => f.endsWith('.pf_meta'))!
    const chunk = await get('anfa.localhost', `/${meta}`, { 'accept-encoding': 'gzip, br' })
    expect(chunk.headers['content-type']).toBe('application/octet-stream')
    expect(chunk.headers['content-encoding']).toBeUndefined()
  })
})

describe('a site built with Algolia keys', () => {
  const site = 'ain-sebaa'
  const keys = {
    ALGOLIA_APP_ID: 'BAWABATEST',
    ALGOLIA_SEARCH_KEY: 'search-only-key-3f9c',
    ALGOLIA_ADMIN_KEY: 'admin-key-never-shipped-7d21',
  }
  let dist: string

  beforeAll(async () => {
    dist = mkdtempSync(join(scratch(), 'algolia-'))
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
  }, 300_000)
  afterAll(() => dist && rmSync(dist, { recursive: true, force: true }))

  /** The site's search page in `locale`, rendered by its bundle with the keys in the server's env. */
  async function searchPage(locale: string): Promise<string> {
    const server = await startSitesServer({ port: 0, dist })
    Object.assign(process.env, keys)
    try {
      // node:http, not fetch: fetch would not send our Host header (the site is read from it).
      return await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: `/${locale}/search/`,
            headers: { host: `${site}.localhost:${server.port}` },
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk) => chunks.push(chunk))
            res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
          },
        )
        req.on('error', reject)
        req.end()
      })
    } finally {
      for (const name of Object.keys(keys)) delete process.env[name]
      await server.close()
    }
  }

  it('searches with Algolia’s lite client and the search-only key', async () => {
    for (const locale of localeCodes) {
      const config = configOf(await searchPage(locale))
      expect(config.engine).toEqual({
        kind: 'algolia',
        appId: keys.ALGOLIA_APP_ID,
        searchKey: keys.ALGOLIA_SEARCH_KEY,
        indexName: `bawaba_${locale}`,
        allSites: false,
      })
    }
  })

  it('ships the admin key nowhere: no page, script or index file contains it', async () => {
    const root = join(dist, 'sites', site)
    const leaks = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => {
      try {
        return readFileSync(join(root, file)).includes(keys.ALGOLIA_ADMIN_KEY)
      } catch {
        return false // a folder
      }
    })
    expect(leaks).toEqual([])
    // Nor the page rendered while the server knows it: the search key is there, the admin key not.
    const page = await searchPage('fr')
    expect(page).toContain(keys.ALGOLIA_SEARCH_KEY)
    expect(page).not.toContain(keys.ALGOLIA_ADMIN_KEY)
  })
})
