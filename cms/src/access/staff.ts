import type { Access } from 'payload'
import { isAdminUser, isStaffUser } from './roles.ts'

/** Any signed-in staff member with a role may open the admin (the forms service may not). */
export const isStaff = ({ req }: { req: { user?: unknown } }): boolean =>
  isStaffUser(req.user as never)

export const staffOnly: Access = ({ req }) => isStaff({ req }) || isAdminUser(req.user)
