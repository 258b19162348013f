import { centralSite, getSite, type SiteEntry } from '@bawaba/registry'
import type { Role } from '../access/roles.ts'

/** The staff accounts the seed creates: one per role on the central site and two districts. */
export interface SeedAccount {
  email: string
  name: string
  role: Role
  /** Site slugs the account works on (none for the platform admin). */
  sites: string[]
}

const mailOf = (local: string, site: SiteEntry) => `${local}@${site.domain}`

function districtAccounts(slug: string): SeedAccount[] {
  const site = getSite(slug)
  return [
    {
      email: mailOf('publication', site),
      name: `Publication · ${site.name.fr}`,
      role: 'district-publisher',
      sites: [slug],
    },
    {
      email: mailOf('redaction', site),
      name: `Rédaction · ${site.name.fr}`,
      role: 'district-editor',
      sites: [slug],
    },
  ]
}

export const seedAccounts: SeedAccount[] = [
  { email: mailOf('admin', centralSite), name: 'Administration Bawaba', role: 'admin', sites: [] },
  {
    email: mailOf('communication', centralSite),
    name: 'Communication · Commune de Casablanca',
    role: 'central-editor',
    sites: [centralSite.slug],
  },
  ...districtAccounts('anfa'),
  ...districtAccounts('maarif'),
]
