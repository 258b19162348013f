import type { Access, CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../access/isAdmin.ts'
import { roleLabels, roles, isAdminUser } from '../access/roles.ts'
import { isStaff } from '../access/staff.ts'
import { label } from '../fields/labels.ts'

/** Staff see and edit their own account; only the platform admin manages the others. */
const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: isStaff,
    read: adminOrSelf,
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
    // API keys are for the forms service account only (staff sign in with a password).
    useAPIKey: true,
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
  },
  labels: {
    singular: label('مستخدم', 'Utilisateur', 'User'),
    plural: label('المستخدمون', 'Utilisateurs', 'Users'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('الاسم', 'Nom', 'Name') },
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
