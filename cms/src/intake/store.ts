import type { IntakeStore } from '@bawaba/eservices/intake'
import { closeIntakeOffThread, intakeOffThread } from '@bawaba/eservices/intake/thread'
import { intakeUri } from '../env.ts'

/**
 * The intake this CMS drains and answers tracking from (`INTAKE_URI`; see env.ts). On SQLite
 * it is worked in a thread of its own, so that waiting for the edge's writes never holds the
 * thread that answers staff (packages/eservices/src/intake/thread.ts).
 */
export function intakeStore(): Promise<IntakeStore> {
  return intakeOffThread(intakeUri())
}

/** Closes it (shutdown, after the runner stopped: runner.ts). */
export function closeIntakeStore(): Promise<void> {
  return closeIntakeOffThread(intakeUri())
}
