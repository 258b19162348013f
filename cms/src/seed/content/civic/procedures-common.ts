import { platforms } from '../platforms.ts'
import type { Loc } from '../types.ts'
import type { ProcedureSeed } from './types.ts'

/**
 * Texts shared by several procedures: documents, costs, places and legal references.
 * Only references we are sure of; amounts and time limits stay general where unsure.
 */

export const doc = {
  cnie: {
    ar: 'البطاقة الوطنية للتعريف الإلكترونية للمعني بالأمر (الأصل)',
    fr: "Carte nationale d'identité électronique (CNIE) de l'intéressé, en original",
  },
  cnieDeclarant: {
    ar: 'البطاقة الوطنية للتعريف الإلكترونية للمصرح',
    fr: 'CNIE du déclarant, en original',
  },
  cnieOrResidence: {
    ar: 'البطاقة الوطنية للتعريف الإلكترونية، أو بطاقة الإقامة بالنسبة للأجانب',
    fr: 'CNIE, ou carte de séjour pour les personnes étrangères',
  },
  livret: {
    ar: 'الدفتر العائلي أو مراجع الرسم (رقمه وسنة تسجيله)',
    fr: "Livret de famille ou références de l'acte (numéro et année d'inscription)",
  },
  proxy: {
    ar: 'وكالة مصادق على الإمضاء فيها عند الإيداع لفائدة الغير، مع بطاقة تعريف الوكيل',
    fr: 'Procuration légalisée en cas de démarche pour un tiers, avec la CNIE du mandataire',
  },
  ownership: {
    ar: 'شهادة الملكية أو ما يثبت الحق في العقار',
    fr: 'Certificat de propriété ou tout titre justifiant le droit sur le terrain',
  },
  description: {
    ar: 'عرض مختصر للوقائع أو للطلب، مع المراجع المفيدة',
    fr: 'Exposé bref des faits ou de la demande, avec les références utiles',
  },
  evidence: {
    ar: 'الوثائق المثبتة المفيدة عند الاقتضاء (صور، نسخ من مراسلات سابقة)',
    fr: 'Pièces justificatives utiles le cas échéant (photos, copies de courriers antérieurs)',
  },
  contact: {
    ar: 'وسيلة للتواصل قصد تلقي الجواب (بريد إلكتروني أو هاتف)',
    fr: 'Coordonnées pour recevoir la réponse (courriel ou téléphone)',
  },
} satisfies Record<string, Loc>

export const cost = {
  tariff: { ar: 'حسب التعريفة الجاري بها العمل', fr: 'Selon le barème en vigueur' },
  free: { ar: 'مجانا', fr: 'Gratuit' },
} satisfies Record<string, Loc>

export const place = {
  civilStatus: {
    ar: 'مكتب الحالة المدنية بالمقاطعة التي سجل بها الرسم، أو أحد المكاتب الملحقة التابعة لها',
    fr: "Bureau d'état civil de l'arrondissement où l'acte est inscrit, ou l'un de ses bureaux annexes",
  },
  sameDesk: {
    ar: 'بنفس المكتب، مباشرة بعد الإنجاز',
    fr: 'Au même guichet, dès que la démarche est accomplie',
  },
  legalisation: {
    ar: 'مكتب تصحيح الإمضاءات ومطابقة النسخ لأصولها بالمقاطعة أو بالمكاتب الملحقة',
    fr: "Bureau de légalisation de l'arrondissement ou bureaux annexes",
  },
  rokhas: {
    ar: 'إيداع إلكتروني عبر منصة «رخص» (rokhas.ma)، مع إمكانية المواكبة بالشباك الوحيد',
    fr: 'Dépôt en ligne sur la plateforme Rokhas (rokhas.ma), avec un accompagnement au guichet unique',
  },
  rokhasNotice: {
    ar: 'إشعار عبر منصة «رخص» وتسلم القرار إلكترونيا',
    fr: 'Notification sur Rokhas et retrait de la décision en ligne',
  },
  hq: {
    ar: 'مكتب الضبط بمقر المقاطعة',
    fr: "Bureau d'ordre du siège de l'arrondissement",
  },
  hqCollect: {
    ar: 'بمقر المقاطعة، بعد إشعار المعني بالأمر',
    fr: "Au siège de l'arrondissement, après avis au demandeur",
  },
  form: {
    ar: 'عبر الاستمارة الإلكترونية لهذه البوابة، أو بمكتب الضبط بمقر الجماعة أو المقاطعة',
    fr: "Via le formulaire en ligne de ce portail, ou au bureau d'ordre de la commune ou de l'arrondissement",
  },
  byMail: {
    ar: 'جواب عبر البريد الإلكتروني أو البريد العادي حسب الوسيلة المختارة',
    fr: 'Réponse par courriel ou par courrier postal, selon le mode choisi',
  },
} satisfies Record<string, Loc>

export const law = {
  civilStatus: {
    ar: 'القانون رقم 36.21 المتعلق بالحالة المدنية الصادر بتنفيذه الظهير الشريف رقم 1.21.81 (14 يوليو 2021)، الذي حل محل القانون رقم 37.99، ونصوصه التطبيقية',
    fr: "Loi n° 36-21 relative à l'état civil, promulguée par le dahir n° 1-21-81 du 14 juillet 2021 (qui a remplacé la loi n° 37-99), et ses textes d'application",
  },
  communes: {
    ar: 'القانون التنظيمي رقم 113.14 المتعلق بالجماعات',
    fr: 'Loi organique n° 113-14 relative aux communes',
  },
  simplification: {
    ar: 'القانون رقم 55.19 المتعلق بتبسيط المساطر والإجراءات الإدارية',
    fr: 'Loi n° 55-19 relative à la simplification des procédures et formalités administratives',
  },
  urbanism: {
    ar: 'القانون رقم 12.90 المتعلق بالتعمير، والمرسوم رقم 2.13.424 بالموافقة على ضابط البناء العام',
    fr: "Loi n° 12-90 relative à l'urbanisme ; décret n° 2-13-424 approuvant le règlement général de construction",
  },
  localTax: {
    ar: 'القانون رقم 47.06 المتعلق بجبايات الجماعات المحلية، كما وقع تغييره وتتميمه',
    fr: 'Loi n° 47-06 relative à la fiscalité des collectivités locales, telle que modifiée et complétée',
  },
  communalProperty: {
    ar: 'القانون رقم 57.19 المتعلق بنظام الأملاك العقارية للجماعات الترابية',
    fr: 'Loi n° 57-19 relative au régime des biens immobiliers des collectivités territoriales',
  },
  complaints: {
    ar: 'المرسوم رقم 2.17.265 بتحديد كيفيات تلقي ملاحظات المرتفقين ومقترحاتهم وتظلماتهم وتتبعها ومعالجتها',
    fr: 'Décret n° 2-17-265 fixant les modalités de réception des observations, propositions et réclamations des usagers, de leur suivi et de leur traitement',
  },
} satisfies Record<string, Loc>

/** Several references as one text. */
export const both = (...parts: Loc[]): Loc => ({
  ar: parts.map((p) => p.ar).join('؛ '),
  fr: parts.map((p) => p.fr).join(' ; '),
})

type Online = NonNullable<ProcedureSeed['online']>
const platform = (key: 'watiqa' | 'rokhas' | 'chikaya'): Online => ({
  url: platforms[key].url,
  label: { ar: platforms[key].label.ar, fr: platforms[key].label.fr },
})

export const online = {
  watiqa: platform('watiqa'),
  rokhas: platform('rokhas'),
  chikaya: platform('chikaya'),
}
