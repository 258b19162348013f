/**
 * What a page reads decides which changes touch it: pages made of the real getters (content.ts)
 * over a real content store in memory record their queries; after a change to the store, asking
 * those queries again (`pagesToRender`, as the renderer does) names exactly the pages whose
 * output the change can alter, and no other.
 */
import { ContentSnapshot } from '@bawaba/content/store'
import { describe, expect, it } from 'vitest'
import { getLatestNews, getNewsItem, getNewsPage, getSite } from './content.ts'
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

/** A published news item of `site`, `day` days into November (a later day is newer). */
const news = (id: string, site: string, day: number, extra: Raw = {}): Raw => ({
  id,
  site,
  slug: `item-${id}`,
  title: { ar: `خبر ${id}` },
  category: 'culture',
  publishedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
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
  'news/page/1': () => getNewsPage(1),
  'news/page/2': () => getNewsPage(2),
  'news/item-a01': () => [getSite(), getNewsItem('item-a01')],
  'news/item-a14': () => [getSite(), getNewsItem('item-a14')],
  'news/item-c1': () => [getSite(), getNewsItem('item-c1')],
}

/** Fourteen anfa items (a01 oldest … a14 newest: two list pages), one of maarif, one central. */
function city() {
  const store = new ContentSnapshot({ absolute: (url) => `http://cms${url}` })
  const docs: Record<string, Raw[]> = {
    sites,
    media: [image('m1', 'صورة')],
    news: [
      ...Array.from({ length: 14 }, (_, i) =>
        news(
          `a${String(i + 1).padStart(2, '0')}`,
          's-anfa',
          i + 1,
          i === 0 ? { heroImage: 'm1' } : {},
        ),
      ),
      news('m1', 's-maarif', 20),
      news('c1', 's-central', 3),
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
    expect(queries.get('news/page/2')).toEqual(['newsPage:[2]'])
    expect(queries.get('news/item-a01')).toEqual(['site:[]', 'newsItem:["item-a01"]'])
    expect(queries.get('home')).toEqual(['site:[]', 'latestNews:[3]'])
  })

  it('nothing changed: no page', () => {
    expect(touchedBy([])).toEqual([])
  })

  it('an edited title: the item’s page and the list page that shows it, not the other list page nor the home', () => {
    const edited = news('a01', 's-anfa', 1, { heroImage: 'm1', title: { ar: 'عنوان جديد' } })
    expect(touchedBy([{ collection: 'news', id: 'a01', doc: edited }])).toEqual([
      'news/page/2',
      'news/item-a01',
    ])
  })

  it('a new item, the newest: the home and both list pages (one item moves from page 1 to page 2)', () => {
    const fresh = news('a15', 's-anfa', 28)
    expect(touchedBy([{ collection: 'news', id: 'a15', doc: fresh }])).toEqual([
      'home',
      'news/page/1',
      'news/page/2',
    ])
  })

  it('an unpublished item: its page and every list it was on or that shifts', () => {
    expect(touchedBy([{ collection: 'news', id: 'a14', doc: null }])).toEqual([
      'home',
      'news/page/1',
      'news/page/2',
      'news/item-a14',
    ])
  })

  it('another arrondissement’s item: no page of anfa', () => {
    const edited = news('m1', 's-maarif', 20, { title: { ar: 'آخر' } })
    expect(touchedBy([{ collection: 'news', id: 'm1', doc: edited }])).toEqual([])
  })

  it('a central item featured on anfa: its page there and the list page its date puts it on, not page 1', () => {
    // Dated 3 November, it falls between a03 (the last of page 1) and a02: page 1 stays as it was.
    const featured = news('c1', 's-central', 3, { featuredOn: ['s-anfa'] })
    expect(touchedBy([{ collection: 'news', id: 'c1', doc: featured }])).toEqual([
      'news/page/2',
      'news/item-c1',
    ])
  })

  it('the photo’s alt text: the pages that show the item with its photo, through the join', () => {
    expect(touchedBy([{ collection: 'media', id: 'm1', doc: image('m1', 'صورة أخرى') }])).toEqual([
      'news/page/2',
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
    ).toEqual(['home', 'news/item-a01', 'news/item-a14', 'news/item-c1'])
  })
})
