import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` as one database transaction bound to `req`: every Local API call inside it that
 * passes `req` commits with it or not at all. MongoDB (a replica set) begins one the usual way
 * (`initTransaction`); SQLite only on explicit request (see lib/sqliteTransactions.ts). Inside
 * a transaction already, `work` simply joins it. Refuses to run without one rather than write
 * half of something.
 */
export async function atomically<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  if (await req.transactionID) return work()
  // A resolved "no transaction" left by an earlier operation on this request.
  delete req.transactionID
  const begun =
    req.payload.db.name === 'sqlite' ? await beginExplicitly(req) : await initTransaction(req)
  if (!begun) {
    delete req.transactionID
    throw new Error(`${req.payload.db.name}: no transaction available for an all-or-nothing write`)
  }
  try {
    const result = await work()
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function beginExplicitly(req: PayloadRequest): Promise<boolean> {
  const id = await req.payload.db.beginTransaction({ behavior: 'immediate' })
  if (id) req.transactionID = id
  return Boolean(id)
}
