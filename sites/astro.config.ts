import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import node, { getAdapter } from '@astrojs/node'
import { defineConfig } from 'astro/config'

/**
 * One server bundle renders all 17 sites: the site is chosen per render (src/lib/context.ts),
 * never here. The bundle is built once per code version (scripts/lib/publish/bundle.ts) into
 * `BAWABA_BUNDLE_DIR`; the renderer renders every page of every site with it, and the sites
 * server answers the on-demand routes (e-services, preview, `/api/`) with it.
 */
const repo = fileURLToPath(new URL('..', import.meta.url))
const outDir = process.env.BAWABA_BUNDLE_DIR || join(repo, '.data', 'bundles', 'dev')

export default defineConfig({
  outDir,
  cacheDir: join(process.env.BAWABA_CACHE_DIR || join(repo, '.data', 'astro-cache'), 'bundle'),
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  integrations: [
    {
      // The node adapter, with an entry that also exports the App the renderer renders with.
      name: 'bawaba-server-entry',
      hooks: {
        'astro:config:done': ({ setAdapter }) =>
          setAdapter({
            ...getAdapter({ staticHeaders: false }),
            serverEntrypoint: fileURLToPath(new URL('./src/server-entry.ts', import.meta.url)),
          }),
      },
    },
  ],
  session: undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    client: './client/',
    server: './server/',
  },
  devToolbar: { enabled: false },
  // The e-service pages check the Origin themselves (stricter: it must be present) and
  // answer in the citizen's language; Astro's own check would answer a bare English 403.
  security: { checkOrigin: false },
})
