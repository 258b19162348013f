import path from 'node:path'
import { newTrackingCode } from '@bawaba/eservices'
import { openSqliteIntake } from '@bawaba/eservices/intake'
import { afterAll, describe, expect, it } from 'vitest'
import { call, dataDir, service } from '../test/stack.ts'

/**
 * "Received" is true from the first answer: over HTTP against the test stack's CMS, a code
 * still in the intake (here one the drain cannot record, so that it stays there) is tracked
 * with the email or phone given, answers `received` and nothing personal, and cannot be
 * reopened; a wrong contact gets the same answer as an unknown code.
 */
const store = openSqliteIntake(path.join(dataDir, 'intake.db'))
const codes: string[] = []

afterAll(async () => {
  // Not left for the stack's drain to retry for ever.
  await store.markDrained(codes)
  await store.close()
})

describe('tracking a code still in the intake', () => {
  it('answers received for the right contact, not-found for a wrong one', async () => {
    const answer = await store.accept(
      {
        idempotencyKey: `track-intake-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        digest: 'd'.repeat(64),
        altchaKey: null,
        service: 'complaint',
        site: 'anfa',
        locale: 'fr',
        receivedAt: '2026-12-01T08:00:00.000Z',
        dueAt: '2027-01-30T23:59:59.999Z',
        // A category the CMS refuses: the drain leaves it in the intake.
        input: {
          category: 'not-a-category',
          description: 'Fuite d’eau devant le numéro 12.',
          email: 'pending.citizen@example.ma',
          phone: '0612345678',
        },
      },
      [],
      () => newTrackingCode('ANF'),
    )
    if (answer.kind !== 'accepted') throw new Error(answer.reason)
    codes.push(answer.code)

    for (const contact of ['pending.citizen@example.ma', '06 12 34 56 78']) {
      const { status, json } = await call('POST', '/api/submissions/track', service, {
        code: answer.code.toLowerCase(),
        contact,
      })
      expect(status, contact).toBe(200)
      expect(json).toEqual({
        code: answer.code,
        service: 'complaint',
        site: 'anfa',
        status: 'received',
        receivedAt: '2026-12-01T08:00:00.000Z',
        dueAt: '2027-01-30T23:59:59.999Z',
        history: [{ status: 'received', at: '2026-12-01T08:00:00.000Z', reply: null }],
      })
    }
    const wrong = await call('POST', '/api/submissions/track', service, {
      code: answer.code,
      contact: 'someone@else.ma',
    })
    expect(wrong).toMatchObject({ status: 404, json: { error: 'not-found' } })
    const reopen = await call('POST', '/api/submissions/reopen', service, {
      code: answer.code,
      contact: '0612345678',
    })
    expect(reopen).toMatchObject({ status: 409, json: { error: 'not-reopenable' } })
  })
})
