import { both, doc, law, place } from './procedures-common.ts'
import type { ProcedureSeed } from './types.ts'

/** Temporary occupation of the communal public domain: terraces and worksites. */
export const publicSpaceProcedures: ProcedureSeed[] = [
  {
    slug: 'terrace-public-space',
    theme: 'public-space',
    title: {
      ar: 'الاحتلال المؤقت للملك العمومي الجماعي: شرفات المقاهي وعرض السلع',
      fr: 'Occupation temporaire du domaine public : terrasse et étalage',
    },
    summary: {
      ar: 'استغلال جزء من الرصيف أو الساحة العمومية أمام محل تجاري بصفة مؤقتة، مع ضمان مرور الراجلين وخاصة الأشخاص في وضعية إعاقة.',
      fr: "Utiliser temporairement une partie du trottoir ou d'une place devant un commerce, en préservant le passage des piétons, en particulier des personnes en situation de handicap.",
    },
    audience: {
      ar: 'أصحاب المقاهي والمطاعم والمحلات التجارية المرخص لها',
      fr: 'Exploitants de cafés, restaurants et commerces autorisés',
    },
    documents: [
      {
        ar: 'طلب يحدد المساحة المطلوبة ومدة الاستغلال',
        fr: "Demande précisant la surface souhaitée et la durée d'occupation",
      },
      {
        ar: 'نسخة من رخصة مزاولة النشاط',
        fr: "Copie de l'autorisation d'exercice de l'activité",
      },
      {
        ar: 'رسم تخطيطي لموقع الشرفة والتجهيزات المزمع وضعها',
        fr: "Croquis de l'emprise et du mobilier prévu",
      },
      doc.cnie,
    ],
    cost: {
      ar: 'إتاوة الاحتلال المؤقت للملك العمومي الجماعي، حسب المساحة والموقع ووفق القرار الجبائي الجاري به العمل',
      fr: "Redevance d'occupation temporaire du domaine public communal, selon la surface et l'emplacement, conformément à l'arrêté fiscal en vigueur",
    },
    timeLimit: {
      ar: 'بعد دراسة الطلب والمعاينة الميدانية؛ الرخصة مؤقتة وقابلة للإلغاء',
      fr: "Après instruction et visite sur place ; l'autorisation est temporaire et révocable",
    },
    submitAt: place.hq,
    collectAt: place.hqCollect,
    legalBasis: both(law.communalProperty, law.communes),
    officeKinds: ['district-hq'],
  },
  {
    slug: 'worksite-public-space',
    theme: 'public-space',
    title: {
      ar: 'الاحتلال المؤقت للملك العمومي لأغراض الأوراش',
      fr: 'Occupation temporaire du domaine public pour un chantier',
    },
    summary: {
      ar: 'وضع حاجز الورش أو السقالات أو مواد البناء على الرصيف أو الطريق العمومية خلال مدة الأشغال، مع الحفاظ على سلامة المارة.',
      fr: 'Installer palissade, échafaudage ou dépôt de matériaux sur le trottoir ou la voie publique pendant les travaux, en garantissant la sécurité des passants.',
    },
    audience: {
      ar: 'أصحاب الأوراش والمقاولات المكلفة بالأشغال',
      fr: "Maîtres d'ouvrage et entreprises chargées des travaux",
    },
    documents: [
      {
        ar: 'طلب يحدد المساحة المطلوبة ومدة الاحتلال',
        fr: "Demande précisant la surface et la durée d'occupation",
      },
      {
        ar: 'نسخة من رخصة البناء أو رخصة الأشغال',
        fr: "Copie du permis de construire ou de l'autorisation de travaux",
      },
      {
        ar: 'رسم تخطيطي لحدود الاحتلال وتدابير السلامة',
        fr: "Croquis de l'emprise et des mesures de sécurité",
      },
    ],
    cost: {
      ar: 'الرسم المفروض على الاحتلال المؤقت للملك العمومي الجماعي لأغراض البناء، حسب المساحة والمدة ووفق التعريفة الجاري بها العمل',
      fr: "Taxe d'occupation temporaire du domaine public communal pour usage lié à la construction, selon la surface, la durée et le barème en vigueur",
    },
    timeLimit: {
      ar: 'بعد دراسة الطلب والمعاينة؛ يجب الحصول على الرخصة قبل بدء الاحتلال',
      fr: "Après instruction et visite ; l'autorisation doit être obtenue avant toute occupation",
    },
    submitAt: place.hq,
    collectAt: place.hqCollect,
    legalBasis: both(law.communalProperty, law.localTax),
    officeKinds: ['district-hq'],
  },
]
