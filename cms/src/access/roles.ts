import type { TypedUser } from 'payload'

/**
 * Staff roles. A user's sites (the multi-tenant `sites` array) say where the role applies:
 * the central editor is assigned the central site; district roles their arrondissement.
 */
export const staffRoles = [
  'admin',
  'central-editor',
  'district-publisher',
  'district-editor',
] as const
/**
 * Besides staff, one machine role: the account the e-services endpoints use to store what
 * citizens submit. It can create submissions and their files, and nothing else.
 */
export const roles = [...staffRoles, 'forms-service'] as const
export type Role = (typeof roles)[number]

type MaybeUser = TypedUser | null | undefined

export const roleLabels: Record<Role, Record<'ar' | 'fr' | 'en', string>> = {
  admin: { ar: 'مدير المنصة', fr: 'Administrateur de la plateforme', en: 'Platform admin' },
  'central-editor': {
    ar: 'محرر الجماعة (التواصل)',
    fr: 'Éditeur central (communication)',
    en: 'Central editor',
  },
  'district-publisher': {
    ar: 'ناشر المقاطعة',
    fr: "Publicateur d'arrondissement",
    en: 'District publisher',
  },
  'district-editor': {
    ar: 'محرر المقاطعة',
    fr: "Rédacteur d'arrondissement",
    en: 'District editor',
  },
  'forms-service': {
    ar: 'حساب خدمة الاستمارات',
    fr: 'Compte de service des formulaires',
    en: 'Forms service account',
  },
}

/**
 * The account behind a request, or null when it must count as nobody: API keys are the forms
 * service's alone, so a staff account that authenticated with one (a key minted before keys
 * were restricted, or planted in the database) gets no role, no site and no rights.
 */
function accountOf(user: MaybeUser): Record<string, unknown> | null {
  const account = user as Record<string, unknown> | null | undefined
  if (!account) return null
  if (account._strategy === 'api-key' && account.role !== 'forms-service') return null
  return account
}

export function roleOf(user: MaybeUser): Role | null {
  const role = accountOf(user)?.role
  return typeof role === 'string' && (roles as readonly string[]).includes(role)
    ? (role as Role)
    : null
}

/** Whether the user is staff (a person working in the admin), not the forms service. */
export function isStaffUser(user: MaybeUser): boolean {
  const role = roleOf(user)
  return role !== null && (staffRoles as readonly string[]).includes(role)
}

export function isFormsService(user: MaybeUser): boolean {
  return roleOf(user) === 'forms-service'
}

export function isAdminUser(user: MaybeUser): boolean {
  return roleOf(user) === 'admin'
}

/** Ids of the sites a user works on (empty for anonymous callers). */
export function siteIdsOf(user: MaybeUser): string[] {
  const rows = (accountOf(user) as { sites?: { site?: unknown }[] | null } | null)?.sites ?? []
  return rows
    .map((row) =>
      typeof row.site === 'object' && row.site ? (row.site as { id: string }).id : row.site,
    )
    .filter((id): id is string => typeof id === 'string' && id.length > 0)
}

/** Publishing, unpublishing and deleting are not for district editors, who write drafts. */
export function canPublish(user: MaybeUser): boolean {
  const role = roleOf(user)
  return role === 'admin' || role === 'central-editor' || role === 'district-publisher'
}

/** Only the commune's communication staff put central items on district sites. */
export function canFeature(user: MaybeUser): boolean {
  const role = roleOf(user)
  return role === 'admin' || role === 'central-editor'
}
