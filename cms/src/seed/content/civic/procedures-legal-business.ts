import { both, cost, doc, law, online, place } from './procedures-common.ts'
import type { ProcedureSeed } from './types.ts'

/** Legalisation, certified copies, business activity and local taxes. */
export const legalBusinessProcedures: ProcedureSeed[] = [
  {
    slug: 'signature-legalisation',
    theme: 'legalisation',
    title: { ar: 'تصحيح الإمضاء', fr: 'Légalisation de signature' },
    summary: {
      ar: 'الإشهاد على صحة إمضاء الموقع على وثيقة عرفية، ويوقع المعني بالأمر أمام الموظف المختص. لا يشهد التصحيح على مضمون الوثيقة. ويحد القانون رقم 55.19 من الحالات التي يجوز فيها للإدارة طلب إمضاء مصحح.',
      fr: "Attester que la signature apposée sur un acte sous seing privé est bien celle du signataire, qui signe devant l'agent habilité. La légalisation ne porte pas sur le contenu. La loi n° 55-19 limite les cas où une administration peut l'exiger.",
    },
    audience: {
      ar: 'كل شخص راشد، مغربيا كان أو أجنبيا',
      fr: 'Toute personne majeure, marocaine ou étrangère',
    },
    documents: [
      {
        ar: 'الوثيقة المراد تصحيح الإمضاء عليها، غير موقعة مسبقا',
        fr: "Le document à légaliser, non signé à l'avance",
      },
      doc.cnieOrResidence,
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'فوري، بحضور الموقع شخصيا',
      fr: 'Immédiat, en présence du signataire',
    },
    submitAt: place.legalisation,
    collectAt: place.sameDesk,
    legalBasis: both(law.communes, law.simplification),
    officeKinds: ['legalisation', 'annex'],
  },
  {
    slug: 'certified-true-copy',
    theme: 'legalisation',
    title: { ar: 'الإشهاد على مطابقة النسخ لأصولها', fr: 'Certification conforme de copies' },
    summary: {
      ar: 'الإشهاد على أن نسخة الوثيقة مطابقة لأصلها المعروض على الموظف. قبل الطلب، تحققوا من أن الجهة المعنية تشترط فعلا نسخة مطابقة للأصل، إذ يحد القانون رقم 55.19 من هذا الشرط.',
      fr: "Certifier qu'une copie est conforme à l'original présenté à l'agent. Vérifiez d'abord que l'organisme destinataire l'exige vraiment : la loi n° 55-19 limite cette exigence.",
    },
    audience: {
      ar: 'كل شخص يتوفر على أصل الوثيقة',
      fr: "Toute personne qui détient l'original du document",
    },
    documents: [
      {
        ar: 'أصل الوثيقة',
        fr: 'Le document original',
      },
      {
        ar: 'النسخ المراد الإشهاد على مطابقتها، واضحة ومقروءة',
        fr: 'Les copies à certifier, nettes et lisibles',
      },
      doc.cnieOrResidence,
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'فوري بالشباك',
      fr: 'Immédiat, au guichet',
    },
    submitAt: place.legalisation,
    collectAt: place.sameDesk,
    legalBasis: both(law.communes, law.simplification),
    officeKinds: ['legalisation', 'annex'],
  },
  {
    slug: 'business-authorisation',
    theme: 'business',
    title: {
      ar: 'رخصة مزاولة نشاط تجاري أو مهني',
      fr: "Autorisation d'exercice d'une activité commerciale ou professionnelle",
    },
    summary: {
      ar: 'فتح محل تجاري أو مقهى أو مطعم أو ورشة يستلزم رخصة من رئيس المجلس في إطار الشرطة الإدارية، بعد دراسة الملف من طرف لجنة تضم المصالح المعنية، خاصة في مجالي الصحة والوقاية المدنية.',
      fr: "L'ouverture d'un commerce, café, restaurant ou atelier nécessite une autorisation du président du conseil au titre de la police administrative, après examen du dossier par une commission associant les services concernés, notamment l'hygiène et la protection civile.",
    },
    audience: {
      ar: 'التجار والحرفيون والمقاولات، أشخاصا ذاتيين أو معنويين',
      fr: 'Commerçants, artisans et entreprises, personnes physiques ou morales',
    },
    documents: [
      {
        ar: 'طلب موقع يحدد طبيعة النشاط وعنوان المحل',
        fr: "Demande signée précisant la nature de l'activité et l'adresse du local",
      },
      {
        ar: 'عقد كراء المحل أو ما يثبت ملكيته',
        fr: 'Contrat de bail ou titre de propriété du local',
      },
      {
        ar: 'البطاقة الوطنية للتعريف، أو النظام الأساسي وشهادة التقييد في السجل التجاري بالنسبة للشركات',
        fr: 'CNIE, ou statuts et attestation du registre de commerce pour les sociétés',
      },
      {
        ar: 'تصميم أو رسم تخطيطي للمحل',
        fr: 'Plan ou croquis du local',
      },
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'حسب طبيعة النشاط ونتيجة المعاينة؛ يمكن تتبع مآل الملف عبر منصة «رخص»',
      fr: "Selon la nature de l'activité et le résultat de la visite ; suivi du dossier sur Rokhas",
    },
    submitAt: place.rokhas,
    collectAt: place.rokhasNotice,
    legalBasis: both(law.communes, {
      ar: 'الظهير الشريف الصادر في 25 غشت 1914 بشأن المحلات المضرة بالصحة أو المزعجة أو الخطيرة، بالنسبة للأنشطة المصنفة',
      fr: 'Dahir du 25 août 1914 sur les établissements insalubres, incommodes ou dangereux, pour les activités classées',
    }),
    officeKinds: ['district-hq', 'one-stop'],
    online: online.rokhas,
  },
  {
    slug: 'undeveloped-land-tax',
    theme: 'local-taxes',
    title: {
      ar: 'الرسم على الأراضي الحضرية غير المبنية',
      fr: 'Taxe sur les terrains urbains non bâtis (TNB)',
    },
    summary: {
      ar: 'رسم سنوي يؤديه ملاك الأراضي الحضرية غير المبنية، مع إمكانية الاستفادة من الإعفاءات التي ينص عليها القانون، كالإعفاء المؤقت خلال مدة البناء المرخص.',
      fr: "Taxe annuelle due par les propriétaires de terrains urbains non bâtis, avec les exonérations prévues par la loi, comme l'exonération temporaire pendant la durée d'une construction autorisée.",
    },
    audience: {
      ar: 'ملاك الأراضي الحضرية غير المبنية أو المستفيدون منها',
      fr: 'Propriétaires ou usufruitiers de terrains urbains non bâtis',
    },
    documents: [
      {
        ar: 'إقرار بالأرض على المطبوع المعد لذلك',
        fr: 'Déclaration du terrain sur le formulaire prévu',
      },
      doc.ownership,
      {
        ar: 'تصميم موقعي للأرض',
        fr: 'Plan de situation du terrain',
      },
      doc.cnie,
    ],
    cost: {
      ar: 'سعر عن كل متر مربع يحدده القرار الجبائي للجماعة في الحدود التي يضعها القانون رقم 47.06',
      fr: "Tarif au mètre carré fixé par l'arrêté fiscal de la commune, dans les limites prévues par la loi n° 47-06",
    },
    timeLimit: {
      ar: 'إقرار وأداء سنويان داخل الآجال القانونية، وتطبق الجزاءات في حالة التأخير',
      fr: "Déclaration et paiement annuels dans les délais légaux ; des pénalités s'appliquent en cas de retard",
    },
    submitAt: {
      ar: 'مصلحة الوعاء الجبائي ووكالة المداخيل بالجماعة',
      fr: "Service de l'assiette fiscale et régie des recettes de la commune",
    },
    collectAt: {
      ar: 'وصل الأداء يسلم فورا بالوكالة',
      fr: 'Quittance remise immédiatement à la régie',
    },
    legalBasis: law.localTax,
    officeKinds: ['one-stop'],
  },
]
