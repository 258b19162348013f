/**
 * `npm run restore -- <archive>`: brings a backup (`npm run backup`) back into an empty data
 * folder (BAWABA_DATA_DIR, default .data; `--into <folder>` for another), checking every file's
 * hash, every table's row count and the database's integrity. Then start the CMS on it.
 */
import path from 'node:path'
import { dataDir } from '../cms/src/env.ts'
import { restoreBackup } from './lib/backup.ts'

const args = process.argv.slice(2)
const intoAt = args.indexOf('--into')
const into = path.resolve((intoAt >= 0 ? args[intoAt + 1] : undefined) ?? dataDir())
const archive = args.find((a, i) => !a.startsWith('--') && i !== intoAt + 1)
if (!archive) {
  console.error('usage: npm run restore -- <archive.tar.gz> [--into <empty data folder>]')
  process.exit(2)
}
try {
  const manifest = await restoreBackup(path.resolve(archive), into)
  const live = Object.entries(manifest.releases).filter(([, id]) => id)
  console.log(
    `restore: ${into} now holds the system as of ${manifest.createdAt} ` +
      `(${Object.keys(manifest.files).length} files, all hashes checked).` +
      (manifest.secrets
        ? ''
        : ' No secrets were in the archive: put the production ones in place.') +
      `\nLive releases then: ${live.map(([slug, id]) => `${slug} ${id}`).join(', ') || 'none'}`,
  )
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
