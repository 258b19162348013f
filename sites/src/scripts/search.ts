/**
 * The search page's island: runs the query typed in the page's plain form (`?q=`) and renders
 * the results under it. Pagefind's JS API (`/pagefind/pagefind.js`, written with the site's
 * index) by default; on the portal the arrondissements' indexes are merged in from their own
 * origins. When the build configured Algolia, its lite client (a separate chunk, loaded only
 * then) searches the locale's index instead.
 */
import type { SearchConfig } from '../lib/search.ts'

interface Hit {
  url: string
  title: string
  excerpt: string
  site: string
  type: string
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>
  search(term: string): Promise<{ results: PagefindResult[] } | null>
}

const perPage = 20
const root = document.querySelector<HTMLElement>('[data-search]')
if (root) enhance(root)

function enhance(root: HTMLElement) {
  const config = JSON.parse(root.dataset.config ?? '{}') as SearchConfig
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLElement>('[data-search-results]')!
  const sites = new Map(config.sites.map((s) => [s.slug, s]))
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    (config.messages[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) =>
      name in vars ? String(vars[name]) : all,
    )
  const engine = config.engine.kind === 'algolia' ? algolia(config) : pagefind(config)
  let latest = 0

  async function run(query: string) {
    const id = ++latest
    list.replaceChildren()
    if (!query) {
      status.textContent = say('search.prompt')
      return
    }
    status.textContent = say('search.loading')
    try {
      const hits = await (await engine)(query)
      if (id !== latest) return
      status.textContent = hits.length
        ? say('search.count', { count: hits.length, query })
        : say('search.none', { query })
      list.replaceChildren(...hits.map(render))
    } catch (error) {
      if (id !== latest) return
      console.error(error)
      status.textContent = say('search.error')
    }
  }

  function render(hit: Hit): HTMLLIElement {
    const item = document.createElement('li')
    const heading = document.createElement('h2')
    const link = document.createElement('a')
    link.href = hit.url
    link.textContent = hit.title
    heading.append(link)
    const meta = document.createElement('p')
    meta.className = 'search-meta'
    const labels = [say(`search.type.${hit.type}`)]
    if (hit.site !== config.site) labels.push(sites.get(hit.site)?.name ?? hit.site)
    meta.textContent = labels.join(' · ')
    const excerpt = document.createElement('p')
    excerpt.className = 'search-excerpt'
    // Both engines' excerpts are escaped text with <mark> around the matched words.
    excerpt.innerHTML = hit.excerpt
    item.append(heading, meta, excerpt)
    return item
  }

  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = initial
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = input.value.trim()
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    void run(query)
  })
  void run(initial)
}

async function pagefind(config: SearchConfig): Promise<(query: string) => Promise<Hit[]>> {
  const url = '/pagefind/pagefind.js'
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind
  await pf.options({ excerptLength: 24 })
  // A site whose index cannot be read is left out: Pagefind would fail every search with it.
  const reachable = async (origin: string) =>
    fetch(`${origin}/pagefind/pagefind-entry.json`, { cache: 'no-store' }).then(
      (response) => response.ok,
      () => false,
    )
  await Promise.all(
    config.merge.map(async (slug) => {
      const origin = config.sites.find((s) => s.slug === slug)?.origin
      if (!origin || !(await reachable(origin))) {
        console.warn(`search: the index of ${slug} cannot be read; it is left out`)
        return
      }
      await pf.mergeIndex(`${origin}/pagefind/`, { language: config.locale })
    }),
  )
  return async (query) => {
    const found = await pf.search(query)
    const data = await Promise.all(
      (found?.results ?? []).slice(0, perPage * 2).map((r) => r.data()),
    )
    return (
      data
        .map((d) => ({
          url: d.url,
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
          site: d.meta.site ?? config.site,
          type: d.meta.type ?? 'page',
        }))
        // Every site has the commune's procedure catalogue: the portal lists its own copy.
        .filter((hit) => hit.site === config.site || hit.type !== 'procedure')
        .slice(0, perPage)
    )
  }
}

// Algolia returns the record's text as stored: escape it, then turn its markers into <mark>.
const markOpen = '__bawaba_mark__'
const markClose = '__/bawaba_mark__'
function marked(snippet: string): string {
  const escaped = snippet.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
  return escaped.split(markOpen).join('<mark>').split(markClose).join('</mark>')
}

async function algolia(config: SearchConfig): Promise<(query: string) => Promise<Hit[]>> {
  if (config.engine.kind !== 'algolia') throw new Error('search: Algolia is not configured')
  const { appId, searchKey, indexName, allSites } = config.engine
  const { liteClient } = await import('algoliasearch/lite')
  const client = liteClient(appId, searchKey)
  return async (query) => {
    const { results } = await client.searchForHits<{
      url: string
      title: string
      summary?: string
      site: string
      type: string
    }>({
      requests: [
        {
          indexName,
          query,
          hitsPerPage: perPage,
          attributesToSnippet: ['summary:24'],
          highlightPreTag: markOpen,
          highlightPostTag: markClose,
          // A district: its own records, and the commune's procedures (every site has them).
          ...(allSites ? {} : { facetFilters: [[`site:${config.site}`, 'type:procedure']] }),
        },
      ],
    })
    return (results[0]?.hits ?? []).map((hit) => {
      const snippet = (hit._snippetResult as { summary?: { value?: string } } | undefined)?.summary
      return {
        // A procedure's record points at the portal; a district links its own copy of the page.
        url:
          hit.type === 'procedure' && !allSites
            ? new URL(new URL(hit.url).pathname, location.href).href
            : hit.url,
        title: hit.title,
        excerpt: marked(snippet?.value ?? ''),
        site: hit.site,
        type: hit.type,
      }
    })
  }
}
