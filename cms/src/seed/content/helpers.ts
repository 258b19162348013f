import type { SiteEntry } from '@bawaba/registry'
import type { ImageSpec, Loc, Motif, SeedLink } from './types.ts'

/** The site's name in the forms sentences need, all derived from the registry. */
export interface Names {
  /** As the registry writes it: «مقاطعة أنفا», «Arrondissement d'Anfa». */
  ar: string
  fr: string
  /** French, inside a sentence: «l'arrondissement d'Anfa», «la Commune de Casablanca». */
  frIn: string
  /** Without the «مقاطعة»/«Arrondissement de» prefix: «أنفا», «Anfa». */
  shortAr: string
  shortFr: string
  /** English, inside a sentence: «the Anfa arrondissement». */
  en: string
}

export function names(site: SiteEntry): Names {
  const { ar, fr } = site.name
  const frIn = fr.charAt(0).toLowerCase() === fr.charAt(0) ? fr : lowerFirstWord(fr)
  const shortFr = fr.replace(/^(Arrondissement|Commune) (d'|de |des |du )/, '')
  const shortAr = ar.replace(/^(مقاطعة|جماعة) /, '')
  const plain = shortFr.replace(/\s*\(.*\)$/, '')
  const en = site.kind === 'central' ? `the Commune of ${plain}` : `the ${plain} arrondissement`
  return { ar, fr, frIn, shortAr, shortFr, en }
}

function lowerFirstWord(fr: string): string {
  if (fr.startsWith('Arrondissement')) return `l'a${fr.slice(1)}`
  if (fr.startsWith('Commune')) return `la c${fr.slice(1)}`
  return fr
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** FNV-1a: a stable number from a string, used as an image seed. */
export function seedOf(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const motifAlt: Record<Motif, Required<Pick<Loc, 'ar' | 'fr' | 'en'>>> = {
  zellige: {
    ar: 'رسم تجريدي بزخارف الزليج المغربي',
    fr: 'Illustration abstraite à motifs de zellige',
    en: 'Abstract illustration with zellige patterns',
  },
  arches: {
    ar: 'رسم تجريدي لواجهات عمارات بأقواس على طراز الآرت ديكو',
    fr: 'Illustration abstraite de façades Art déco à arcades',
    en: 'Abstract illustration of Art Deco facades with arches',
  },
  skyline: {
    ar: 'رسم تجريدي لأفق المدينة وصومعة مطلة على البحر',
    fr: "Illustration abstraite d'une ligne d'horizon urbaine avec un minaret au bord de l'océan",
    en: 'Abstract illustration of a city skyline with a minaret by the ocean',
  },
  waves: {
    ar: 'رسم تجريدي لأمواج المحيط عند الغروب',
    fr: 'Illustration abstraite de vagues océaniques au soleil couchant',
    en: 'Abstract illustration of ocean waves at sunset',
  },
  garden: {
    ar: 'رسم تجريدي لحديقة بأشجار ونخيل',
    fr: "Illustration abstraite d'un jardin planté d'arbres et de palmiers",
    en: 'Abstract illustration of a garden with trees and palms',
  },
  crowd: {
    ar: 'رسم تجريدي لجمع من المواطنين',
    fr: "Illustration abstraite d'un rassemblement de citoyens",
    en: 'Abstract illustration of a gathering of citizens',
  },
  document: {
    ar: 'رسم تجريدي لوثائق إدارية وختم رسمي',
    fr: "Illustration abstraite de documents administratifs et d'un cachet officiel",
    en: 'Abstract illustration of administrative documents and an official seal',
  },
  sport: {
    ar: 'رسم تجريدي لملعب كرة القدم من الأعلى',
    fr: "Illustration abstraite d'un terrain de football vu du dessus",
    en: 'Abstract illustration of a football pitch seen from above',
  },
}

/** An illustration spec; the seed depends only on the site and the key, so reruns match. */
export function image(siteSlug: string, key: string, motif: Motif, withEn = false): ImageSpec {
  const { ar, fr, en } = motifAlt[motif]
  return { motif, seed: seedOf(`${siteSlug}:${key}`), alt: withEn ? { ar, fr, en } : { ar, fr } }
}

/** «أ، ب وج» / «a, b et c». */
export function listAr(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`
}

export function listFr(items: string[], and = 'et'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}

export const pageLink = (pageSlug: string, label: Loc): SeedLink => ({ label, pageSlug })
export const urlLink = (url: string, label: Loc): SeedLink => ({ label, url })

export const hours: Loc = {
  ar: 'من الاثنين إلى الجمعة، 8:30–16:30',
  fr: 'Du lundi au vendredi, 8h30–16h30',
}

export const hoursEn = 'Monday to Friday, 8:30 am–4:30 pm'
