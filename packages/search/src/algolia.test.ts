import { describe, expect, it } from 'vitest'
import {
  normalizeHeritagePlace,
  normalizeNews,
  normalizePage,
  normalizeProcedure,
  type NormalizeContext,
} from '@bawaba/content'
import {
  lexical,
  rawMedia,
  rawNews,
  rawPage,
  rawSite,
  siteIds,
} from '../../content/src/testing/fixtures.ts'
import { indexSettings, recordsFor, syncAlgolia } from './algolia.ts'
import { memoryRequester } from './testing.ts'

/**
 * Records are built from documents normalised by the content package (fixtures shaped like
 * the CMS's answers); the Algolia client is the real one, answered by its custom requester.
 */

const ctx = (): NormalizeContext => ({
  site: 'anfa',
  siteSlugs: new Map(Object.entries(siteIds).map(([slug, id]) => [id, slug])),
  absolute: (url) => new URL(url, 'http://cms.test').href,
  issues: [],
})
const env = {
  ALGOLIA_APP_ID: 'APPID',
  ALGOLIA_ADMIN_KEY: 'admin-secret',
  BAWABA_ORIGINS: 'production',
}

describe('recordsFor', () => {
  it('makes one record per real translation, on the owner site’s origin', () => {
    const news = normalizeNews(
      rawNews('mediatheque', {
        title: { ar: 'افتتاح المكتبة', fr: 'Ouverture de la médiathèque', zgh: null, en: null },
        summary: { ar: 'ملخص الخبر', fr: '' },
        body: { ar: lexical('نص الخبر'), fr: lexical('Le texte de la nouvelle') },
      }),
      ctx(),
    )
    const records = recordsFor('news', news, env)
    expect(records.map((r) => r.objectID)).toEqual([
      'news:news-mediatheque:ar',
      'news:news-mediatheque:fr',
    ])
    const [ar, fr] = records
    expect(ar).toMatchObject({
      title: 'افتتاح المكتبة',
      summary: 'ملخص الخبر',
      content: 'نص الخبر',
      url: 'https://anfa.casablancacity.ma/ar/news/mediatheque/',
      site: 'anfa',
      collection: 'news',
      type: 'news',
      date: '2025-03-01T10:00:00.000Z',
      timestamp: Date.parse('2025-03-01T10:00:00.000Z') / 1000,
      lang: 'ar',
    })
    // No French summary: the start of the text stands in.
    expect(fr!.summary).toBe('Le texte de la nouvelle')
    expect(fr!.url).toBe('https://anfa.casablancacity.ma/fr/news/mediatheque/')
  })

  it('uses the page path for pages, and the words of their blocks', () => {
    const page = normalizePage(
      rawPage('history', 'about/history', {
        layout: [
          { blockType: 'richText', content: { ar: lexical('تاريخ المقاطعة') } },
          {
            blockType: 'accordion',
            items: [{ question: { ar: 'متى أنشئت؟' }, answer: { ar: lexical('سنة 1992') } }],
          },
          { blockType: 'linkList', links: [] },
        ],
      }),
      ctx(),
    )
    const [record] = recordsFor('pages', page, env)
    expect(record!.url).toBe('https://anfa.casablancacity.ma/ar/about/history/')
    expect(record!.type).toBe('page')
    expect(record!.content).toBe('تاريخ المقاطعة متى أنشئت؟ سنة 1992')
  })

  it('puts a heritage place on its own site, with its history and first photo', () => {
    const place = normalizeHeritagePlace(
      {
        id: 'place-1',
        site: rawSite('anfa'),
        slug: 'villa-mokri',
        category: 'art-deco',
        name: { ar: 'فيلا المقري', fr: 'Villa Mokri' },
        period: { ar: 'القرن العشرون', fr: 'XXe siècle' },
        summary: { fr: 'Une villa de 1930.' },
        history: { ar: lexical('بنيت الفيلا سنة 1930'), fr: lexical('Construite en 1930') },
        gallery: [rawMedia('m-villa')],
        updatedAt: '2025-04-02T08:00:00.000Z',
      },
      ctx(),
    )
    const [ar, fr] = recordsFor('heritage-places', place, env)
    expect(ar).toMatchObject({
      objectID: 'heritage-places:place-1:ar',
      title: 'فيلا المقري',
      summary: 'القرن العشرون بنيت الفيلا سنة 1930',
      url: 'https://anfa.casablancacity.ma/ar/heritage/villa-mokri/',
      site: 'anfa',
      type: 'heritage',
      date: '2025-04-02T08:00:00.000Z',
    })
    expect(fr!.summary).toBe('Une villa de 1930.')
    expect(fr!.content).toBe('XXe siècle Construite en 1930')
    expect(fr!.image).toMatch(/^http:\/\/cms\.test\//)
  })

  it('puts a procedure on the portal, searchable by its documents and conditions', () => {
    const procedure = normalizeProcedure(
      {
        id: 'proc-1',
        slug: 'birth-certificate',
        theme: 'civil-status',
        title: { ar: 'عقد الازدياد', fr: 'Extrait d’acte de naissance' },
        summary: { fr: 'Obtenir un extrait.' },
        audience: { fr: 'Toute personne née à Casablanca' },
        documents: [{ item: { ar: 'البطاقة الوطنية', fr: 'Carte nationale' } }],
        cost: { fr: 'Gratuit' },
        keywords: [
          { language: 'ar', words: 'عقد الازدياد\nشهادة الميلاد، لاكوبي' },
          { language: 'fr', words: 'acte de naissance' },
          { language: 'zgh', words: 'ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵍⴰⵍⵉⵜ' },
          { language: 'fr', words: '  ' },
        ],
        updatedAt: '2025-05-01T09:00:00.000Z',
      },
      ctx(),
    )
    const [ar, fr] = recordsFor('procedures', procedure, env)
    // The everyday words, per language, searchable right after the title.
    expect(ar!.keywords).toEqual(['عقد الازدياد', 'شهادة الميلاد', 'لاكوبي'])
    expect(fr!.keywords).toEqual(['acte de naissance'])
    expect(indexSettings('fr').searchableAttributes.slice(0, 2)).toEqual(['title', 'keywords'])
    expect(fr).toMatchObject({
      objectID: 'procedures:proc-1:fr',
      url: 'https://casablancacity.ma/fr/procedures/birth-certificate/',
      site: 'casablanca',
      type: 'procedure',
      summary: 'Obtenir un extrait.',
      content: 'Toute personne née à Casablanca Carte nationale Gratuit',
      image: null,
    })
    expect(ar!.content).toBe('البطاقة الوطنية')
  })
})

describe('indexSettings', () => {
  it('sets the language of each locale index, and the site as a facet', () => {
    expect(indexSettings('ar')).toMatchObject({
      indexLanguages: ['ar'],
      queryLanguages: ['ar'],
      attributesForFaceting: ['site', 'type'],
    })
    expect(indexSettings('fr').indexLanguages).toEqual(['fr'])
    // Algolia has no Amazigh: that index stays language-neutral.
    expect(indexSettings('zgh').indexLanguages).toEqual([])
  })
})

describe('syncAlgolia', () => {
  it('does nothing without keys', async () => {
    const { requester, seen } = memoryRequester()
    const result = await syncAlgolia({
      env: {},
      clientOptions: { requester },
      changes: [{ collection: 'news', id: 1, action: 'delete' }],
    })
    expect(result).toBeNull()
    expect(seen).toEqual([])
  })

  it('deletes every locale’s record on unpublish and delete, after the settings', async () => {
    const { requester, seen } = memoryRequester()
    const result = await syncAlgolia({
      env,
      clientOptions: { requester },
      changes: [
        { collection: 'news', id: 7, action: 'unpublish' },
        { collection: 'events', id: 'e9', action: 'delete' },
        { collection: 'partners', id: 3, action: 'publish' },
      ],
    })
    expect(result).toEqual({ saved: 0, deleted: 8, ignored: 1 })
    for (const request of seen) expect(request.host).toMatch(/algolia\.(net|io)$/)

    const settings = seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/settings'))
    expect(settings.map((r) => r.path)).toEqual([
      '/1/indexes/bawaba_ar/settings',
      '/1/indexes/bawaba_fr/settings',
      '/1/indexes/bawaba_zgh/settings',
      '/1/indexes/bawaba_en/settings',
    ])
    expect(settings[0]!.body).toMatchObject({
      indexLanguages: ['ar'],
      queryLanguages: ['ar'],
      attributesForFaceting: ['site', 'type'],
    })

    const batches = seen.filter((r) => r.method === 'POST' && r.path.endsWith('/batch'))
    expect(batches.map((r) => r.path)).toEqual([
      '/1/indexes/bawaba_ar/batch',
      '/1/indexes/bawaba_fr/batch',
      '/1/indexes/bawaba_zgh/batch',
      '/1/indexes/bawaba_en/batch',
    ])
    expect(batches[1]!.body).toEqual({
      requests: [
        { action: 'deleteObject', body: { objectID: 'news:7:fr' } },
        { action: 'deleteObject', body: { objectID: 'events:e9:fr' } },
      ],
    })
    // Each write is waited for before the next index.
    expect(
      seen.some((r) => r.method === 'GET' && /\/1\/indexes\/bawaba_ar\/task\/\d+/.test(r.path)),
    ).toBe(true)
  })

  it('honours ALGOLIA_INDEX_PREFIX', async () => {
    const { requester, seen } = memoryRequester()
    await syncAlgolia({
      env: { ...env, ALGOLIA_INDEX_PREFIX: 'staging' },
      clientOptions: { requester },
      changes: [{ collection: 'pages', id: 1, action: 'delete' }],
    })
    expect(seen.filter((r) => r.path.endsWith('/batch')).map((r) => r.path)).toContain(
      '/1/indexes/staging_ar/batch',
    )
  })
})
