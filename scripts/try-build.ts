import { ensureBundle } from './lib/publish/bundle.ts'
import { Publisher } from './lib/publish/publisher.ts'
const dist = '/work/wt/publishing/dist'
const bundle = await ensureBundle(dist, console.log)
console.log('bundle', bundle.code, bundle.seconds)
const p = new Publisher({
  dist,
  cache: '/work/wt/publishing/.data/publish-cache',
  storeFile: '/work/wt/publishing/.data/content/store.db',
  cmsUrl: 'http://localhost:3121',
  bundle,
})
for (const site of (process.argv[2] ?? 'anfa').split(',')) {
  console.time('build ' + site)
  const r = await p.build(site, { full: process.argv.includes('--full') })
  console.timeEnd('build ' + site)
  const { manifest, changed, removed, ...rest } = r
  console.log(
    JSON.stringify({
      ...rest,
      changed: changed.slice(0, 10),
      nChanged: changed.length,
      removed: removed.slice(0, 10),
    }),
  )
}
process.exit(0)
