import { getPayload, type Payload } from 'payload'
import config from '../payload.config.ts'
import { databaseUri } from '../env.ts'
import { migrations } from '../migrations/index.ts'

/**
 * Payload for scripts and tests, on the same schema production gets: in production the
 * adapter runs the migrations itself; elsewhere (seed, tests) they run here.
 */
export async function getBawabaPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  const sqlite = !/^mongodb/.test(databaseUri())
  if (sqlite && process.env.NODE_ENV !== 'production') {
    // The generated migration modules type their args precisely; the adapter takes them as is.
    await payload.db.migrate({
      migrations: migrations as Parameters<typeof payload.db.migrate>[0] extends {
        migrations?: infer M
      }
        ? M
        : never,
    })
  }
  return payload
}
