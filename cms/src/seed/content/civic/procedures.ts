import { civilStatusProcedures } from './procedures-civil-status.ts'
import { legalBusinessProcedures } from './procedures-legal-business.ts'
import { publicSpaceProcedures } from './procedures-public-space.ts'
import { relationsProcedures } from './procedures-relations.ts'
import { urbanismProcedures } from './procedures-urbanism.ts'
import type { ProcedureSeed } from './types.ts'

/** The procedure catalogue, modelled on idarati.ma, in the order the services page lists it. */
export const procedures: ProcedureSeed[] = [
  ...civilStatusProcedures,
  ...legalBusinessProcedures,
  ...urbanismProcedures,
  ...publicSpaceProcedures,
  ...relationsProcedures,
]
