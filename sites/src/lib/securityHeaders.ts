import { originMode, siteOrigin, siteSlugs } from '@bawaba/registry'

/**
 * The headers every page of every site is served with — the static pages by the sites server
 * (scripts/serve-sites.ts) and in production by the CDN (docs/security.md lists them for its
 * configuration), the on-demand pages (forms, tracking, preview) by the server bundle itself
 * (src/middleware.ts). A page may not be framed by any other (clickjacking of the complaint
 * forms), may run only scripts from the sites themselves (no inline script, no `eval`), and
 * sends only its origin to other sites.
 *
 * What the pages need, and so allow: styles from the site and in `style` attributes (accent
 * colours, focal points); Pagefind's WebAssembly, and on the portal the other sites' search
 * indexes (scripts and fetches from their origins); Algolia's API when it is configured; the
 * ALTCHA proof of work in a worker it starts from a blob; images from the site, and on the
 * on-demand preview from the CMS.
 */

/** Origins of all 17 sites (the portal searches every site's index from its own pages). */
function siteOrigins(): string[] {
  return siteSlugs.map((slug) => siteOrigin(slug))
}

const algolia = ['https://*.algolia.net', 'https://*.algolianet.com']

export function contentSecurityPolicy({ images = [] }: { images?: string[] } = {}): string {
  const sites = siteOrigins()
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...sites],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...images],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...sites, ...algolia],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  if (originMode() === 'production') directives['upgrade-insecure-requests'] = []
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** Headers for one answer: every answer gets `nosniff`; pages get the rest. */
export function securityHeaders({
  html,
  images,
}: {
  html: boolean
  images?: string[]
}): Record<string, string> {
  const always = { 'x-content-type-options': 'nosniff' }
  if (!html) return always
  return {
    ...always,
    'content-security-policy': contentSecurityPolicy({ images }),
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  }
}
