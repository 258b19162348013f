import data from './data/arrondissements.json' with { type: 'json' }

export type SiteKind = 'central' | 'arrondissement'
export interface LocalizedName {
  ar: string
  fr: string
}

/** One of the 17 sites, as the official list names it plus the defaults Bawaba seeds. */
export interface SiteEntry {
  slug: string
  kind: SiteKind
  name: LocalizedName
  prefecture: LocalizedName | null
  /** Production domain, without scheme. */
  domain: string
  /** Three letters used in tracking codes and short labels. */
  code: string
  /** Default accent colour; editable per site in the CMS. */
  accent: string
}

/** Short codes and accent colours: Bawaba's own choices, not official data. */
const defaults: Record<string, { code: string; accent: string }> = {
  casablanca: { code: 'CAS', accent: '#0b5a6b' },
  anfa: { code: 'ANF', accent: '#0a6e78' },
  maarif: { code: 'MAA', accent: '#8a3b12' },
  'sidi-belyout': { code: 'SBY', accent: '#1d5c96' },
  'ain-chock': { code: 'ACH', accent: '#3f6b1f' },
  'hay-hassani': { code: 'HHS', accent: '#7a2e5c' },
  'al-fida': { code: 'FID', accent: '#0f6b4f' },
  'mers-sultan': { code: 'MSU', accent: '#8c2f2f' },
  'ben-msick': { code: 'BMS', accent: '#4b4f9c' },
  sbata: { code: 'SBT', accent: '#6b5a12' },
  'moulay-rachid': { code: 'MRC', accent: '#2c6a7a' },
  'sidi-othmane': { code: 'SOT', accent: '#7a3d1d' },
  'ain-sebaa': { code: 'ASB', accent: '#1f5f8b' },
  'hay-mohammadi': { code: 'HMD', accent: '#5b2d82' },
  'roches-noires': { code: 'RNO', accent: '#33484f' },
  'sidi-bernoussi': { code: 'SBR', accent: '#8a4513' },
  'sidi-moumen': { code: 'SMO', accent: '#26734d' },
}

function withDefaults(slug: string) {
  const d = defaults[slug]
  if (!d) throw new Error(`site '${slug}': no code or accent colour in the registry defaults`)
  return d
}

export const centralSite: SiteEntry = {
  slug: data.central.slug,
  kind: 'central',
  name: data.central.name,
  prefecture: null,
  domain: data.central.domain,
  ...withDefaults(data.central.slug),
}

export const arrondissements: SiteEntry[] = data.prefectures.flatMap((p) =>
  p.arrondissements.map((a) => ({
    slug: a.slug,
    kind: 'arrondissement' as const,
    name: a.name,
    prefecture: p.name,
    domain: `${a.slug}.${data.central.domain}`,
    ...withDefaults(a.slug),
  })),
)

/** All 17 sites, the central portal first. */
export const sites: SiteEntry[] = [centralSite, ...arrondissements]

export const siteSlugs = sites.map((s) => s.slug)

export function findSite(slug: string): SiteEntry | undefined {
  return sites.find((s) => s.slug === slug)
}

export function getSite(slug: string): SiteEntry {
  const site = findSite(slug)
  if (!site) throw new Error(`unknown site '${slug}' (known: ${siteSlugs.join(', ')})`)
  return site
}
