import type { Access } from 'payload'
import { isAdminUser, roleOf } from './roles.ts'

/** Any signed-in staff member with a role may open the admin. */
export const isStaff = ({ req }: { req: { user?: unknown } }): boolean =>
  roleOf(req.user as never) !== null

export const staffOnly: Access = ({ req }) => isStaff({ req }) || isAdminUser(req.user)
