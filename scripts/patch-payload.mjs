// Runs after `npm install`/`npm ci` (root `postinstall`), before any admin build.
//
// Payload is pinned to 3.90.1 (docs/operations.md: @payloadcms/storage-s3's exact peer). In that
// release the multi-tenant plugin's tenant provider calls `router.refresh()` on every admin page
// where no tenant is selected, the login page included, right after hydration: the refresh
// re-renders the login form and empties an e-mail and password typed in by then, so the login
// posts an empty e-mail ("email: required") and the page stays on /admin/login. 3.90.2 refreshes
// only when a stale tenant cookie is there (its `shouldRefreshTenantSelection`); this applies the
// same condition to 3.90.1 and does nothing on any other version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const plugin = ['cms/node_modules', 'node_modules']
  .map((dir) => path.join(root, dir, '@payloadcms/plugin-multi-tenant'))
  .find((dir) => existsSync(path.join(dir, 'package.json')))
if (
  plugin &&
  JSON.parse(readFileSync(path.join(plugin, 'package.json'), 'utf8')).version === '3.90.1'
) {
  const file = path.join(plugin, 'dist/providers/TenantSelectionProvider/index.client.js')
  const source = readFileSync(file, 'utf8')
  const before = 'if (!initialValue) {'
  const after = 'if (!initialValue && Boolean(getTenantCookie())) {'
  if (source.includes(before)) writeFileSync(file, source.replace(before, after))
  else if (!source.includes(after)) throw new Error(`${file}: the code to patch is not there`)
}
