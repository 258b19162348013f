/**
 * `npm run backup`: one timestamped archive of the running system (the database copied online,
 * the uploaded files, the live release ids; no secrets unless `--with-secrets`). See
 * scripts/lib/backup.ts for what it holds and docs/operations.md for production.
 *
 *   npm run backup                         → <data>/backups/bawaba-<UTC time>.tar.gz
 *   npm run backup -- --out /mnt/backups   another folder (BACKUP_DIR too)
 *   npm run backup -- --with-secrets       with secrets.env and accounts.json
 */
import path from 'node:path'
import { dataDir, databaseUri, repoRoot } from '../cms/src/env.ts'
import { objectStorageFromEnv } from '../cms/src/storage.ts'
import { createBackup } from './lib/backup.ts'

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = path.resolve(
  (outAt >= 0 ? args[outAt + 1] : undefined) ??
    process.env.BACKUP_DIR ??
    path.join(dataDir(), 'backups'),
)
const started = Date.now()
try {
  const { archive, manifest } = await createBackup({
    dataDir: dataDir(),
    dist: path.resolve(process.env.BAWABA_DIST ?? path.join(repoRoot(), 'dist')),
    out,
    withSecrets: args.includes('--with-secrets'),
    databaseUri: databaseUri(),
  })
  const files = Object.keys(manifest.files).length
  // With S3 the files are in the buckets, not the data folder: this archive holds the database.
  const buckets = objectStorageFromEnv()
  if (buckets)
    console.warn(
      `backup: the uploaded files are in the buckets ${buckets.bucket} and ${buckets.privateBucket}, ` +
        'not in this archive: their versioning keeps them (docs/operations.md)',
    )
  console.log(
    `backup: ${archive} (${Object.keys(manifest.databases).join(', ')}, ${files} files` +
      `${manifest.secrets ? ', with secrets' : ', no secrets'}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
