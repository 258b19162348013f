/**
 * The search page's island where the sites are configured for Algolia (SearchIsland.astro):
 * runs the query typed in the page's plain form (`?q=`) against the locale's Algolia index
 * with the search-only key (its lite client), and renders the hits in place of the server's
 * Pagefind results. Without Algolia the page has no script: the server answers (site-search.ts).
 */
import { fillTemplate } from '@bawaba/i18n/template'
import type { SearchConfig } from '../lib/search.ts'

interface Hit {
  url: string
  title: string
  excerpt: string
  site: string
  type: string
}

const perPage = 20
const holder = document.querySelector<HTMLElement>('[data-search-config]')
const root = document.querySelector<HTMLElement>('[data-search]')
if (holder && root) enhance(root, JSON.parse(holder.dataset.searchConfig ?? '{}') as SearchConfig)

function enhance(root: HTMLElement, config: SearchConfig) {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLElement>('[data-search-results]')!
  const sites = new Map(config.sites.map((s) => [s.slug, s]))
  const intl: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' }
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    config.messages[key]
      ? fillTemplate(config.messages[key]!, vars, intl[config.locale] ?? config.locale, key)
      : key
  const engine = algolia(config)
  let latest = 0

  async function run(query: string) {
    const id = ++latest
    if (!query) {
      list.replaceChildren()
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
    item.dataset.type = hit.type
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
    // The excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = hit.excerpt
    item.append(heading, meta, excerpt)
    return item
  }

  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? ''
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
