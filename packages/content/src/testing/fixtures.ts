/**
 * Documents shaped like the CMS's REST answers (`locale=all`, `depth=1`), inputs for the unit
 * tests of normalisation. They follow the contract in the brief, not the CMS's code.
 */
type Raw = Record<string, any>

export const siteIds = { casablanca: 'site-cas', anfa: 'site-anf', maarif: 'site-maa' }

export function rawSite(slug: keyof typeof siteIds, extra: Raw = {}): Raw {
  return {
    id: siteIds[slug],
    slug,
    name: { ar: `اسم ${slug}`, fr: `Nom ${slug}` },
    kind: slug === 'casablanca' ? 'central' : 'arrondissement',
    prefecture: slug === 'casablanca' ? null : { ar: 'عمالة', fr: 'Préfecture' },
    domain: `${slug}.example.ma`,
    code: slug.slice(0, 3).toUpperCase(),
    contact: { address: { fr: '1 rue X' }, phone: '+212 5 22 00 00 00', email: null, hours: null },
    social: [{ network: 'facebook', url: 'https://facebook.com/x' }],
    accentColor: '#0a6e78',
    logo: null,
    location: null,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  }
}

export function rawMedia(id: string, extra: Raw = {}): Raw {
  return {
    id,
    site: siteIds.anfa,
    url: `/api/media/file/${id}.jpg`,
    filename: `${id}.jpg`,
    mimeType: 'image/jpeg',
    width: 1200,
    height: 800,
    alt: { ar: 'صورة', fr: 'Une image', zgh: null, en: '' },
    caption: null,
    credit: 'Commune',
    focalX: 30,
    focalY: null,
    sizes: {
      thumbnail: {
        url: `/api/media/file/${id}-480.jpg`,
        width: 480,
        height: 320,
        mimeType: 'image/jpeg',
        filename: 'x',
      },
      card: {
        url: `/api/media/file/${id}-960.jpg`,
        width: 960,
        height: 640,
        mimeType: 'image/jpeg',
        filename: 'x',
      },
      hero: { url: null, width: null, height: null, mimeType: null, filename: null },
    },
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  }
}

export function lexical(text: string, extra: Raw[] = []): Raw {
  return {
    root: {
      type: 'root',
      direction: 'rtl',
      format: '',
      children: [
        { type: 'paragraph', format: 'start', children: [{ type: 'text', text, format: 0 }] },
        ...extra,
      ],
    },
  }
}

export const emptyLexical = {
  root: { type: 'root', children: [{ type: 'paragraph', children: [] }] },
}

let counter = 0
export function rawNews(slug: string, extra: Raw = {}): Raw {
  counter++
  return {
    id: `news-${slug}`,
    site: rawSite('anfa'),
    slug,
    title: { ar: `عنوان ${slug}`, fr: `Titre ${slug}`, zgh: null, en: null },
    summary: { ar: 'ملخص', fr: '' },
    body: { ar: lexical('نص'), fr: emptyLexical },
    category: 'culture',
    publishedAt: '2025-03-01T10:00:00.000Z',
    heroImage: rawMedia(`m-${counter}`),
    featuredOn: [],
    _status: 'published',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...extra,
  }
}

export function rawPage(slug: string, path: string, extra: Raw = {}): Raw {
  return {
    id: `page-${path.replace(/\//g, '-')}`,
    site: siteIds.anfa,
    slug,
    path,
    title: { ar: `صفحة ${slug}`, fr: `Page ${slug}` },
    summary: null,
    parent: null,
    layout: [],
    _status: 'published',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...extra,
  }
}
