import { both, cost, doc, law, online, place } from './procedures-common.ts'
import type { ProcedureSeed } from './types.ts'

/** Civil status: declarations, copies and extracts, burial, marriage file. */
export const civilStatusProcedures: ProcedureSeed[] = [
  {
    slug: 'birth-declaration',
    theme: 'civil-status',
    title: { ar: 'التصريح بالولادة', fr: 'Déclaration de naissance' },
    summary: {
      ar: 'تسجيل المولود الجديد في سجلات الحالة المدنية، واختيار اسمه الشخصي وفق الشروط التي يحددها القانون.',
      fr: "Inscrire un nouveau-né sur les registres de l'état civil et lui donner un prénom conforme aux conditions fixées par la loi.",
    },
    audience: {
      ar: 'الأب أو الأم، أو الأشخاص الذين يخول لهم القانون التصريح بالولادة',
      fr: 'Le père ou la mère, ou les personnes que la loi habilite à déclarer la naissance',
    },
    documents: [
      {
        ar: 'شهادة الولادة المسلمة من المؤسسة الصحية أو من المولدة',
        fr: "Certificat d'accouchement délivré par l'établissement de santé ou la sage-femme",
      },
      doc.cnieDeclarant,
      {
        ar: 'الدفتر العائلي أو نسخة من عقد الزواج',
        fr: "Livret de famille ou copie de l'acte de mariage",
      },
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'داخل أجل ثلاثين يوما من تاريخ الولادة؛ بعد انقضائه يخضع التسجيل لمسطرة قضائية، يرجى الاستفسار لدى مكتب الحالة المدنية',
      fr: "Dans les trente jours qui suivent la naissance ; au-delà, l'inscription relève d'une procédure judiciaire : renseignez-vous auprès du bureau d'état civil",
    },
    submitAt: {
      ar: 'مكتب الحالة المدنية لمكان الولادة أو أحد المكاتب الملحقة',
      fr: "Bureau d'état civil du lieu de naissance ou l'un de ses bureaux annexes",
    },
    collectAt: {
      ar: 'يحرر الرسم بنفس المكتب، وتسلم بعد ذلك النسخ والموجزات عند الطلب',
      fr: "L'acte est dressé au même bureau ; copies et extraits sont ensuite délivrés sur demande",
    },
    legalBasis: law.civilStatus,
    officeKinds: ['civil-status', 'annex'],
  },
  {
    slug: 'birth-certificate-full-copy',
    theme: 'civil-status',
    title: { ar: 'نسخة كاملة من رسم الولادة', fr: "Copie intégrale d'acte de naissance" },
    summary: {
      ar: 'وثيقة تنقل جميع بيانات رسم الولادة وما ضمن بطرته من بيانات هامشية، وتطلب في عدد من الملفات الإدارية.',
      fr: "Document reproduisant l'ensemble des énonciations de l'acte de naissance et ses mentions marginales, demandé dans de nombreux dossiers administratifs.",
    },
    audience: {
      ar: 'المعني بالأمر أو زوجه أو أصوله أو فروعه، أو من يحمل وكالة منهم',
      fr: "L'intéressé, son conjoint, ses ascendants ou descendants, ou une personne munie de leur procuration",
    },
    documents: [doc.cnie, doc.livret, doc.proxy],
    cost: cost.tariff,
    timeLimit: {
      ar: 'بالشباك: تسلم عادة في نفس اليوم. عن بعد: حسب الآجال المعلنة في منصة «وثيقة»',
      fr: 'Au guichet : délivrance en règle générale le jour même. En ligne : selon les délais indiqués par Watiqa',
    },
    submitAt: place.civilStatus,
    collectAt: place.sameDesk,
    legalBasis: law.civilStatus,
    officeKinds: ['civil-status', 'annex'],
    online: online.watiqa,
  },
  {
    slug: 'birth-certificate-extract',
    theme: 'civil-status',
    title: { ar: 'موجز رسم الولادة', fr: "Extrait d'acte de naissance" },
    summary: {
      ar: 'وثيقة مختصرة تتضمن البيانات الأساسية لرسم الولادة: الاسم الشخصي والعائلي، وتاريخ ومكان الازدياد، واسما الأبوين.',
      fr: "Document abrégé reprenant les données essentielles de l'acte : nom et prénom, date et lieu de naissance, noms des parents.",
    },
    audience: {
      ar: 'المعني بالأمر أو أحد أفراد أسرته المباشرين، أو وكيله',
      fr: "L'intéressé, un membre de sa famille proche ou son mandataire",
    },
    documents: [doc.cnie, doc.livret],
    cost: cost.tariff,
    timeLimit: {
      ar: 'بالشباك: تسلم عادة في نفس اليوم. عن بعد: حسب الآجال المعلنة في منصة «وثيقة»',
      fr: 'Au guichet : délivrance en règle générale le jour même. En ligne : selon les délais indiqués par Watiqa',
    },
    submitAt: place.civilStatus,
    collectAt: place.sameDesk,
    legalBasis: law.civilStatus,
    officeKinds: ['civil-status', 'annex'],
    online: online.watiqa,
  },
  {
    slug: 'death-declaration',
    theme: 'civil-status',
    title: { ar: 'التصريح بالوفاة', fr: 'Déclaration de décès' },
    summary: {
      ar: 'تسجيل الوفاة في سجلات الحالة المدنية لمكان حدوثها، وهو إجراء ضروري لتحيين الدفتر العائلي ولمختلف الإجراءات اللاحقة.',
      fr: "Inscrire le décès sur les registres de l'état civil du lieu où il est survenu, préalable à la mise à jour du livret de famille et aux démarches qui suivent.",
    },
    audience: {
      ar: 'أقارب المتوفى أو كل شخص يخول له القانون التصريح بالوفاة',
      fr: 'Les proches du défunt ou toute personne que la loi habilite à déclarer le décès',
    },
    documents: [
      {
        ar: 'الشهادة الطبية المثبتة للوفاة',
        fr: 'Certificat médical constatant le décès',
      },
      {
        ar: 'البطاقة الوطنية للمتوفى أو الدفتر العائلي',
        fr: 'CNIE du défunt ou livret de famille',
      },
      doc.cnieDeclarant,
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'داخل الأجل الذي يحدده قانون الحالة المدنية؛ يستحسن التصريح في أقرب وقت بعد الوفاة',
      fr: "Dans le délai fixé par la loi sur l'état civil ; il est conseillé de déclarer le décès sans attendre",
    },
    submitAt: {
      ar: 'مكتب الحالة المدنية لمكان الوفاة أو أحد المكاتب الملحقة',
      fr: "Bureau d'état civil du lieu du décès ou l'un de ses bureaux annexes",
    },
    collectAt: place.sameDesk,
    legalBasis: law.civilStatus,
    officeKinds: ['civil-status', 'annex'],
  },
  {
    slug: 'burial-permit',
    theme: 'civil-status',
    title: { ar: 'رخصة الدفن', fr: "Permis d'inhumer" },
    summary: {
      ar: 'الإذن الذي يسمح بدفن المتوفى في إحدى المقابر، ويسلم بعد معاينة الوفاة من طرف طبيب.',
      fr: 'Autorisation nécessaire pour inhumer le défunt dans un cimetière, délivrée après constatation médicale du décès.',
    },
    audience: {
      ar: 'أسرة المتوفى أو من ينوب عنها',
      fr: 'La famille du défunt ou la personne qui la représente',
    },
    documents: [
      {
        ar: 'شهادة معاينة الوفاة المسلمة من طبيب المكتب الجماعي لحفظ الصحة أو من المؤسسة الصحية',
        fr: "Certificat de constatation du décès établi par le médecin du bureau communal d'hygiène ou de l'établissement de santé",
      },
      {
        ar: 'البطاقة الوطنية للمتوفى',
        fr: 'CNIE du défunt',
      },
      doc.cnieDeclarant,
    ],
    cost: cost.tariff,
    timeLimit: {
      ar: 'في نفس اليوم، حتى يتسنى الدفن في أقرب الآجال',
      fr: "Le jour même, afin de permettre l'inhumation dans les meilleurs délais",
    },
    submitAt: {
      ar: 'مصالح المقاطعة التي وقعت بها الوفاة (مكتب الحالة المدنية أو المكتب الجماعي لحفظ الصحة حسب التنظيم المحلي)',
      fr: "Services de l'arrondissement du lieu du décès (bureau d'état civil ou bureau communal d'hygiène, selon l'organisation locale)",
    },
    collectAt: place.sameDesk,
    legalBasis: both(law.communes, law.civilStatus),
    officeKinds: ['civil-status'],
  },
  {
    slug: 'marriage-file-documents',
    theme: 'civil-status',
    title: {
      ar: 'وثائق الحالة المدنية لملف الزواج',
      fr: "Documents d'état civil pour le dossier de mariage",
    },
    summary: {
      ar: 'يتضمن ملف عقد الزواج المودع لدى قسم قضاء الأسرة موجز رسم ولادة كل من الخطيبين، ويسلمه مكتب الحالة المدنية الذي سجلت به الولادة. وبعد إبرام العقد تضمن بيانات الزواج بطرة رسم الولادة.',
      fr: "Le dossier de mariage déposé à la section de la justice de la famille comprend un extrait d'acte de naissance de chacun des futurs époux, délivré par le bureau où la naissance est inscrite. Une fois le mariage conclu, il est mentionné en marge de l'acte de naissance.",
    },
    audience: {
      ar: 'المقبلون على الزواج المسجلون بالحالة المدنية بإحدى مقاطعات الدار البيضاء',
      fr: "Les futurs époux dont la naissance est inscrite à l'état civil d'un arrondissement de Casablanca",
    },
    documents: [doc.cnie, doc.livret, doc.proxy],
    cost: cost.tariff,
    timeLimit: {
      ar: 'تسلم الوثائق عادة في نفس اليوم',
      fr: 'Documents délivrés en règle générale le jour même',
    },
    submitAt: place.civilStatus,
    collectAt: place.sameDesk,
    legalBasis: both(
      {
        ar: 'القانون رقم 70.03 بمثابة مدونة الأسرة (المادة 65)',
        fr: 'Loi n° 70-03 portant Code de la famille (article 65)',
      },
      law.civilStatus,
    ),
    officeKinds: ['civil-status', 'annex'],
    online: online.watiqa,
  },
]
