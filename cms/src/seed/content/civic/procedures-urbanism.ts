import { both, cost, doc, law, online, place } from './procedures-common.ts'
import type { ProcedureSeed } from './types.ts'

const architectFile = {
  ar: 'الملف المعماري المنجز والموقع من طرف مهندس معماري (التصميم الموقعي، تصميم الكتلة، تصاميم الطوابق والواجهات والمقاطع)',
  fr: 'Dossier architectural établi et signé par un architecte (plans de situation, de masse, des niveaux, façades et coupes)',
}
const instruction = {
  ar: 'داخل آجال الدراسة المحددة في ضابط البناء العام؛ يتم تتبع مآل الملف عبر منصة «رخص»',
  fr: "Dans les délais d'instruction fixés par le règlement général de construction ; suivi du dossier sur Rokhas",
}

/** Urbanism: permits, subdivisions, small works, planning information. */
export const urbanismProcedures: ProcedureSeed[] = [
  {
    slug: 'building-permit',
    theme: 'urbanism',
    title: { ar: 'رخصة البناء', fr: 'Permis de construire' },
    summary: {
      ar: 'رخصة إلزامية قبل كل بناء جديد أو تغيير في بناية قائمة يمس هيكلها أو مظهرها. يودع الملف إلكترونيا ويدرس بالشباك الوحيد لرخص التعمير.',
      fr: "Autorisation obligatoire avant toute construction nouvelle ou toute modification touchant la structure ou l'aspect d'un bâtiment existant. Le dossier est déposé en ligne et instruit par le guichet unique des autorisations d'urbanisme.",
    },
    audience: {
      ar: 'ملاك الأراضي والمنعشون العقاريون أو من ينوب عنهم',
      fr: 'Propriétaires, promoteurs ou leurs mandataires',
    },
    documents: [
      architectFile,
      doc.ownership,
      {
        ar: 'الدراسات التقنية (الخرسانة المسلحة) المنجزة من طرف مهندس مختص، حسب طبيعة المشروع',
        fr: "Études techniques (béton armé) par un ingénieur ou un bureau d'études, selon le projet",
      },
      {
        ar: 'طلب موقع من صاحب المشروع أو وكيله',
        fr: "Demande signée par le maître d'ouvrage ou son mandataire",
      },
    ],
    cost: {
      ar: 'الرسم على عمليات البناء حسب المساحة المغطاة ووفق التعريفة الجاري بها العمل، إضافة إلى أتعاب المهنيين على عاتق صاحب الطلب',
      fr: 'Taxe sur les opérations de construction selon la surface couverte et le barème en vigueur ; honoraires des professionnels à la charge du demandeur',
    },
    timeLimit: instruction,
    submitAt: place.rokhas,
    collectAt: place.rokhasNotice,
    legalBasis: both(law.urbanism, law.localTax),
    officeKinds: ['one-stop'],
    online: online.rokhas,
  },
  {
    slug: 'occupancy-permit',
    theme: 'urbanism',
    title: {
      ar: 'رخصة السكن وشهادة المطابقة',
      fr: "Permis d'habiter et certificat de conformité",
    },
    summary: {
      ar: 'بعد انتهاء الأشغال، تثبت رخصة السكن (للبنايات السكنية) أو شهادة المطابقة (لباقي البنايات) أن البناء أنجز وفق التصاميم المرخصة.',
      fr: "À la fin des travaux, le permis d'habiter (bâtiments d'habitation) ou le certificat de conformité (autres bâtiments) atteste que la construction respecte les plans autorisés.",
    },
    audience: {
      ar: 'أصحاب رخص البناء بعد انتهاء الأشغال',
      fr: "Titulaires d'un permis de construire, une fois les travaux achevés",
    },
    documents: [
      {
        ar: 'التصريح بانتهاء الأشغال',
        fr: "Déclaration d'achèvement des travaux",
      },
      {
        ar: 'شهادة المطابقة المسلمة من طرف المهندس المعماري المشرف على الأشغال',
        fr: "Certificat de conformité délivré par l'architecte ayant suivi les travaux",
      },
      {
        ar: 'شهادة المهندس المختص أو مكتب الدراسات بخصوص الهيكل',
        fr: "Attestation de l'ingénieur ou du bureau d'études pour la structure",
      },
      {
        ar: 'مراجع رخصة البناء والتصاميم المرخصة',
        fr: 'Références du permis de construire et des plans autorisés',
      },
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'بعد معاينة مطابقة الأشغال، داخل الآجال المحددة في ضابط البناء العام',
      fr: 'Après visite de récolement, dans les délais fixés par le règlement général de construction',
    },
    submitAt: place.rokhas,
    collectAt: place.rokhasNotice,
    legalBasis: law.urbanism,
    officeKinds: ['one-stop'],
    online: online.rokhas,
  },
  {
    slug: 'small-works-authorisation',
    theme: 'urbanism',
    title: {
      ar: 'رخصة الإصلاح والأشغال الصغرى',
      fr: 'Autorisation de petits travaux et de réfection',
    },
    summary: {
      ar: 'أشغال الإصلاح أو الترميم أو التهيئة المحدودة التي لا تمس العناصر الحاملة للبناية، كتجديد التلبيسات أو تغيير التجهيزات.',
      fr: "Travaux limités de réparation, de réfection ou d'aménagement qui ne touchent pas aux éléments porteurs, comme la reprise d'enduits ou le remplacement d'équipements.",
    },
    audience: {
      ar: 'ملاك البنايات أو المكترون بموافقة المالك',
      fr: "Propriétaires, ou locataires avec l'accord du propriétaire",
    },
    documents: [
      {
        ar: 'طلب يصف الأشغال المزمع إنجازها ومدتها',
        fr: 'Demande décrivant les travaux prévus et leur durée',
      },
      doc.ownership,
      {
        ar: 'صور للحالة الراهنة ورسم تخطيطي عند الاقتضاء',
        fr: "Photos de l'état actuel et croquis le cas échéant",
      },
      doc.cnie,
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'حسب طبيعة الأشغال؛ تخبركم المصلحة بالأجل عند الإيداع',
      fr: 'Selon la nature des travaux ; le service indique le délai au dépôt',
    },
    submitAt: {
      ar: 'مصلحة التعمير بمقر المقاطعة، أو عبر منصة «رخص» حين تكون المسطرة متاحة بها',
      fr: "Service de l'urbanisme au siège de l'arrondissement, ou sur Rokhas lorsque la démarche y est proposée",
    },
    collectAt: place.hqCollect,
    legalBasis: both(law.urbanism, law.communes),
    officeKinds: ['district-hq'],
  },
  {
    slug: 'subdivision-permit',
    theme: 'urbanism',
    title: {
      ar: 'رخصة التجزئة أو التقسيم',
      fr: 'Autorisation de lotir ou de morceler',
    },
    summary: {
      ar: 'تقسيم أرض إلى قطع معدة للبناء يستلزم رخصة التجزئة، ويستلزم تقسيم عقار بالبيع أو القسمة رخصة التقسيم في الحالات التي يحددها القانون.',
      fr: 'Diviser un terrain en lots destinés à la construction nécessite une autorisation de lotir ; diviser une propriété par vente ou partage nécessite, dans les cas prévus par la loi, une autorisation de morcellement.',
    },
    audience: {
      ar: 'ملاك الأراضي والمنعشون العقاريون',
      fr: 'Propriétaires fonciers et promoteurs',
    },
    documents: [
      {
        ar: 'مشروع التجزئة المنجز من طرف مهندس معماري ومهندس مساح طبوغرافي ومهندس مختص في الشبكات',
        fr: 'Projet de lotissement établi par un architecte, un ingénieur géomètre-topographe et un ingénieur VRD',
      },
      doc.ownership,
      {
        ar: 'التصميم الطبوغرافي للعقار',
        fr: 'Plan topographique du terrain',
      },
    ],
    cost: {
      ar: 'الرسم على عمليات تجزئة الأراضي وفق التعريفة الجاري بها العمل',
      fr: 'Taxe sur les opérations de lotissement selon le barème en vigueur',
    },
    timeLimit: instruction,
    submitAt: place.rokhas,
    collectAt: place.rokhasNotice,
    legalBasis: both(
      {
        ar: 'القانون رقم 25.90 المتعلق بالتجزئات العقارية والمجموعات السكنية وتقسيم العقارات',
        fr: "Loi n° 25-90 relative aux lotissements, groupes d'habitations et morcellements",
      },
      law.urbanism,
      law.localTax,
    ),
    officeKinds: ['one-stop'],
    online: online.rokhas,
  },
  {
    slug: 'urbanism-information',
    theme: 'urbanism',
    title: {
      ar: 'طلب معلومات تعميرية حول عقار',
      fr: 'Demande de renseignements urbanistiques',
    },
    summary: {
      ar: 'معرفة قواعد التعمير المطبقة على قطعة أرضية (التنطيق، العلو، الارتفاقات) قبل الشراء أو البناء. تسلم مذكرة المعلومات التعميرية الرسمية من طرف الوكالة الحضرية للدار البيضاء.',
      fr: "Connaître les règles d'urbanisme applicables à une parcelle (zonage, hauteur, servitudes) avant d'acheter ou de construire. La note de renseignements officielle est délivrée par l'Agence urbaine de Casablanca.",
    },
    audience: {
      ar: 'الملاك والمشترون المحتملون والمهنيون',
      fr: 'Propriétaires, acquéreurs potentiels et professionnels',
    },
    documents: [
      {
        ar: 'المراجع العقارية للقطعة (رقم الرسم العقاري أو مطلب التحفيظ)',
        fr: 'Références foncières de la parcelle (numéro du titre foncier ou de la réquisition)',
      },
      {
        ar: 'تصميم موقعي أو إحداثيات القطعة',
        fr: 'Plan de situation ou coordonnées de la parcelle',
      },
      doc.contact,
    ],
    cost: {
      ar: 'لا يؤدى أي مقابل عن إيداع الطلب عبر البوابة؛ تخضع المذكرة الرسمية لتعريفة الوكالة الحضرية',
      fr: "Aucun frais pour le dépôt de la demande sur le portail ; la note officielle relève du barème de l'Agence urbaine",
    },
    timeLimit: {
      ar: 'إشعار فوري بالتوصل، ويوجه الجواب إلى العنوان الإلكتروني المصرح به',
      fr: 'Accusé de réception immédiat ; réponse adressée au courriel indiqué',
    },
    submitAt: place.form,
    collectAt: place.byMail,
    legalBasis: law.urbanism,
    officeKinds: ['one-stop'],
    form: 'urbanism-info',
    partner: 'agence-urbaine-casablanca',
  },
]
