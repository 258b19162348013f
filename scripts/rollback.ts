/**
 * `npm run rollback -- --site <slug>`: the site's previous release goes live again, at once
 * (the same atomic switch as a build). Repeat to go further back; the next build replaces it.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { getSite } from '@bawaba/registry'
import { listReleases, rollback } from './lib/releases.ts'

const repo = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.BAWABA_DIST || join(repo, 'dist')
const { values } = parseArgs({ options: { site: { type: 'string', multiple: true } } })
const slugs = (values.site ?? []).flatMap((s) => s.split(',')).filter(Boolean)
if (!slugs.length) {
  console.error('Usage: npm run rollback -- --site <slug> [--site <slug> …]')
  process.exit(2)
}
let failed = false
for (const slug of slugs) {
  try {
    getSite(slug)
    const { from, to } = rollback(dist, slug)
    console.log(
      `${slug}: ${from ?? '(none)'} → ${to} is live (releases kept: ${listReleases(dist, slug).join(', ')})`,
    )
  } catch (error) {
    console.error(`${slug}: ${(error as Error).message}`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
