import { arrondissements, centralSite, type SiteEntry } from '@bawaba/registry'
import { centralLocation, centralPhone } from '../central.ts'
import { districtFacts } from '../districts/index.ts'
import { names, type Names } from '../helpers.ts'
import type { Loc } from '../types.ts'
import type { HoursRow, OfficeKind, OfficeSeed } from './types.ts'

/**
 * Offices generated from the registry: four per arrondissement and two for the central
 * portal. Addresses stay general (no invented street numbers); coordinates are the site's
 * location with small offsets; phone numbers vary the last two digits of the site's number.
 */

const weekdays: HoursRow['days'] = ['mon', 'tue', 'wed', 'thu', 'fri']
const hours: HoursRow[] = [{ days: weekdays, opens: '08:30', closes: '16:30' }]
const ramadanHours: HoursRow[] = [{ days: weekdays, opens: '09:00', closes: '15:00' }]

interface Variant {
  kind: OfficeKind
  /** Slug suffix after the site slug. */
  key: string
  /** Mailbox before `@domain`. */
  mailbox: string
  /** Offset from the site's location, degrees (< 0.004). */
  offset: [number, number]
  /** Added to the last two digits of the site's phone number (0 = the site's number). */
  phoneStep: number
  name: (n: Names) => Loc
  address: (n: Names) => Loc
  services: Loc[]
}

const seat = (n: Names): Loc => ({
  ar: `مقر ${n.ar}، الدار البيضاء`,
  fr: `Siège de ${n.frIn}, Casablanca`,
})

const s = {
  mail: {
    ar: 'إيداع المراسلات والطلبات وتسلم وصل الإيداع',
    fr: 'Dépôt des courriers et demandes, avec récépissé',
  },
  complaints: {
    ar: 'تلقي الشكايات وطلبات الحصول على المعلومات',
    fr: "Réception des réclamations et des demandes d'accès à l'information",
  },
  publicSpace: {
    ar: 'طلبات الاحتلال المؤقت للملك العمومي (شرفات، أوراش)',
    fr: 'Occupation temporaire du domaine public (terrasses, chantiers)',
  },
  smallWorks: {
    ar: 'رخص الإصلاح والأشغال الصغرى',
    fr: 'Autorisations de petits travaux et de réfection',
  },
  business: {
    ar: 'مواكبة طلبات رخص الأنشطة التجارية والمهنية',
    fr: "Accompagnement des demandes d'autorisation d'activités commerciales",
  },
  birth: { ar: 'التصريح بالولادات', fr: 'Déclarations de naissance' },
  death: { ar: 'التصريح بالوفيات ورخص الدفن', fr: "Déclarations de décès et permis d'inhumer" },
  copies: {
    ar: 'تسليم النسخ الكاملة والموجزات من رسوم الحالة المدنية',
    fr: "Copies intégrales et extraits d'actes d'état civil",
  },
  marriage: {
    ar: 'وثائق الحالة المدنية لملفات الزواج',
    fr: "Documents d'état civil pour les dossiers de mariage",
  },
  permanence: {
    ar: 'مداومة لتسجيل الوفيات خلال العطل، حسب البرنامج المعلق بالمكتب',
    fr: 'Permanence pour les décès les jours fériés, selon le planning affiché au bureau',
  },
  legalisation: { ar: 'تصحيح الإمضاءات', fr: 'Légalisation des signatures' },
  certification: {
    ar: 'الإشهاد على مطابقة النسخ لأصولها',
    fr: 'Certification conforme des copies de documents',
  },
  inPerson: {
    ar: 'يشترط حضور الموقع شخصيا مع بطاقته الوطنية الأصلية',
    fr: 'Présence du signataire obligatoire, avec sa CNIE originale',
  },
}

const districtVariants: Variant[] = [
  {
    kind: 'district-hq',
    key: 'siege',
    mailbox: 'contact',
    offset: [0.0004, -0.0003],
    phoneStep: 0,
    name: (n) => ({ ar: `مقر ${n.ar}`, fr: `Siège de ${n.frIn}` }),
    address: seat,
    services: [s.mail, s.complaints, s.publicSpace, s.smallWorks, s.business],
  },
  {
    kind: 'civil-status',
    key: 'etat-civil',
    mailbox: 'etat-civil',
    offset: [0.0021, -0.0014],
    phoneStep: 11,
    name: (n) => ({ ar: `مكتب الحالة المدنية — ${n.ar}`, fr: `Bureau d'état civil — ${n.fr}` }),
    address: seat,
    services: [s.birth, s.death, s.copies, s.marriage, s.permanence],
  },
  {
    kind: 'legalisation',
    key: 'legalisation',
    mailbox: 'legalisation',
    offset: [-0.0017, 0.0023],
    phoneStep: 23,
    name: (n) => ({
      ar: `مكتب تصحيح الإمضاءات — ${n.ar}`,
      fr: `Bureau de légalisation des signatures — ${n.fr}`,
    }),
    address: seat,
    services: [s.legalisation, s.certification, s.inPerson],
  },
  {
    kind: 'annex',
    key: 'annexe',
    mailbox: 'annexe',
    offset: [-0.0033, -0.0031],
    phoneStep: 37,
    name: (n) => ({ ar: `المكتب الملحق — ${n.ar}`, fr: `Bureau annexe — ${n.fr}` }),
    address: (n) => ({ ar: `${n.ar}، الدار البيضاء`, fr: `${n.fr}, Casablanca` }),
    services: [s.copies, s.birth, s.legalisation, s.certification],
  },
]

const centralVariants: Variant[] = [
  {
    kind: 'one-stop',
    key: 'guichet-unique',
    mailbox: 'bureau-ordre',
    offset: [0.0006, 0.0005],
    phoneStep: 0,
    name: (n) => ({
      ar: `الشباك الوحيد ومكتب الضبط — ${n.ar}`,
      fr: `Guichet unique et bureau d'ordre — ${n.fr}`,
    }),
    address: seat,
    services: [
      s.mail,
      s.complaints,
      {
        ar: 'مواكبة طلبات رخص التعمير المودعة عبر منصة «رخص»',
        fr: "Accompagnement des demandes d'autorisations d'urbanisme déposées sur Rokhas",
      },
      {
        ar: 'المعلومات التعميرية حول العقارات',
        fr: 'Renseignements urbanistiques sur les parcelles',
      },
      {
        ar: 'الرسم على الأراضي الحضرية غير المبنية: الإقرار والأداء',
        fr: 'Taxe sur les terrains urbains non bâtis : déclaration et paiement',
      },
    ],
  },
  {
    kind: 'legalisation',
    key: 'legalisation',
    mailbox: 'legalisation',
    offset: [-0.0012, 0.0019],
    phoneStep: 17,
    name: (n) => ({
      ar: `المكتب المركزي لتصحيح الإمضاءات — ${n.ar}`,
      fr: `Bureau central de légalisation — ${n.fr}`,
    }),
    address: seat,
    services: [s.legalisation, s.certification, s.inPerson],
  },
]

/** `+212 5 22 70 15 90` with step 11 → `+212 5 22 70 15 01`. */
function varyPhone(phone: string, step: number): string {
  const last = Number(phone.slice(-2))
  return `${phone.slice(0, -2)}${String((last + step) % 100).padStart(2, '0')}`
}

const round = (x: number) => Math.round(x * 1e6) / 1e6
/** Each office gets its own rows, so editing one never changes another. */
const copyRows = (rows: HoursRow[]) => rows.map((row) => ({ ...row, days: [...row.days] }))

function officesOf(
  site: SiteEntry,
  location: { lat: number; lng: number },
  phone: string,
  variants: Variant[],
): OfficeSeed[] {
  const n = names(site)
  return variants.map((v) => ({
    slug: `${site.slug}-${v.key}`,
    site: site.slug,
    kind: v.kind,
    name: v.name(n),
    address: v.address(n),
    lat: round(location.lat + v.offset[0]),
    lng: round(location.lng + v.offset[1]),
    phone: varyPhone(phone, v.phoneStep),
    email: `${v.mailbox}@${site.domain}`,
    hours: copyRows(hours),
    ramadanHours: copyRows(ramadanHours),
    services: v.services.map((loc) => ({ ...loc })),
  }))
}

export const offices: OfficeSeed[] = [
  ...officesOf(centralSite, centralLocation, centralPhone, centralVariants),
  ...arrondissements.flatMap((site) => {
    const facts = districtFacts(site)
    return officesOf(site, facts.location, facts.phone, districtVariants)
  }),
]
