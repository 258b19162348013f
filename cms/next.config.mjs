import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript sources.
  transpilePackages: ['@bawaba/registry', '@bawaba/schemas', '@bawaba/i18n'],
  // The CMS is one process for the whole city: no telemetry, no image optimizer (media is
  // resized by Payload with sharp at upload).
  images: { unoptimized: true },
  poweredByHeader: false,
  // Security headers (docs/security.md). The admin may not be framed by any page (a signed-in
  // admin inside another page's frame), runs scripts from the CMS only — inline ones included,
  // which Next.js's bootstrap needs without per-request nonces, and `eval` only in `next dev`
  // (hot reload) — and the API's answers are data that nothing may render or frame.
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ]
    const dev = process.env.NODE_ENV !== 'production'
    const admin = [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
      "worker-src 'self' blob:",
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ')
    const api =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"
    return [
      {
        source: '/:path((?!api/).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: admin }],
      },
      {
        source: '/api/:path*',
        headers: [...common, { key: 'Content-Security-Policy', value: api }],
      },
    ]
  },
  // Type checking is `npm run typecheck`, once for the whole repo; not repeated per build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
