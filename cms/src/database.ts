import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'
import { databaseUri } from './env.ts'
import { withExplicitTransactions } from './lib/sqliteTransactions.ts'
import { indexLocalesByParent } from './lib/localesIndex.ts'
import { migrations } from './migrations/index.ts'

/**
 * `DATABASE_URI` picks the database: `mongodb://…` (production: a replica set, so
 * transactions work) or SQLite (`file:…`, the embedded default under `.data/`).
 * SQLite's schema always comes from the committed migrations (never push), so what runs
 * locally and in tests is what runs in production; `npm run migrate:create -w cms` after a
 * schema change. Writes that must be all or nothing go through `atomically` (lib/atomically.ts):
 * a real transaction on both (on SQLite through `withExplicitTransactions`).
 */
export function database(): Config['db'] {
  const uri = databaseUri()
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    // MongoDB needs no schema migrations; the committed ones are SQLite's.
    return mongooseAdapter({ url: uri })
  }
  return withExplicitTransactions(
    sqliteAdapter({
      client: { url: uri },
      idType: 'uuid',
      push: false,
      busyTimeout: 10_000,
      wal: true,
      migrationDir: path.resolve(import.meta.dirname ?? '.', 'migrations'),
      prodMigrations: migrations,
      afterSchemaInit: [indexLocalesByParent],
    }),
  )
}
