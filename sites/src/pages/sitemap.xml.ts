import { localeInfo } from '@bawaba/registry'
import type { APIRoute } from 'astro'
import { siteUrl } from '../lib/content.ts'
import { escapeHtml } from '../lib/lexical.ts'
import { sitemapRoutes } from '../lib/routes.ts'
import { localePath } from '../lib/urls.ts'

/** Every page in each locale it exists in, with xhtml:link alternates for its translations. */
export const GET: APIRoute = () => {
  const url = (path: string) => escapeHtml(siteUrl(path))
  const entries: string[] = []
  for (const route of sitemapRoutes()) {
    const alternates = route.translated
      .map(
        (l) =>
          `    <xhtml:link rel="alternate" hreflang="${localeInfo(l).hreflang}" href="${url(localePath(l, route.suffix))}"/>`,
      )
      .join('\n')
    for (const locale of route.translated) {
      entries.push(
        [
          '  <url>',
          `    <loc>${url(localePath(locale, route.suffix))}</loc>`,
          ...(route.lastmod ? [`    <lastmod>${route.lastmod}</lastmod>`] : []),
          ...(route.translated.length > 1 ? [alternates] : []),
          '  </url>',
        ].join('\n'),
      )
    }
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
