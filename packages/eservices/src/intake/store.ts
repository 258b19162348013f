import type { IntakeEntry, IntakeFile, IntakeRecord } from '@bawaba/schemas'

/**
 * The intake: where an e-service submission is written, once and durably, before its tracking
 * code is shown (the transactional outbox of the e-services). The edge accepts into it; the
 * CMS reads it to answer tracking for codes not yet drained, and drains it into Payload
 * submissions (cms/src/intake). Two implementations, chosen by `INTAKE_URI`'s scheme: SQLite
 * (`file:`, the local default, a file of its own beside the CMS's database) and MongoDB
 * (`mongodb://`, production: a collection in the CMS's own database).
 */
export interface IntakeStore {
  /**
   * Writes `record` with its files and answers once it is durable. The tracking code comes
   * from `newCode`, drawn again on the rare clash with a code already issued. The same
   * idempotency key answers the code stored first (`duplicate`), or a conflict when the
   * content differs; a proof of work already spent is a conflict too.
   */
  accept(
    record: Omit<IntakeRecord, 'code'>,
    files: readonly IntakeFile[],
    newCode: () => string,
  ): Promise<Accepted>
  /** The entry a tracking code names, drained or not (a drained one has no input or files). */
  byCode(code: string): Promise<IntakeEntry | null>
  /** Entries not yet drained, oldest first, with their files. */
  pending(limit: number): Promise<IntakeEntry[]>
  /**
   * Removes an entry not yet drained whose code nobody was given (the CMS's own submit door
   * answers its caller only after recording: a file Payload refuses there is a 400, not a code).
   */
  discard(code: string): Promise<void>
  /** The CMS has them: forget their content (data minimisation), keep code and key. */
  markDrained(codes: readonly string[], at?: Date): Promise<void>
  /**
   * Takes or extends the lease `name` for `holder` until `ms` from now, if nobody else holds
   * it: one drainer at a time among several CMS instances (safety does not rest on it).
   */
  takeLease(name: string, holder: string, ms: number): Promise<boolean>
  releaseLease(name: string, holder: string): Promise<void>
  /** How many wait, and since when the oldest. */
  backlog(): Promise<{ pending: number; oldestReceivedAt: string | null }>
  /**
   * A value that changes when an entry is added by another process: what an idle drainer polls
   * (no lock taken, nothing written) before it looks any further.
   */
  watermark(): Promise<string>
  close(): Promise<void>
}

export type Accepted =
  | { kind: 'accepted'; code: string; dueAt: string | null; duplicate: boolean }
  | { kind: 'conflict'; reason: 'idempotency' | 'altcha' }

/** Two deliveries of one key: the same submission when the digests match, else a conflict. */
export function answerForExisting(
  existing: { code: string; digest: string; dueAt: string | null },
  digest: string,
): Accepted {
  return existing.digest === digest
    ? { kind: 'accepted', code: existing.code, dueAt: existing.dueAt, duplicate: true }
    : { kind: 'conflict', reason: 'idempotency' }
}

/** How many times a clashing tracking code is drawn again before giving up (never seen). */
export const codeDraws = 8
