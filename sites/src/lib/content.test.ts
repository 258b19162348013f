/**
 * What a page reads decides which changes touch it: pages made of the real getters (content.ts)
 * over a real content store in memory record their queries; after a change to the store, asking
 * those queries again (`pagesToRender`, as the renderer does) names exactly the pages whose
 * output the change can alter, and no other.
 */
import { ContentSnapshot } from '@bawaba/content/store'
import { describe, expect, it } from 'vitest'
import { getLatestNews, getNewsEntry, getNewsItem, getNewsPage, getSite } from './content.ts'
import { withRenderContext, type Dependency, type RenderContext } from './context.ts'
import { pagesToRender } from './query.ts'

type Raw = Record<string, any>

const sites: Raw[] = [
  { id: 's-central', slug: 'casablanca', name: { ar: 'الدار البيضاء' }, kind: 'central' },
  { id: 's-anfa', slug: 'anfa', name: { ar: 'أنفا' }, kind: 'arrondissement' },
  { id: 's-maarif', slug: 'maarif', name: { ar: 'المعاريف' }, kind: 'arrondissement' },
].map((s) => ({
  ...s,
  domain: `${s.slug}.ma`,
  code: s.slug.slice(0, 3).toUpperCase(),
  accentColor: '#0a6e78',
}))

/** A published news item of `site`, `day` days after 1 October (a later day is newer). */
const news = (id: string, site: string, day: number, extra: Raw = {}): Raw => ({
  id,
  site,
  slug: `item-${id}`,
  title: { ar: `خبر ${id}` },
  category: 'culture',
  publishedAt: new Date(Date.UTC(2026, 9, 1 + day, 10)).toISOString(),
  updatedAt: '2026-11-30T10:00:00.000Z',
  _status: 'published',
  ...extra,
})

const image = (id: string, alt: string): Raw => ({
  id,
  url: `/api/media/file/${id}.jpg`,
  width: 1600,
  height: 900,
  filesize: 1000,
  mimeType: 'image/jpeg',
  alt: { ar: alt },
  sizes: {},
})

/** Anfa's pages, each as the getters it calls (what its template reads). */
const pages: Record<string, () => unknown> = {
  home: () => [getSite(), getLatestNews(3)],
  news: () => getNewsEntry(),
  'news/page/1': () => getNewsPage(1),
  'news/page/2': () => getNewsPage(2),
  'news/page/3': () => getNewsPage(3),
  'news/item-a01': () => [getSite(), getNewsItem('item-a01')],
  'news/item-a40': () => [getSite(), getNewsItem('item-a40')],
  'news/item-c1': () => [getSite(), getNewsItem('item-c1')],
}

/**
 * Forty anfa items (a01 oldest … a40 newest): numbered from the oldest, page 1 holds a01–a12,
 * page 2 a13–a24, the entry page a25–a40 (no page 3 yet); one of maarif, one central.
 */
function city() {
  const store = new ContentSnapshot({ absolute: (url) => `http://cms${url}` })
  const docs: Record<string, Raw[]> = {
    sites,
    media: [image('m1', 'صورة')],
    news: [
      ...Array.from({ length: 40 }, (_, i) =>
        news(
          `a${String(i + 1).padStart(2, '0')}`,
          's-anfa',
          i + 1,
          i === 0 ? { heroImage: 'm1' } : {},
        ),
      ),
      news('m1', 's-maarif', 20),
      // Dated between a02 and a03; on no anfa page until featured there.
      news('c1', 's-central', 2.5),
    ],
  }
  store.apply(
    Object.entries(docs).flatMap(([collection, list]) =>
      list.map((doc) => ({ collection: collection as never, id: doc.id, doc })),
    ),
  )
  return store
}

const context = (
  store: ContentSnapshot,
  dependencies?: Map<string, Dependency>,
): RenderContext => ({
  site: 'anfa',
  origin: 'https://anfa.ma',
  now: new Date('2026-12-01T10:00:00Z'),
  store,
  dependencies,
})

/** Renders every page, as the full build does: each page's queries, and the site's answers. */
function renderAll(store: ContentSnapshot) {
  const answers = new Map<string, Dependency>()
  const queries = new Map<string, string[]>()
  for (const [page, read] of Object.entries(pages)) {
    const dependencies = new Map<string, Dependency>()
    withRenderContext(context(store, dependencies), read)
    queries.set(page, [...dependencies.keys()])
    for (const [key, answer] of dependencies) answers.set(key, answer)
  }
  return { answers, queries }
}

/** The pages a change touches: render everything, change the store, ask the queries again. */
function touchedBy(change: { collection: string; id: string; doc: Raw | null }[]) {
  const store = city()
  const { answers, queries } = renderAll(store)
  store.apply(change.map((c) => ({ ...c, collection: c.collection as never })) as never)
  return pagesToRender(context(store), answers, Object.keys(pages), (p) => queries.get(p)).pages
}

describe('what a page reads decides which changes touch it', () => {
  it('records the queries the page asked, by name and arguments', () => {
    const { queries } = renderAll(city())
    expect(queries.get('news')).toEqual(['newsEntry:[]'])
    expect(queries.get('news/page/2')).toEqual(['newsPage:[2]'])
    expect(queries.get('news/item-a01')).toEqual(['site:[]', 'newsItem:["item-a01"]'])
    expect(queries.get('home')).toEqual(['site:[]', 'latestNews:[3]'])
  })

  it('numbers the list from the oldest: the entry page the newest 12–23, then pages of twelve', () => {
    const store = city()
    const slugs = (items: { slug: string }[]) => items.map((n) => n.slug.slice(5))
    withRenderContext(context(store), () => {
      const entry = getNewsEntry()
      expect(entry.older).toBe(2)
      expect(slugs(entry.items)).toEqual(
        Array.from({ length: 16 }, (_, i) => `a${String(40 - i).padStart(2, '0')}`),
      )
      expect(slugs(getNewsPage(1)!.items)).toEqual(
        Array.from({ length: 12 }, (_, i) => `a${String(12 - i).padStart(2, '0')}`),
      )
      expect(getNewsPage(1)!.newer).toBe(2)
      expect(getNewsPage(2)!.newer).toBe(0)
      expect(getNewsPage(3)).toBeNull()
      expect(getNewsPage(0)).toBeNull()
    })
  })

  it('nothing changed: no page', () => {
    expect(touchedBy([])).toEqual([])
  })

  it('an edited title: the item’s page and the list page that shows it, not the other list pages nor the home', () => {
    const edited = news('a01', 's-anfa', 1, { heroImage: 'm1', title: { ar: 'عنوان جديد' } })
    expect(touchedBy([{ collection: 'news', id: 'a01', doc: edited }])).toEqual([
      'news/page/1',
      'news/item-a01',
    ])
  })

  it('a new item, the newest: the home and the entry page only — no numbered page shifts', () => {
    const fresh = news('a41', 's-anfa', 41)
    expect(touchedBy([{ collection: 'news', id: 'a41', doc: fresh }])).toEqual(['home', 'news'])
  })

  it('the item that completes a twelve: a new numbered page, and the newer link of the one before', () => {
    const fresh = Array.from({ length: 8 }, (_, i) => news(`a${41 + i}`, 's-anfa', 41 + i))
    expect(
      touchedBy(fresh.map((doc) => ({ collection: 'news', id: doc.id as string, doc }))),
    ).toEqual(['home', 'news', 'news/page/2', 'news/page/3'])
  })

  it('the newest item unpublished: its page, the home and the entry page', () => {
    expect(touchedBy([{ collection: 'news', id: 'a40', doc: null }])).toEqual([
      'home',
      'news',
      'news/item-a40',
    ])
  })

  it('the oldest item unpublished: its page and every list page, all of which shift', () => {
    expect(touchedBy([{ collection: 'news', id: 'a01', doc: null }])).toEqual([
      'news',
      'news/page/1',
      'news/page/2',
      'news/item-a01',
    ])
  })

  it('another arrondissement’s item: no page of anfa', () => {
    const edited = news('m1', 's-maarif', 20, { title: { ar: 'آخر' } })
    expect(touchedBy([{ collection: 'news', id: 'm1', doc: edited }])).toEqual([])
  })

  it('a central item featured on anfa, dated today: its page there, the home and the entry page', () => {
    const featured = news('c1', 's-central', 45, { featuredOn: ['s-anfa'] })
    expect(touchedBy([{ collection: 'news', id: 'c1', doc: featured }])).toEqual([
      'home',
      'news',
      'news/item-c1',
    ])
  })

  it('a central item featured on anfa, dated in the past: every list page newer than its date shifts', () => {
    // Dated between a02 and a03: page 1 takes it, and each page passes its newest item on.
    const featured = news('c1', 's-central', 2.5, { featuredOn: ['s-anfa'] })
    expect(touchedBy([{ collection: 'news', id: 'c1', doc: featured }])).toEqual([
      'news',
      'news/page/1',
      'news/page/2',
      'news/item-c1',
    ])
  })

  it('the photo’s alt text: the pages that show the item with its photo, through the join', () => {
    expect(touchedBy([{ collection: 'media', id: 'm1', doc: image('m1', 'صورة أخرى') }])).toEqual([
      'news/page/1',
      'news/item-a01',
    ])
  })

  it('the site’s name: every page that shows it', () => {
    const renamed = sites.map((s) =>
      s.slug === 'anfa' ? { ...s, name: { ar: 'أنفا الجديدة' } } : s,
    )
    expect(
      touchedBy([
        { collection: 'sites', id: 's-anfa', doc: renamed.find((s) => s.slug === 'anfa')! },
      ]),
    ).toEqual(['home', 'news/item-a01', 'news/item-a40', 'news/item-c1'])
  })
})
