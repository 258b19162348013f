/**
 * Exact preview of drafts, over HTTP on the test stack's CMS and sites server: staff get a
 * signed link from the CMS for a draft of their own site and see it rendered by the site,
 * in the locale they chose; nobody else gets a link, the published site and the API the
 * build reads never show the draft, and expired, forged or misdirected tokens get a 403.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { t } from '@bawaba/i18n'
import { previewLifetimeMs, signPreview, type PreviewClaims } from '@bawaba/preview'
import { beforeAll, describe, expect, it } from 'vitest'
import { call, cms, jwt, signIn } from '../../cms/src/test/stack.ts'
import { siteDir } from './support/dist.ts'
import { stackSecret } from './support/forms.ts'
import { get } from './support/server.ts'

const built = existsSync(siteDir('anfa')) && existsSync(siteDir('maarif'))

const unique = randomBytes(4).toString('hex')
const slug = `preview-draft-${unique}`
const titles = { ar: `مسودة للمعاينة ${unique}`, fr: `Brouillon à prévisualiser ${unique}` }
const summaries = { ar: 'ملخص لم ينشر بعد.', fr: 'Un résumé pas encore publié.' }
let id: string

/** The CMS's answer to the Preview button, not followed. */
async function previewLink(auth: string | undefined, locale: string, doc = id) {
  const query = new URLSearchParams({ collection: 'news', id: doc, locale })
  return fetch(`${cms}/api/preview-link?${query}`, {
    headers: auth ? { authorization: auth } : {},
    redirect: 'manual',
  })
}

/** A site URL (`http://anfa.localhost:port/ar/preview/?t=…`) fetched with its Host header. */
function open(url: string, host = new URL(url).hostname) {
  const { pathname, search } = new URL(url)
  return get(host, pathname + search)
}

let signer: string
const claims = (locale: 'ar' | 'fr' = 'ar'): Omit<PreviewClaims, 'exp'> => ({
  collection: 'news',
  id,
  locale,
  site: 'anfa',
  user: signer,
})

/** A genuine token with its body swapped for other claims (the signature no longer fits). */
function tampered(token: string, change: Partial<PreviewClaims>) {
  const [body, mac] = token.split('.')
  const decoded = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'))
  return `${Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url')}.${mac}`
}

/** The site's preview page for a token, on a site's host. */
const preview = (locale: string, token: string, site = 'anfa') =>
  get(`${site}.localhost`, `/${locale}/preview/?t=${encodeURIComponent(token)}`)

describe.skipIf(!built)('preview of drafts', () => {
  beforeAll(async () => {
    await signIn()
    const sites = await call('GET', '/api/sites?where[slug][equals]=anfa&depth=0')
    const anfa = sites.json.docs[0].id
    const publisher = jwt('district-publisher', 'anfa')
    signer = String((await call('GET', '/api/users/me', publisher)).json.user.id)
    const created = await call('POST', '/api/news?draft=true&locale=ar', publisher, {
      title: titles.ar,
      summary: summaries.ar,
      slug,
      site: anfa,
      category: 'announcement',
      _status: 'draft',
    })
    expect(created.status, created.text).toBe(201)
    id = String(created.json.doc.id)
    const translated = await call('PATCH', `/api/news/${id}?draft=true&locale=fr`, publisher, {
      title: titles.fr,
      summary: summaries.fr,
    })
    expect(translated.status, translated.text).toBe(200)
  })

  it.each(['ar', 'fr'] as const)(
    'shows the draft to its site’s publisher, rendered in %s',
    async (locale) => {
      const link = await previewLink(jwt('district-publisher', 'anfa'), locale)
      expect(link.status).toBe(302)
      expect(link.headers.get('cache-control')).toBe('no-store, private')
      const location = link.headers.get('location')!
      expect(location).toMatch(
        new RegExp(`^http://anfa\\.localhost:\\d+/${locale}/preview/\\?t=[\\w.%-]+$`),
      )

      const page = await open(location)
      expect(page.status).toBe(200)
      expect(page.body).toContain(titles[locale])
      expect(page.body).toContain(summaries[locale])
      expect(page.body).toContain(t(locale, 'preview.banner'))
      expect(page.body).toMatch(new RegExp(`<html[^>]*lang="${locale}"`))
      expect(page.body).toContain('<meta name="robots" content="noindex">')
      expect(page.headers['cache-control']).toBe('no-store, private')
      expect(page.headers['x-robots-tag']).toBe('noindex')
      expect(page.headers['referrer-policy']).toBe('no-referrer')
    },
  )

  it('shows it to the site’s editors too, who write the drafts', async () => {
    const link = await previewLink(jwt('district-editor', 'anfa'), 'ar')
    expect(link.status).toBe(302)
    expect((await open(link.headers.get('location')!)).body).toContain(titles.ar)
  })

  it('gives no link to another district’s staff, nor to anonymous callers', async () => {
    expect((await previewLink(jwt('district-publisher', 'maarif'), 'ar')).status).toBe(404)
    expect((await previewLink(jwt('district-editor', 'maarif'), 'ar')).status).toBe(404)
    expect((await previewLink(undefined, 'ar')).status).toBe(401)
    expect((await previewLink(jwt('district-publisher', 'anfa'), 'de')).status).toBe(400)
  })

  it('is nowhere else: not on the published site, not in what the build reads', async () => {
    expect((await get('anfa.localhost', `/ar/news/${slug}/`)).status).toBe(404)
    for (const path of ['/ar/news/', '/fr/news/', '/ar/', '/ar/rss.xml', '/sitemap.xml']) {
      const page = await get('anfa.localhost', path)
      expect(page.body).not.toContain(slug)
      expect(page.body).not.toContain(unique)
    }
    // The build reads anonymously: the draft is not there, asked for in any way.
    const listed = await call('GET', `/api/news?where[slug][equals]=${slug}&draft=true`)
    expect(listed.json.totalDocs).toBe(0)
    expect((await call('GET', `/api/news/${id}?draft=true`)).status).toBeGreaterThanOrEqual(403)
  })

  it('refuses an expired token, in the page’s language', async () => {
    const secret = stackSecret('PREVIEW_SECRET')
    const expired = signPreview(secret, claims('fr'), { now: Date.now() - previewLifetimeMs - 1 })
    const page = await preview('fr', expired)
    expect(page.status).toBe(403)
    expect(page.body).toContain(t('fr', 'preview.forbidden.title'))
    expect(page.body).not.toContain(titles.fr)
    expect(page.headers['cache-control']).toBe('no-store, private')
    const arabic = await preview('ar', signPreview(secret, claims(), { now: 0 }))
    expect(arabic.status).toBe(403)
    expect(arabic.body).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/)
    expect(arabic.body).toContain(t('ar', 'preview.forbidden.title'))
  })

  it('refuses a token whose id, site or locale was changed, or signed with another key', async () => {
    const genuine = signPreview(stackSecret('PREVIEW_SECRET'), claims())
    expect((await preview('ar', genuine)).status).toBe(200)
    for (const change of [{ id: '1' }, { site: 'maarif' }, { locale: 'fr' as const }]) {
      const forged = tampered(genuine, change)
      const where = change.site ?? 'anfa'
      const page = await preview(change.locale ?? 'ar', forged, where)
      expect(page.status, JSON.stringify(change)).toBe(403)
      expect(page.body).not.toContain(titles.ar)
    }
    const otherKey = signPreview(randomBytes(32).toString('hex'), claims())
    expect((await preview('ar', otherKey)).status).toBe(403)
    expect((await preview('ar', 'not-a-token')).status).toBe(403)
    expect((await get('anfa.localhost', '/ar/preview/')).status).toBe(403)
  })

  it('refuses anfa’s token on maarif’s host, and in another locale than signed', async () => {
    const token = signPreview(stackSecret('PREVIEW_SECRET'), claims('ar'))
    const elsewhere = await preview('ar', token, 'maarif')
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body).not.toContain(titles.ar)
    expect((await preview('fr', token)).status).toBe(403)
  })

  it('has the CMS check the token too before it hands out the draft', async () => {
    const secret = stackSecret('PREVIEW_SECRET')
    const draft = (token: string) =>
      call('GET', `/api/preview/draft?t=${encodeURIComponent(token)}`)
    const ok = await draft(signPreview(secret, claims()))
    expect(ok.status).toBe(200)
    expect(String(ok.json.id)).toBe(id)
    expect(ok.json.title.ar).toBe(titles.ar)
    expect(ok.headers.get('cache-control')).toBe('no-store, private')
    expect((await draft(tampered(signPreview(secret, claims()), { id: '1' }))).status).toBe(403)
    expect((await draft(signPreview(secret, claims(), { now: 0 }))).status).toBe(403)
    expect((await draft(signPreview(randomBytes(32).toString('hex'), claims()))).status).toBe(403)
    // Genuine, but the document is not on the site the token names.
    expect((await draft(signPreview(secret, { ...claims(), site: 'maarif' }))).status).toBe(404)
  })
})

describe.skipIf(!built || !existsSync(siteDir('casablanca')))(
  'preview of the other pages with drafts',
  () => {
    beforeAll(() => signIn())

    /** Creates a draft as `auth` and opens its preview in French; returns the page. */
    async function draftPreview(auth: string, collection: string, data: Record<string, unknown>) {
      const created = await call('POST', `/api/${collection}?draft=true&locale=fr`, auth, {
        ...data,
        _status: 'draft',
      })
      expect(created.status, created.text).toBe(201)
      const query = new URLSearchParams({ collection, id: created.json.doc.id, locale: 'fr' })
      const link = await fetch(`${cms}/api/preview-link?${query}`, {
        headers: { authorization: auth },
        redirect: 'manual',
      })
      expect(link.status).toBe(302)
      return {
        location: link.headers.get('location')!,
        page: await open(link.headers.get('location')!),
      }
    }

    it('shows a heritage place on its arrondissement’s site', async () => {
      const sites = await call('GET', '/api/sites?where[slug][equals]=anfa&depth=0')
      const name = `Lieu en brouillon ${unique}`
      const { location, page } = await draftPreview(
        jwt('district-publisher', 'anfa'),
        'heritage-places',
        { name, slug: `lieu-${unique}`, category: 'monument', site: sites.json.docs[0].id },
      )
      expect(location).toMatch(/^http:\/\/anfa\.localhost:\d+\/fr\/preview\//)
      expect(page.status).toBe(200)
      expect(page.body).toContain(name)
      expect(page.body).toContain(t('fr', 'preview.banner'))
      expect((await get('anfa.localhost', `/fr/heritage/lieu-${unique}/`)).status).toBe(404)
    })

    it('shows a procedure of the commune on the portal', async () => {
      const title = `Démarche en brouillon ${unique}`
      const { location, page } = await draftPreview(jwt('central-editor'), 'procedures', {
        title,
        slug: `demarche-${unique}`,
        theme: 'civil-status',
      })
      expect(location).toMatch(/^http:\/\/casablanca\.localhost:\d+\/fr\/preview\//)
      expect(page.status).toBe(200)
      expect(page.body).toContain(title)
      expect(page.body).toContain(t('fr', 'preview.banner'))
    })
  },
)
