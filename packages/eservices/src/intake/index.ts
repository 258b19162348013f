import { openMongoIntake } from './mongo.ts'
import { openSqliteIntake } from './sqlite.ts'
import type { IntakeStore } from './store.ts'

export type { Accepted, IntakeStore } from './store.ts'
export { openSqliteIntake } from './sqlite.ts'

/**
 * The intake named by `uri`: `file:<path>` (SQLite) or `mongodb://…` (MongoDB), opened once
 * per process and shared (the sites server loads one bundle per site: they must share one
 * group commit and one connection). `INTAKE_URI` is set by the sites server and the CMS from
 * their data folder locally, and in the environment in production (docs/e-services.md).
 */
export function intake(uri: string): Promise<IntakeStore> {
  const opened = ((globalThis as Record<symbol, unknown>)[Symbol.for('bawaba.intake')] ??=
    new Map()) as Map<string, Promise<IntakeStore>>
  let store = opened.get(uri)
  if (!store) {
    store = open(uri)
    opened.set(uri, store)
    // A failed open is tried again by the next caller.
    store.catch(() => opened.delete(uri))
  }
  return store
}

/** Forgets (and closes) the shared store of `uri`: tests and shutdown. */
export async function closeIntake(uri: string): Promise<void> {
  const opened = (globalThis as Record<symbol, unknown>)[Symbol.for('bawaba.intake')] as
    Map<string, Promise<IntakeStore>> | undefined
  const store = opened?.get(uri)
  opened?.delete(uri)
  await (await store?.catch(() => null))?.close()
}

async function open(uri: string): Promise<IntakeStore> {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return openMongoIntake(uri)
  // `file:<path>` as the CMS's DATABASE_URI writes it (a path, not a URL).
  if (uri.startsWith('file:')) return openSqliteIntake(uri.slice('file:'.length))
  throw new Error(`INTAKE_URI must be file:… or mongodb://…, not '${uri.slice(0, 40)}'`)
}
