/**
 * The procedure catalogue as the services pages show it: grouped by theme, with the anchors
 * other pages link to (`#theme-…` on the catalogue, `#partner-…` on the portal's partners
 * page, `#office-…` on the offices page).
 */
import { centralSite, siteOrigin, type Locale } from '@bawaba/registry'
import { partnerKinds, type Partner, type Procedure, type ProcedureTheme } from '@bawaba/schemas'
import { getPartners, getProcedureThemes, getProcedures } from './civic.ts'
import { paths } from './urls.ts'

export const themeId = (theme: ProcedureTheme) => `theme-${theme}`
export const partnerId = (slug: string) => `partner-${slug}`
export const officeId = (slug: string) => `office-${slug}`

/** Whether a procedure can be done online (a national platform or one of Bawaba's forms). */
export const isOnline = (procedure: Procedure) => Boolean(procedure.online || procedure.form)

export interface ThemeGroup {
  theme: ProcedureTheme
  procedures: Procedure[]
}

/** The catalogue by theme, themes in the schema's order, empty ones left out. */
export async function getProcedureGroups(): Promise<ThemeGroup[]> {
  const procedures = await getProcedures()
  return (await getProcedureThemes()).map((theme) => ({
    theme,
    procedures: procedures.filter((p) => p.theme === theme),
  }))
}

export interface PartnerGroup {
  kind: Partner['kind']
  partners: Partner[]
}

/** The partners by kind, in the schema's order, empty kinds left out. */
export async function getPartnerGroups(): Promise<PartnerGroup[]> {
  const partners = await getPartners()
  return partnerKinds
    .map((kind) => ({ kind, partners: partners.filter((p) => p.kind === kind) }))
    .filter((group) => group.partners.length > 0)
}

/** A partner's entry on the portal's partners page, from any site. */
export function partnerEntryUrl(locale: Locale, slug: string): string {
  return `${siteOrigin(centralSite.slug)}${paths.partners(locale)}#${partnerId(slug)}`
}
