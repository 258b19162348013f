import { createLocalReq, type Payload, type Where } from 'payload'
import { mailCitizen } from '../collections/Submissions/notify.ts'

/**
 * The acknowledgement mails, out of the citizen's request: the drain marks a submission's
 * `receipt` pending (when an email was given) in the same transaction that records it, and this
 * queue sends it. A failure is written on the submission (state, attempts, last error: staff see
 * it in the admin's sidebar and can filter the list on it) and tried again later, with a wait
 * that doubles from 30 s up to an hour, for as long as it fails: a receipt is never dropped.
 * A crash between sending and writing "sent" sends it once more (at least once, never zero).
 */

const firstWaitMs = 30_000
const longestWaitMs = 60 * 60_000

/** How long to wait after the `attempts`-th failure. */
export function retryDelayMs(attempts: number): number {
  return Math.min(longestWaitMs, firstWaitMs * 2 ** Math.max(0, attempts - 1))
}

/** The receipts to send at `now`: never tried, or failed and their wait is over. */
const dueAt = (now: Date): Where => ({
  or: [
    { 'receipt.status': { equals: 'pending' } },
    {
      and: [
        { 'receipt.status': { equals: 'failed' } },
        { 'receipt.nextAttemptAt': { less_than_equal: now.toISOString() } },
      ],
    },
  ],
})

/** Whether any receipt is due (an indexed count: what an idle runner asks now and then). */
export async function receiptsDue(payload: Payload, now = new Date()): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'submissions',
    where: dueAt(now),
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Sends the receipts that are due, at most `limit`; answers how many were sent. Once `signal`
 * is aborted (shutdown) it finishes the mail in hand and records it, and sends no other.
 */
export async function sendDueReceipts(
  payload: Payload,
  limit = 20,
  now = new Date(),
  signal?: AbortSignal,
) {
  const due = await payload.find({
    collection: 'submissions',
    where: dueAt(now),
    sort: 'createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
    select: {
      site: true,
      trackingCode: true,
      service: true,
      status: true,
      receipt: true,
      updatedAt: true,
    },
  })
  let sent = 0
  for (const doc of due.docs as Array<Record<string, any>>) {
    if (signal?.aborted) break
    const attempts = Number(doc.receipt?.attempts ?? 0) + 1
    const req = await createLocalReq({}, payload)
    let receipt: Record<string, unknown>
    try {
      const outcome = await mailCitizen(req, doc as never, 'ack', { rethrow: true })
      receipt =
        outcome === 'sent'
          ? { status: 'sent', attempts, sentAt: new Date().toISOString(), error: null }
          : { status: 'none', attempts, error: null }
      if (outcome === 'sent') sent++
    } catch (error) {
      receipt = {
        status: 'failed',
        attempts,
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)).toISOString(),
        error: String((error as Error)?.message ?? error).slice(0, 500),
      }
      payload.logger.warn(
        { code: doc.trackingCode, attempts },
        `receipt not sent, retried later: ${receipt.error}`,
      )
    }
    // The adapter's write: no hooks (no history entry, no status mail), the other fields kept,
    // `updatedAt` too (a mail leaving is not a change of the request: Open311 shows it).
    await payload.db.updateOne({
      collection: 'submissions',
      id: doc.id,
      data: { receipt: { ...doc.receipt, ...receipt }, updatedAt: doc.updatedAt },
      returning: false,
    })
  }
  return sent
}
