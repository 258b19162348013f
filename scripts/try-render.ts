import { cmsUrlFromEnv, createCmsClient } from '@bawaba/content'
import { ContentSnapshot, DiskStore } from '@bawaba/content/store'
import { siteOrigin } from '@bawaba/registry'
import { codeVersion, bundleDir } from './lib/publish/bundle.ts'
import { loadBundle, renderUrl } from './lib/publish/render.ts'
const code = codeVersion()
const bundle = await loadBundle(bundleDir('/work/wt/publishing/dist', code), code)
const store = ContentSnapshot.fromDisk(
  new DiskStore('/work/wt/publishing/.data/content/store.db'),
  createCmsClient({ baseUrl: cmsUrlFromEnv() }),
)
const site = process.argv[2]!
for (const url of process.argv.slice(3)) {
  const t = performance.now()
  const page = await renderUrl(
    bundle,
    { site, origin: siteOrigin(site), now: new Date(), store },
    url,
  )
  console.log(
    url,
    page.status,
    page.body.length,
    (performance.now() - t).toFixed(1) + 'ms',
    [...page.dependencies.keys()].join(' '),
  )
  if (process.env.SHOW) console.log(page.body.toString().slice(0, Number(process.env.SHOW)))
}
process.exit(0)
