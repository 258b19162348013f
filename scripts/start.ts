/**
 * `npm start`: the whole system on one machine. Seeds the embedded database on first run,
 * builds the admin and the sites that changed, then serves the CMS on :3000 and the 17
 * sites on :4321 (one host name per site, as in production). Ctrl-C stops everything.
 */
import path from 'node:path'
import { localCmsPort, localSitesPort, siteOrigin, sites } from '@bawaba/registry'
import { dataDir } from '../cms/src/env.ts'
import {
  cmsDir,
  ensureCmsBuild,
  ensureSeeded,
  readAccounts,
  root,
  startCms,
  startSites,
} from './lib/cms.ts'
import { ensurePortFree, nodeTs, run, seconds, startService, waitForHttp } from './lib/processes.ts'

const started = Date.now()
const log = (line: string) => console.log(`▸ ${line}`)
const cmsPort = Number(process.env.CMS_PORT ?? localCmsPort)
const sitesPort = Number(process.env.SITES_PORT ?? localSitesPort)
const cmsUrl = `http://localhost:${cmsPort}`

// `--dev` (npm run dev): the admin in `next dev` (hot reload, no production build).
const dev = process.argv.includes('--dev')

// Fail before any long step if an earlier run still holds the ports.
await ensurePortFree(cmsPort, 'CMS')
await ensurePortFree(sitesPort, 'sites server')
await ensureSeeded(log)
if (dev) {
  log(`CMS: starting next dev on ${cmsUrl}…`)
  const child = startService(
    'cms',
    path.join(root, 'node_modules/.bin/next'),
    ['dev', '--port', String(cmsPort)],
    {
      cwd: cmsDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  )
  await waitForHttp(`${cmsUrl}/api/sites?limit=1`, 300_000, child)
} else {
  await ensureCmsBuild(log)
  log(`CMS: starting on ${cmsUrl}…`)
  await startCms(cmsPort)
}
log(`CMS: up (${seconds(started)} since start)`)

const buildSites = (args: string[]) =>
  run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build-sites.ts', ...args], {
    cwd: root,
    env: { ...process.env, CMS_URL: cmsUrl },
  })
log('sites: building those whose code or content changed…')
await buildSites(['--if-changed'])
await startSites(sitesPort, { CMS_URL: cmsUrl })
// From now on publishing is enough: the worker rebuilds the sites a change concerns, runs
// scheduled publishing and the alerts' windows.
log('build worker: starting…')
startService('worker', ...nodeTs('cms/src/jobs/worker.ts'), {
  cwd: root,
  env: { ...process.env, CMS_URL: cmsUrl },
})

const accounts = readAccounts()
console.log(`
Bawaba is up in ${seconds(started)}.

  CMS admin   ${cmsUrl}/admin
  REST API    ${cmsUrl}/api   ·   GraphQL ${cmsUrl}/api/graphql
  Sites       http://localhost:${sitesPort}/ (central portal), and one host per site:
${sites.map((s) => `              ${siteOrigin(s.slug, 'local')}/`).join('\n')}
  E-services  ${siteOrigin('anfa', 'local')}/ar/e-services/ (complaints, bureau d'ordre, requests),
              tracking at /<locale>/e-services/track/ on every site

  Staff accounts (passwords in ${path.relative(process.cwd(), path.join(dataDir(), 'accounts.json'))}):
${Object.entries(accounts)
  .map(
    ([email, a]) =>
      `              ${email.padEnd(42)} ${a.role}${a.sites.length ? ` · ${a.sites.join(', ')}` : ''}`,
  )
  .join('\n')}

  Publishing in the admin is enough: the build worker rebuilds the sites concerned
  (Publishing → Builds in the admin). Back to a site's previous release:
  npm run rollback -- --site <slug>
  Ctrl-C stops everything.
`)
