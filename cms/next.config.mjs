import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript sources.
  transpilePackages: ['@bawaba/registry', '@bawaba/schemas', '@bawaba/i18n'],
  // The CMS is one process for the whole city: no telemetry, no image optimizer (media is
  // resized by Payload with sharp at upload).
  images: { unoptimized: true },
  poweredByHeader: false,
  // Type checking is `npm run typecheck`, once for the whole repo; not repeated per build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
