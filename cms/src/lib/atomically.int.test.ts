import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload } from '../test/payload.ts'

/**
 * All-or-nothing writes on the embedded SQLite database (lib/atomically.ts and
 * lib/sqliteTransactions.ts), on a real Payload and a real SQLite file: what a transaction
 * wrote is there after it commits and gone after it fails, and a writer outside it waits its
 * turn instead of failing on SQLite's lock.
 */

let payload: Payload
let atomically: typeof import('./atomically.ts').atomically

beforeAll(async () => {
  payload = await startTestPayload()
  ;({ atomically } = await import('./atomically.ts'))
})

const email = () => `tx-${randomBytes(6).toString('hex')}@test.ma`
const account = (address: string) => ({
  email: address,
  password: 'test-password-1',
  name: address,
  role: 'district-editor',
})
const exists = async (address: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: address } } })).totalDocs

describe('atomically', () => {
  it('keeps everything written inside once it commits', async () => {
    const req = await createLocalReq({}, payload)
    const [a, b] = [email(), email()]
    await atomically(req, async () => {
      await payload.create({ collection: 'users', data: account(a) as never, req })
      await payload.create({ collection: 'users', data: account(b) as never, req })
    })
    expect([await exists(a), await exists(b)]).toEqual([1, 1])
    expect(req.transactionID).toBeUndefined()
  })

  it('keeps nothing when the work fails half-way, and says why', async () => {
    const req = await createLocalReq({}, payload)
    const a = email()
    await expect(
      atomically(req, async () => {
        await payload.create({ collection: 'users', data: account(a) as never, req })
        // Seen inside the transaction, not outside it.
        expect(
          (await payload.count({ collection: 'users', where: { email: { equals: a } }, req }))
            .totalDocs,
        ).toBe(1)
        expect(await exists(a)).toBe(0)
        throw new Error('second step failed')
      }),
    ).rejects.toThrow('second step failed')
    expect(await exists(a)).toBe(0)
  })

  it('makes a writer outside the transaction wait its turn, not fail on the lock', async () => {
    const req = await createLocalReq({}, payload)
    const [inside, outside] = [email(), email()]
    let finish!: () => void
    const held = new Promise<void>((done) => (finish = done))
    let began!: () => void
    const begun = new Promise<void>((done) => (began = done))
    const transaction = atomically(req, async () => {
      await payload.create({ collection: 'users', data: account(inside) as never, req })
      began()
      await held
    })
    await begun
    let outsideDone = false
    const write = payload
      .create({ collection: 'users', data: account(outside) as never })
      .then(() => (outsideDone = true))
    await new Promise((wait) => setTimeout(wait, 200))
    expect(outsideDone).toBe(false)
    // Reads do not wait: they see what was committed.
    expect(await exists(inside)).toBe(0)
    finish()
    await transaction
    await write
    expect([await exists(inside), await exists(outside)]).toEqual([1, 1])
  })

  // SQLite only: on MongoDB (a replica set) Payload's per-operation transactions are on.
  it.skipIf(payload?.db.name === 'mongoose' || /^mongodb/.test(process.env.DATABASE_URI ?? ''))(
    'leaves Payload’s own per-operation transactions off on SQLite, as the adapter ships',
    async () => {
      expect(await payload.db.beginTransaction()).toBeNull()
    },
  )
})
