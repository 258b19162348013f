/**
 * `npm run cluster`: the production layout on one machine (docs/deploy.md), on the data and the
 * built sites of `npm start`: two CMS instances on one database behind a load balancer, one build
 * worker (the only job runner), and the sites server (static sites + the e-services edge) whose
 * CMS is the balancer. Run `npm start` once first (seed, admin build, sites); Ctrl-C drains
 * everything.
 *
 *   CLUSTER_CMS_PORTS=3001,3002 BALANCER_PORT=3000 SITES_PORT=4321 npm run cluster
 */
import { localSitesPort } from '@bawaba/registry'
import { loadLocalEnv } from '../cms/src/env.ts'
import { startBalancer } from './lib/balancer.ts'
import { root, startCms, startSites } from './lib/cms.ts'
import { nodeTs, startService } from './lib/processes.ts'

loadLocalEnv()
const cmsPorts = (process.env.CLUSTER_CMS_PORTS ?? '3001,3002').split(',').map(Number)
const balancerPort = Number(process.env.BALANCER_PORT ?? 3000)
const sitesPort = Number(process.env.SITES_PORT ?? localSitesPort)
const log = (line: string) => console.log(`▸ ${line}`)

log(`CMS instances on ${cmsPorts.join(', ')}…`)
await Promise.all(cmsPorts.map((port, i) => startCms(port, {}, `cms-${i + 1}`)))
const balancer = await startBalancer(
  cmsPorts.map((port) => `http://localhost:${port}`),
  {
    port: balancerPort,
  },
)
log(`load balancer on ${balancer.url} → ${balancer.healthy().join(', ')}`)
const cmsUrl = balancer.url
startService('worker', ...nodeTs('cms/src/jobs/worker.ts'), {
  cwd: root,
  env: { ...process.env, CMS_URL: cmsUrl },
})
await startSites(sitesPort, { CMS_URL: cmsUrl })
log(`sites and e-services on http://localhost:${sitesPort}/ (CMS: ${cmsUrl})`)
log('health: /api/health and /api/ready on each CMS and on the sites server; Ctrl-C stops all')
