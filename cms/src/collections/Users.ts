import { invisibleInNames } from '@bawaba/schemas'
import type { Access, CollectionConfig, Where } from 'payload'
import { isAdmin, isAdminField } from '../access/isAdmin.ts'
import {
  roleLabels,
  roles,
  isAdminUser,
  isStaffUser,
  roleOf,
  siteIdsOf,
  staffRoles,
} from '../access/roles.ts'
import { isStaff } from '../access/staff.ts'
import { label } from '../fields/labels.ts'
import { restrictApiKeys } from '../hooks/restrictApiKeys.ts'
import { forgotPasswordEndpoint, guardSignIn, refundSignIn } from '../hooks/signIn.ts'

/** Staff edit their own account; only the platform admin manages the others. */
const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  return req.user && roleOf(req.user) ? { id: { equals: req.user.id } } : false
}

/**
 * Staff also see the colleagues they share a site with (to assign them a submission, and to
 * know who did what in its history); never another district's staff, the platform admin or
 * the forms service.
 */
const selfOrColleagues: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!req.user || !roleOf(req.user)) return false
  const self: Where = { id: { equals: req.user.id } }
  const sites = isStaffUser(req.user) ? siteIdsOf(req.user) : []
  if (!sites.length) return self
  const colleagues: Where[] = [{ 'sites.site': { in: sites } }, { role: { in: [...staffRoles] } }]
  return { or: [self, { and: colleagues }] }
}

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: isStaff,
    read: selfOrColleagues,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: label('الإعدادات', 'Paramètres', 'Settings'),
  },
  auth: {
    // API keys are for the forms service account only (staff sign in with a password):
    // restrictApiKeys refuses any other, and roleOf gives one on a staff account no rights.
    useAPIKey: true,
    tokenExpiration: 8 * 60 * 60,
    // No lock on accounts (anyone could lock anyone out): attempts are budgeted per client
    // address instead (hooks/signIn.ts).
    maxLoginAttempts: 0,
    cookies: { sameSite: 'Lax' },
  },
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [guardSignIn],
    beforeValidate: [restrictApiKeys],
    afterLogin: [refundSignIn],
  },
  labels: {
    singular: label('مستخدم', 'Utilisateur', 'User'),
    plural: label('المستخدمون', 'Utilisateurs', 'Users'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      // A name of characters that print as nothing looks filled and is not (nor is it unique).
      hooks: {
        beforeValidate: [
          ({ value }) =>
            typeof value === 'string' ? value.replace(invisibleInNames, '').trim() : value,
        ],
      },
      label: label('الاسم', 'Nom', 'Name'),
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'district-editor',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      label: label('الدور', 'Rôle', 'Role'),
    },
  ],
}
