/**
 * `npm run search:reindex`: rebuilds the Algolia indexes (one per locale) from the published
 * content of the CMS at `CMS_URL`. Needs ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY; without them it
 * says so and exits (the sites then search with Pagefind).
 */
import { algoliaConfigured, algoliaIndexName, reindexAll } from '@bawaba/search'
import { loadLocalEnv } from '../cms/src/env.ts'

loadLocalEnv()
if (!algoliaConfigured()) {
  console.log(
    'search:reindex: Algolia is not configured (ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY); nothing to do.',
  )
  process.exit(0)
}
const started = performance.now()
const counts = await reindexAll()
for (const [locale, count] of Object.entries(counts)) {
  console.log(`  ${algoliaIndexName(locale as never)}: ${count} records`)
}
console.log(`search:reindex: done in ${((performance.now() - started) / 1000).toFixed(1)}s`)
