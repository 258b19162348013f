import type { IntakeEntry, IntakeFile, IntakeRecord } from '@bawaba/schemas'
import type { Binary, Collection, Db, MongoClient, MongoServerError } from 'mongodb'
import { answerForExisting, codeDraws, type Accepted, type IntakeStore } from './store.ts'

/**
 * The intake on MongoDB (production): collections in the CMS's own database, on the same
 * replica set. Every write waits for a majority of the members and their journals
 * (`w: 'majority', j: true`), so an acknowledged code survives the loss of the primary. The
 * replica set commits concurrent writes together on its own (group commit of the journal),
 * and unique indexes on the code, the idempotency key and the proof of work keep each once
 * whatever the number of edge processes. Each attachment is a document of its own (at most
 * 10 MB, under MongoDB's 16 MB limit), written before the entry that names it.
 *
 * The edge connects with a user whose role allows `insert` and `find` on `intake` and
 * `intake_files` only; the CMS's user also updates and deletes there and uses `intake_leases`.
 * Type-checked here, not run: no MongoDB server on these machines (docs/e-services.md).
 */

interface EntryDoc extends Omit<IntakeRecord, 'input'> {
  input?: Record<string, unknown>
  files: number
  drainedAt: Date | null
}

interface FileDoc {
  code: string
  position: number
  name: string
  data: Binary
}

const durable = { writeConcern: { w: 'majority' as const, j: true } }

function duplicateKeyOf(error: unknown): string | null {
  const server = error as MongoServerError
  if (server?.code !== 11000) return null
  return Object.keys(server.keyPattern ?? {})[0] ?? 'unknown'
}

export async function openMongoIntake(uri: string): Promise<IntakeStore> {
  // Loaded only here: the sites' bundles and SQLite setups never need the driver.
  const driver = 'mongodb'
  const { MongoClient: Client, Binary: BinaryOf } = (await import(
    /* @vite-ignore */ driver
  )) as typeof import('mongodb')
  const client: MongoClient = new Client(uri)
  await client.connect()
  const db: Db = client.db()
  const entries: Collection<EntryDoc> = db.collection('intake')
  const files: Collection<FileDoc> = db.collection('intake_files')
  const leases: Collection<{ _id: string; holder: string; until: Date }> =
    db.collection('intake_leases')
  await Promise.all([
    entries.createIndex({ code: 1 }, { unique: true }),
    entries.createIndex({ idempotencyKey: 1 }, { unique: true }),
    entries.createIndex(
      { altchaKey: 1 },
      { unique: true, partialFilterExpression: { altchaKey: { $type: 'string' } } },
    ),
    entries.createIndex({ drainedAt: 1, receivedAt: 1 }),
    files.createIndex({ code: 1, position: 1 }, { unique: true }),
  ])

  const filesOf = async (code: string): Promise<IntakeFile[]> =>
    (await files.find({ code }).sort({ position: 1 }).toArray()).map((file) => ({
      name: file.name,
      data: Buffer.from(file.data.buffer),
    }))
  const entryOf = async (doc: EntryDoc): Promise<IntakeEntry> => ({
    code: doc.code,
    idempotencyKey: doc.idempotencyKey,
    digest: doc.digest,
    altchaKey: doc.altchaKey ?? null,
    service: doc.service,
    site: doc.site,
    locale: doc.locale,
    receivedAt: doc.receivedAt,
    dueAt: doc.dueAt,
    input: doc.input ?? {},
    drainedAt: doc.drainedAt ? doc.drainedAt.toISOString() : null,
    files: doc.input && doc.files ? await filesOf(doc.code) : [],
  })

  return {
    async accept(record, attachments, newCode) {
      const existing = await entries.findOne({ idempotencyKey: record.idempotencyKey })
      if (existing) return answerForExisting(existing, record.digest)
      for (let draw = 0; draw < codeDraws; draw++) {
        const code = newCode()
        try {
          if (attachments.length)
            await files.insertMany(
              attachments.map((file, i) => ({
                code,
                position: i + 1,
                name: file.name,
                data: new BinaryOf(file.data),
              })),
              durable,
            )
          await entries.insertOne(
            {
              ...record,
              altchaKey: record.altchaKey ?? null,
              code,
              files: attachments.length,
              drainedAt: null,
            },
            durable,
          )
          return { kind: 'accepted', code, dueAt: record.dueAt, duplicate: false } as Accepted
        } catch (error) {
          const key = duplicateKeyOf(error)
          if (key === 'code') continue
          if (key === 'idempotencyKey') {
            // Another edge process stored the same form a moment ago.
            const stored = await entries.findOne({ idempotencyKey: record.idempotencyKey })
            if (stored) return answerForExisting(stored, record.digest)
          }
          if (key === 'altchaKey') return { kind: 'conflict', reason: 'altcha' } as Accepted
          throw error
        }
      }
      throw new Error(`intake: no free tracking code in ${codeDraws} draws`)
    },
    async byCode(code) {
      const doc = await entries.findOne({ code })
      return doc ? entryOf(doc) : null
    },
    async pending(limit) {
      const docs = await entries
        .find({ drainedAt: null })
        .sort({ receivedAt: 1, _id: 1 })
        .limit(limit)
        .toArray()
      return Promise.all(docs.map(entryOf))
    },
    async discard(code) {
      const removed = await entries.deleteOne({ code, drainedAt: null }, durable)
      if (removed.deletedCount) await files.deleteMany({ code })
    },
    async markDrained(codes, at = new Date()) {
      if (!codes.length) return
      await entries.updateMany(
        { code: { $in: [...codes] }, drainedAt: null },
        { $set: { drainedAt: at }, $unset: { input: '' } },
        durable,
      )
      await files.deleteMany({ code: { $in: [...codes] } })
    },
    async takeLease(name, holder, ms) {
      const now = new Date()
      try {
        const taken = await leases.findOneAndUpdate(
          { _id: name, $or: [{ holder }, { until: { $lt: now } }] },
          { $set: { holder, until: new Date(now.getTime() + ms) } },
          { upsert: true, returnDocument: 'after', ...durable },
        )
        return taken?.holder === holder
      } catch (error) {
        // The upsert met the lease another instance holds.
        if (duplicateKeyOf(error)) return false
        throw error
      }
    },
    async releaseLease(name, holder) {
      await leases.deleteOne({ _id: name, holder })
    },
    async backlog() {
      const pending = await entries.countDocuments({ drainedAt: null })
      const oldest = await entries.find({ drainedAt: null }).sort({ receivedAt: 1 }).limit(1).next()
      return { pending, oldestReceivedAt: oldest?.receivedAt ?? null }
    },
    async watermark() {
      // The newest entry still waiting, read from the index the drain uses anyway.
      const newest = await entries
        .find({ drainedAt: null }, { projection: { code: 1, receivedAt: 1 } })
        .sort({ receivedAt: -1 })
        .limit(1)
        .next()
      return newest ? `${newest.receivedAt} ${newest.code}` : ''
    },
    async close() {
      await client.close()
    },
  }
}
