import { describe, expect, it } from 'vitest'
import {
  isEmptyRichText,
  localizedText,
  normalizeBlock,
  normalizeLink,
  normalizeMedia,
  normalizeNews,
  normalizePage,
  normalizeSettings,
  normalizeSite,
  type NormalizeContext,
} from './normalize.ts'
import { pick, text, writtenIn } from './localized.ts'
import { validate } from './validate.ts'
import * as schemas from '@bawaba/schemas'
import {
  emptyLexical,
  lexical,
  rawMedia,
  rawNews,
  rawPage,
  rawSite,
  siteIds,
} from './testing/fixtures.ts'

function ctx(extra: Partial<NormalizeContext> = {}): NormalizeContext {
  return {
    site: 'anfa',
    siteSlugs: new Map(Object.entries(siteIds).map(([slug, id]) => [id, slug])),
    absolute: (url) => new URL(url, 'http://cms.test/').href,
    pagePaths: new Map([['page-about', 'about']]),
    issues: [],
    ...extra,
  }
}
const ref = { kind: 'news', key: 'x', site: 'anfa' }

describe('localized fields', () => {
  it('drops blank and null translations so fallback can be seen', () => {
    expect(localizedText({ ar: 'نص', fr: '  ', zgh: null, en: 'Text' })).toEqual({
      ar: 'نص',
      en: 'Text',
    })
    expect(localizedText(null)).toEqual({})
    expect(localizedText('plain')).toEqual({ ar: 'plain' })
  })

  it('treats the editor’s empty paragraph as no text', () => {
    expect(isEmptyRichText(emptyLexical)).toBe(true)
    expect(isEmptyRichText(lexical('x'))).toBe(false)
    expect(isEmptyRichText(null)).toBe(true)
  })

  it('picks along the fallback chain and flags the fallback', () => {
    const value = { ar: 'عربي', fr: 'Français' }
    expect(pick(value, 'fr')).toEqual({ value: 'Français', locale: 'fr', fallback: false })
    expect(pick(value, 'en')).toEqual({ value: 'Français', locale: 'fr', fallback: true })
    expect(pick(value, 'zgh')).toEqual({ value: 'عربي', locale: 'ar', fallback: true })
    expect(pick({ fr: 'Seul' }, 'ar')).toBeNull()
    expect(text({ fr: 'Seul' }, 'en')).toBe('Seul')
    expect(writtenIn({ ar: 'x', fr: '', en: null })).toEqual(['ar'])
  })
})

describe('media', () => {
  it('makes URLs absolute, keeps only existing sizes, defaults the focal point', () => {
    const media = normalizeMedia(rawMedia('a'), ctx(), ref, 'hero')!
    expect(media.url).toBe('http://cms.test/api/media/file/a.jpg')
    expect(Object.keys(media.sizes)).toEqual(['thumbnail', 'card'])
    expect(media.sizes.card!.url).toBe('http://cms.test/api/media/file/a-960.jpg')
    expect(media.alt).toEqual({ ar: 'صورة', fr: 'Une image' })
    expect([media.focalX, media.focalY]).toEqual([30, 50])
  })

  it('warns about an unpopulated image instead of inventing one', () => {
    const c = ctx()
    expect(normalizeMedia('some-id', c, ref, 'heroImage')).toBeNull()
    expect(c.issues[0]!.message).toBe(
      "news 'x' (site anfa): field 'heroImage': image some-id was not populated",
    )
  })
})

describe('links', () => {
  it('resolves a populated page link to its locale-less path', () => {
    const link = normalizeLink(
      {
        label: { fr: 'Histoire' },
        type: 'page',
        page: { id: 'p', path: 'about/history' },
        url: null,
      },
      ctx(),
      ref,
      'link',
    )
    expect(link).toEqual({ label: { fr: 'Histoire' }, href: '/about/history/', external: false })
  })

  it('resolves a bare page id through the site’s page paths', () => {
    const link = normalizeLink(
      { label: { ar: 'من نحن' }, type: 'page', page: 'page-about' },
      ctx(),
      ref,
      'l',
    )
    expect(link?.href).toBe('/about/')
  })

  it('drops links to unknown pages and unsafe URLs, with a warning', () => {
    const c = ctx()
    expect(
      normalizeLink({ label: { fr: 'x' }, type: 'page', page: 'gone' }, c, ref, 'a'),
    ).toBeNull()
    expect(
      normalizeLink({ label: { fr: 'x' }, type: 'url', url: 'javascript:alert(1)' }, c, ref, 'b'),
    ).toBeNull()
    expect(c.issues.map((issue) => issue.level)).toEqual(['warning', 'warning'])
  })

  it('marks absolute http(s) URLs external, not mailto or paths', () => {
    const url = (u: string) =>
      normalizeLink({ label: { fr: 'x' }, type: 'url', url: u }, ctx(), ref, 'l')
    expect(url('https://www.service-public.ma')?.external).toBe(true)
    expect(url('mailto:contact@anfa.ma')?.external).toBe(false)
    expect(url('/fr/news/')?.external).toBe(false)
    // Read as browsers read them: a stripped tab or control character hides no scheme.
    expect(url('java\tscript:alert(1)')).toBeNull()
    expect(url('\x01javascript:alert(1)')).toBeNull()
    expect(url('//evil.example/')).toBeNull()
  })
})

describe('documents', () => {
  it('normalises news: site as slug, written locales, hero, validated by the schema', () => {
    const c = ctx()
    const news = normalizeNews(rawNews('budget'), c)
    expect(news.site).toBe('anfa')
    expect(news.locales).toEqual(['ar', 'fr'])
    expect(news.summary).toEqual({ ar: 'ملخص' })
    expect(Object.keys(news.body!)).toEqual(['ar'])
    expect(news.hero?.url).toMatch(/^http:\/\/cms\.test\//)
    expect(validate(schemas.news, news, ref, c.issues)).not.toBeNull()
    expect(c.issues).toEqual([])
  })

  it('keeps featured central items recognisable by their site', () => {
    const news = normalizeNews(
      rawNews('plan', { site: siteIds.casablanca, featuredOn: [rawSite('anfa'), siteIds.maarif] }),
      ctx(),
    )
    expect(news.site).toBe('casablanca')
    expect(news.featuredOn).toEqual(['anfa', 'maarif'])
  })

  it('reports a title empty in every locale, naming site, document and field', () => {
    const c = ctx()
    normalizeNews(rawNews('sans-titre', { title: { ar: '', fr: null } }), c)
    expect(c.issues).toContainEqual({
      level: 'error',
      message:
        "news 'sans-titre' (site anfa): field 'title' is required (it is empty in every locale)",
    })
  })

  it('names the locale of a bad localized field', () => {
    const c = ctx()
    const data = { ...normalizeNews(rawNews('x'), ctx()), title: { fr: 42 } }
    expect(
      validate(schemas.news, data, { kind: 'news', key: 'x', site: 'anfa' }, c.issues),
    ).toBeNull()
    expect(c.issues[0]!.message).toMatch(/^news 'x' \(site anfa, locale fr\): field 'title' /)
  })

  it('normalises pages with their path, parent and blocks', () => {
    const c = ctx()
    const page = normalizePage(
      rawPage('history', 'about/history', {
        parent: { id: 'page-about', path: 'about' },
        layout: [
          { blockType: 'richText', id: 'b1', content: { fr: lexical('Texte'), ar: emptyLexical } },
          {
            blockType: 'callToAction',
            id: 'b2',
            heading: { fr: 'Agir' },
            text: null,
            link: { label: { fr: 'Voir' }, type: 'page', page: 'page-about' },
          },
          {
            blockType: 'gallery',
            id: 'b3',
            title: null,
            images: [{ image: rawMedia('g1') }, { image: 'unpopulated' }],
          },
          { blockType: 'mystery', id: 'b4' },
        ],
      }),
      c,
    )
    expect(page.path).toBe('about/history')
    expect(page.parent).toBe('page-about')
    expect(page.layout.map((b) => b.blockType)).toEqual(['richText', 'callToAction', 'gallery'])
    expect(page.layout[1]).toMatchObject({ link: { href: '/about/' } })
    expect(page.layout[2]).toMatchObject({ images: [{ id: 'g1' }] })
    expect(c.issues.filter((i) => i.level === 'error')).toEqual([])
    expect(validate(schemas.page, page, ref, c.issues)).not.toBeNull()
  })

  it('resolves internal links and uploads inside rich text', () => {
    const body = lexical('x', [
      {
        type: 'link',
        fields: {
          linkType: 'internal',
          doc: { relationTo: 'pages', value: { id: 'p', path: 'services' } },
          newTab: false,
        },
        children: [{ type: 'text', text: 'Services', format: 0 }],
      },
      { type: 'upload', value: rawMedia('inline') },
    ])
    const news = normalizeNews(rawNews('x', { body: { fr: body } }), ctx())
    const children = news.body!.fr!.root.children
    expect(children[1].fields.url).toBe('/services/')
    expect(children[2].value.url).toBe('http://cms.test/api/media/file/inline.jpg')
  })

  it('flattens settings link rows', () => {
    const settings = normalizeSettings(
      {
        id: 's',
        site: siteIds.anfa,
        navigation: [
          { link: { label: { fr: 'À propos' }, type: 'page', page: { id: 'p', path: 'about' } } },
        ],
        footerText: { fr: 'Pied' },
        footerLinks: [],
        quickLinks: [
          { link: { label: { fr: 'Portail' }, type: 'url', url: 'https://www.watiqa.ma' } },
        ],
      },
      ctx(),
    )
    expect(settings.navigation).toEqual([
      { label: { fr: 'À propos' }, href: '/about/', external: false },
    ])
    expect(settings.quickLinks[0]!.external).toBe(true)
  })

  it('normalises a site', () => {
    const site = normalizeSite(rawSite('anfa'), ctx())
    expect(site).toMatchObject({ slug: 'anfa', kind: 'arrondissement', accentColor: '#0a6e78' })
    expect(validate(schemas.site, site, ref, [])).not.toBeNull()
  })

  it('leaves out blocks it cannot render rather than failing the site', () => {
    const c = ctx()
    expect(normalizeBlock({ blockType: 'imageWithCaption', image: null }, c, ref, 0)).toBeNull()
  })
})
