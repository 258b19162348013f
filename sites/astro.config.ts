import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cmsUrlFromEnv } from '@bawaba/content'
import { getSite, siteOrigin } from '@bawaba/registry'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import type { Plugin } from 'vite'

/**
 * One Astro project renders any one of the 17 sites: `SITE` names it. Each site builds into its
 * own output and its own cache dir (sites sharing a content store would wipe each other's).
 */
const slug = process.env.SITE
if (!slug) throw new Error('SITE is required: the slug of the site to build, e.g. SITE=anfa')
getSite(slug)

const repo = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.BAWABA_DIST || join(repo, 'dist')
// The build pipeline (scripts/build-sites.ts) builds into a fresh release folder, served once it
// passes its check; without it (astro dev, a bare astro build) the site goes to dist/sites.
const release = process.env.BAWABA_RELEASE_DIR
const cmsUrl = cmsUrlFromEnv()
const cms = new URL(cmsUrl)

/**
 * Digest of the code that shapes stored content: when it changes, the loaders reload everything
 * instead of trusting entries normalised by older code.
 */
function codeVersion(): string {
  const hash = createHash('sha256')
  for (const pkg of ['content', 'schemas', 'registry']) {
    const dir = join(repo, 'packages', pkg, 'src')
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
        hash.update(readFileSync(join(dir, file)))
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/** `virtual:bawaba/site`: which site this build renders, for content config and pages. */
function bawabaSite(): Plugin {
  const id = 'virtual:bawaba/site'
  const values = { site: slug, cmsUrl, codeVersion: codeVersion() }
  return {
    name: 'bawaba-site',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? Object.entries(values)
            .map(([key, value]) => `export const ${key} = ${JSON.stringify(value)}`)
            .join('\n')
        : undefined,
  }
}

export default defineConfig({
  site: siteOrigin(slug),
  outDir: release ? join(release, 'site') : join(dist, 'sites', slug),
  cacheDir: join(process.env.BAWABA_CACHE_DIR || join(repo, '.data', 'astro-cache'), slug),
  // Reading pages are static; the few on-demand routes (`prerender = false`: the e-services
  // endpoints under /api/) go into a server bundle beside the site, outside what is served
  // as files. scripts/serve-sites.ts runs every site's bundle in one process.
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  session: undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    client: './',
    server: release ? '../server/' : `../../servers/${slug}/`,
  },
  devToolbar: { enabled: false },
  // The e-service pages check the Origin themselves (stricter: it must be present) and
  // answer in the citizen's language; Astro's own check would answer a bare English 403.
  security: { checkOrigin: false },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { jpeg: { quality: 78, mozjpeg: true }, webp: { quality: 76, effort: 4 } },
    },
    remotePatterns: [
      {
        protocol: cms.protocol.replace(':', ''),
        hostname: cms.hostname,
        port: cms.port || undefined,
      },
    ],
  },
  vite: { plugins: [bawabaSite()] },
})
