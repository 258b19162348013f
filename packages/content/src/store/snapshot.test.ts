import { describe, expect, it } from 'vitest'
import { populate } from './populate.ts'
import { ContentSnapshot } from './snapshot.ts'

type Raw = Record<string, any>

const sites = [
  { id: 's-central', slug: 'casablanca', name: { ar: 'الدار البيضاء' }, kind: 'central' },
  { id: 's-anfa', slug: 'anfa', name: { ar: 'أنفا' }, kind: 'arrondissement' },
  { id: 's-maarif', slug: 'maarif', name: { ar: 'المعاريف' }, kind: 'arrondissement' },
].map((s) => ({
  ...s,
  domain: `${s.slug}.ma`,
  code: s.slug.slice(0, 3).toUpperCase(),
  accentColor: '#0a6e78',
}))

const image = (id: string, alt = 'صورة'): Raw => ({
  id,
  url: `/api/media/file/${id}.jpg`,
  width: 1600,
  height: 900,
  filesize: 1000,
  mimeType: 'image/jpeg',
  alt: { ar: alt },
  sizes: {},
})

const news = (id: string, site: string, extra: Raw = {}): Raw => ({
  id,
  site,
  slug: `item-${id}`,
  title: { ar: `خبر ${id}` },
  category: 'culture',
  publishedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  _status: 'published',
  ...extra,
})

function snapshotOf(docs: Record<string, Raw[]>) {
  const snapshot = new ContentSnapshot({ absolute: (url) => `http://cms${url}` })
  snapshot.apply(
    Object.entries({ sites, ...docs }).flatMap(([collection, list]) =>
      list.map((doc) => ({ collection: collection as never, id: doc.id, doc })),
    ),
  )
  return snapshot
}

describe('joining depth-0 documents from the store', () => {
  it('puts the related documents where their ids were, in fields and in rich text, and names what it asked for', () => {
    const stored: Record<string, Raw> = {
      'media:m1': image('m1'),
      'pages:p1': { id: 'p1', path: 'about' },
    }
    const lookup = (collection: string, id: string) => stored[`${collection}:${id}`]
    const { doc, refs } = populate(
      'news',
      news('n1', 's-anfa', {
        heroImage: 'm1',
        featuredOn: ['s-maarif'],
        body: {
          ar: {
            root: {
              children: [
                { type: 'upload', relationTo: 'media', value: 'm1' },
                {
                  type: 'link',
                  fields: { linkType: 'internal', doc: { relationTo: 'pages', value: 'p1' } },
                  children: [{ type: 'text', text: 'x' }],
                },
                { type: 'upload', relationTo: 'media', value: 'gone' },
              ],
            },
          },
        },
      }),
      lookup as never,
    )
    expect(doc.heroImage.url).toBe('/api/media/file/m1.jpg')
    expect(doc.body.ar.root.children[0].value.id).toBe('m1')
    expect(doc.body.ar.root.children[1].fields.doc.value).toEqual({ id: 'p1', path: 'about' })
    // Not in the store (a draft, deleted): the bare id, as Payload answers an anonymous reader.
    expect(doc.body.ar.root.children[2].value).toBe('gone')
    expect(doc.featuredOn).toEqual(['s-maarif'])
    expect([...refs].sort()).toEqual(
      ['media:gone', 'media:m1', 'pages:p1', 'sites:s-anfa', 'sites:s-maarif'].sort(),
    )
    expect(doc.id).toBe('n1')
  })
})

describe('the store in memory', () => {
  it('shows each site what it publishes: its own, and the portal’s featured on it', () => {
    const snapshot = snapshotOf({
      news: [
        news('a', 's-anfa'),
        news('m', 's-maarif'),
        news('c', 's-central'),
        news('f', 's-central', { featuredOn: ['s-anfa'] }),
      ],
    })
    const ids = (slug: string) =>
      snapshot
        .scoped('news', slug)
        .map((e) => e.id)
        .sort()
    expect(ids('anfa')).toEqual(['a', 'f'])
    expect(ids('maarif')).toEqual(['m'])
    expect(ids('casablanca')).toEqual(['c', 'f'])
  })

  it('after a change, drops exactly the changed documents and those that joined them', () => {
    const snapshot = snapshotOf({
      media: [image('m1')],
      news: [news('a', 's-anfa', { heroImage: 'm1' }), news('b', 's-anfa')],
    })
    const illustrated = snapshot.entry('news', 'a')!
    const plain = snapshot.entry('news', 'b')!
    expect(illustrated.data.hero?.alt.ar).toBe('صورة')
    const stale = snapshot.apply([{ collection: 'media', id: 'm1', doc: image('m1', 'صورة أخرى') }])
    expect([...stale].sort()).toEqual(['media:m1', 'news:a'])
    const after = snapshot.entry('news', 'a')!
    expect(after.data.hero?.alt.ar).toBe('صورة أخرى')
    expect(after.digest).not.toBe(illustrated.digest)
    expect(snapshot.entry('news', 'b')).toBe(plain)
  })

  it('an answer made of documents is digested from their digests: equal content, equal digest', () => {
    const a = snapshotOf({ news: [news('a', 's-anfa'), news('b', 's-anfa')] })
    const b = snapshotOf({ news: [news('b', 's-anfa'), news('a', 's-anfa')] })
    const list = (s: ContentSnapshot) => ['a', 'b'].map((id) => s.entry('news', id)!.data)
    expect(a.digest(list(a))).toBe(b.digest(list(b)))
    expect(a.digest(list(a))).not.toBe(a.digest([...list(a)].reverse()))
    expect(a.digest({ items: list(a), total: 1 })).not.toBe(a.digest({ items: list(a), total: 2 }))
  })

  it('keeps out, and reports, what does not pass its schema', () => {
    const snapshot = snapshotOf({ news: [news('bad', 's-anfa', { title: {} })] })
    expect(snapshot.entry('news', 'bad')).toBeUndefined()
    expect(snapshot.issues('anfa').errors).toEqual([
      "news 'item-bad' (site anfa): field 'title' is required (it is empty in every locale)",
    ])
    expect(snapshot.issues('maarif').errors).toEqual([])
  })
})
