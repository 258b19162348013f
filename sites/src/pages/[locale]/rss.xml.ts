import { pick, text } from '@bawaba/content'
import { localeInfo } from '@bawaba/registry'
import { t } from '@bawaba/i18n'
import type { APIRoute } from 'astro'
import { getLatestNews, getSite, linkLocale, siteUrl } from '../../lib/content.ts'
import { escapeHtml, plainText } from '../../lib/lexical.ts'
import { localeParam, notFound } from '../../lib/params.ts'
import { paths } from '../../lib/urls.ts'

/** RSS 2.0 feed of the site's latest news in one locale (with fallback text where untranslated). */
export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params)
  if (!locale) return notFound()
  const site = getSite()
  const name = text(site.name, locale)
  const url = (path: string) => escapeHtml(siteUrl(path))
  const items = getLatestNews(20).map((news) => {
    // An item not written in this language links to the page that exists.
    const link = url(paths.article(linkLocale(news.locales, locale), news.slug))
    const summary =
      pick(news.summary, locale)?.value ?? plainText(pick(news.body, locale)?.value, 300)
    return [
      '    <item>',
      `      <title>${escapeHtml(text(news.title, locale))}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <pubDate>${new Date(news.publishedAt).toUTCString()}</pubDate>`,
      `      <category>${escapeHtml(t(locale, `news.category.${news.category}`))}</category>`,
      ...(summary ? [`      <description>${escapeHtml(summary)}</description>`] : []),
      '    </item>',
    ].join('\n')
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(t(locale, 'site.rssTitle', { name }))}</title>
    <link>${url(paths.home(locale))}</link>
    <description>${escapeHtml(name)}</description>
    <language>${localeInfo(locale).hreflang}</language>
    <atom:link href="${url(paths.rss(locale))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
