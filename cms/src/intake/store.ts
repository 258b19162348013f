import { intake, type IntakeStore } from '@bawaba/eservices/intake'
import { intakeUri } from '../env.ts'

/** The intake this CMS drains and answers tracking from (`INTAKE_URI`; see env.ts). */
export function intakeStore(): Promise<IntakeStore> {
  return intake(intakeUri())
}
