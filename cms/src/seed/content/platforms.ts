import type { Loc, SeedLink } from './types.ts'

/** National and regional e-government platforms the services pages point to. */
interface Platform {
  url: string
  /** Full label, for the services page. */
  label: Loc
  /** Short label, for the home page shortcuts. */
  short: Loc
}

export const platforms = {
  watiqa: {
    url: 'https://www.watiqa.ma',
    label: {
      ar: 'وثيقة: طلب نسخ عقود الحالة المدنية عن بعد',
      fr: "Watiqa : commande en ligne des extraits d'actes d'état civil",
      en: 'Watiqa: ordering civil-status certificates online',
    },
    short: { ar: 'نسخ الحالة المدنية', fr: "Extraits d'état civil" },
  },
  rokhas: {
    url: 'https://www.rokhas.ma',
    label: {
      ar: 'رخص: إيداع طلبات رخص التعمير والأنشطة الاقتصادية',
      fr: "Rokhas : demandes d'autorisations d'urbanisme et d'activités économiques",
      en: 'Rokhas: planning permission and business licence applications',
    },
    short: { ar: 'رخص التعمير', fr: "Autorisations d'urbanisme" },
  },
  chikaya: {
    url: 'https://www.chikaya.ma',
    label: {
      ar: 'شكاية: البوابة الوطنية للشكايات',
      fr: 'Chikaya : portail national des réclamations',
      en: 'Chikaya: national complaints portal',
    },
    // Named as the national platform: the home's own complaint form is the district's, first.
    short: {
      ar: 'شكاية: البوابة الوطنية للشكايات',
      fr: 'Chikaya : portail national des réclamations',
    },
  },
  idarati: {
    url: 'https://www.idarati.ma',
    label: {
      ar: 'إدارتي: البوابة الوطنية للمساطر والإجراءات الإدارية',
      fr: 'Idarati : portail national des procédures administratives',
      en: 'Idarati: national portal of administrative procedures',
    },
    short: { ar: 'المساطر الإدارية', fr: 'Procédures administratives' },
  },
  cri: {
    url: 'https://www.invest-cri.ma',
    label: {
      ar: 'المركز الجهوي للاستثمار الدار البيضاء-سطات',
      fr: "Centre régional d'investissement Casablanca-Settat",
      en: 'Casablanca-Settat Regional Investment Centre',
    },
    short: { ar: 'الاستثمار وإحداث المقاولات', fr: 'Investir et créer son entreprise' },
  },
} satisfies Record<string, Platform>

export type PlatformKey = keyof typeof platforms

const order: PlatformKey[] = ['watiqa', 'rokhas', 'chikaya', 'idarati', 'cri']

/** Full-label links for the services page; English only where asked. */
export function platformLinks(withEn = false): SeedLink[] {
  return order.map((k) => {
    const { url, label } = platforms[k]
    return { url, label: withEn ? label : { ar: label.ar, fr: label.fr } }
  })
}

/** Home page shortcuts: four or five platforms, in a site-dependent order. */
export function quickLinks(keys: PlatformKey[] = order): SeedLink[] {
  return keys.map((k) => ({ url: platforms[k].url, label: platforms[k].short }))
}
