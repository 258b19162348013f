import type { Access } from 'payload'
import { isAdminUser, roleOf } from './roles.ts'

/**
 * The commune's shared content (procedure catalogue, partners, the city's timeline, alerts)
 * belongs to no arrondissement: only central staff write it, everyone reads what is published.
 */
export function isCentralStaff(user: Parameters<typeof roleOf>[0]): boolean {
  return isAdminUser(user) || roleOf(user) === 'central-editor'
}

export const centralStaffOnly: Access = ({ req }) => isCentralStaff(req.user)

/** Read: central staff see drafts; everyone else (district staff included) the published. */
export const publishedOrCentral: Access = ({ req }) =>
  isCentralStaff(req.user) ? true : { _status: { equals: 'published' } }

/** Version history: central staff only. */
export const centralVersions: Access = ({ req }) => isCentralStaff(req.user)
