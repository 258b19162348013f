import type { Topic } from './topic.ts'

export const councilSession: Topic = {
  key: 'session-ordinaire-du-conseil',
  category: 'council',
  motif: 'document',
  build: ({ n, s1 }) => ({
    title: {
      ar: `مجلس ${n.ar} يعقد دورته العادية ويصادق على عدة نقط`,
      fr: `Le conseil de ${n.frIn} tient sa session ordinaire`,
    },
    summary: {
      ar: 'صادق المجلس على برنامج صيانة المساحات الخضراء وعلى اتفاقيات شراكة مع جمعيات محلية.',
      fr: "Le conseil a approuvé le programme d'entretien des espaces verts et des conventions avec des associations.",
    },
    body: {
      ar: [
        `عقد مجلس ${n.ar} دورته العادية في جلسة عمومية بمقر المقاطعة، بحضور أعضاء المجلس وممثلي السلطة المحلية والمصالح الخارجية المعنية.`,
        'وصادق المجلس خلال هذه الدورة على برنامج صيانة المساحات الخضراء وتجديد التشوير الطرقي، وعلى اتفاقيات شراكة مع جمعيات تنشط في المجالات الرياضية والثقافية والاجتماعية، إضافة إلى تخصيص اعتمادات لإصلاح الإنارة العمومية.',
        `كما تدارس المجلس وضعية تجهيزات القرب، ولا سيما في ${s1.ar}، واستمع إلى عرض حول تقدم الأشغال الجارية بتراب المقاطعة.`,
        'وتذكر المقاطعة بأن جلسات المجلس عمومية، وأن جدول أعمال كل دورة ينشر مسبقا بمقر المقاطعة.',
      ],
      fr: [
        `Le conseil de ${n.frIn} a tenu sa session ordinaire en séance publique au siège de l'arrondissement, en présence de ses membres, des représentants de l'autorité locale et des services extérieurs concernés.`,
        "Le conseil a approuvé le programme d'entretien des espaces verts et de renouvellement de la signalisation routière, ainsi que des conventions de partenariat avec des associations sportives, culturelles et sociales. Des crédits ont également été affectés à la réparation de l'éclairage public.",
        `Les élus ont aussi examiné l'état des équipements de proximité, notamment ceux qui desservent ${s1.fr}, et entendu un point d'étape sur les chantiers en cours.`,
        "L'arrondissement rappelle que les séances du conseil sont publiques et que l'ordre du jour de chaque session est affiché à l'avance au siège de l'arrondissement.",
      ],
    },
  }),
}

export const civilStatus: Topic = {
  key: 'numerisation-de-letat-civil',
  category: 'announcement',
  motif: 'document',
  build: ({ n }) => ({
    title: {
      ar: `رقمنة سجلات الحالة المدنية: تقدم الأشغال بمكاتب ${n.ar}`,
      fr: `Numérisation de l'état civil : le point dans ${n.frIn}`,
    },
    summary: {
      ar: 'تسهل رقمنة السجلات الحصول على نسخ العقود، بما في ذلك عن بعد عبر منصة «وثيقة».',
      fr: 'La numérisation des registres simplifie la délivrance des extraits, y compris en ligne via Watiqa.',
    },
    body: {
      ar: [
        `تتواصل بمكاتب الحالة المدنية التابعة ل${n.ar} عملية رقمنة السجلات، في إطار الورش الوطني لتحديث الحالة المدنية الذي تشرف عليه وزارة الداخلية.`,
        'وتمكن هذه العملية من تسليم نسخ العقود في آجال أقصر، ومن الحد من الأخطاء المادية، ومن حفظ السجلات الأصلية من التلف.',
        'ويمكن للمواطنين طلب نسخ موجزة أو كاملة من رسوم الولادة عبر منصة «وثيقة» وتسلمها بعنوانهم، دون الحاجة إلى التنقل إلى مكتب الحالة المدنية.',
      ],
      fr: [
        `La numérisation des registres se poursuit dans les bureaux d'état civil de ${n.frIn}, dans le cadre du chantier national de modernisation de l'état civil conduit par le ministère de l'Intérieur.`,
        "Elle permet de délivrer les extraits d'actes plus rapidement, de limiter les erreurs matérielles et de préserver les registres originaux.",
        "Les citoyens peuvent commander un extrait ou une copie intégrale d'acte de naissance sur la plateforme Watiqa et le recevoir à domicile, sans se déplacer au bureau d'état civil.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `Civil-status digitisation: progress in ${n.en}`,
    summary:
      'Digital registers make certificates quicker to obtain, including online through Watiqa.',
    body: [
      `The civil-status offices of ${n.en} are digitising their registers, as part of the national civil-status modernisation programme led by the Ministry of the Interior.`,
      'Certificates can now be issued faster and with fewer errors, and the original registers are better preserved. Birth certificates can also be ordered on the Watiqa platform and delivered to your home.',
    ],
  }),
}

export const proximityCentre: Topic = {
  key: 'ouverture-dun-espace-de-proximite',
  category: 'social',
  motif: 'crowd',
  build: ({ n, s1 }) => ({
    title: {
      ar: `افتتاح فضاء اجتماعي للقرب بتراب ${n.ar}`,
      fr: `Un nouvel espace social de proximité ouvre dans ${n.frIn}`,
    },
    summary: {
      ar: 'يقدم الفضاء دروسا لمحو الأمية وورشات للتكوين وخدمات للإنصات والتوجيه.',
      fr: "L'espace propose alphabétisation, ateliers de formation, écoute et orientation.",
    },
    body: {
      ar: [
        `فتح فضاء اجتماعي جديد للقرب أبوابه في ${s1.ar}، بشراكة بين ${n.ar} والمبادرة الوطنية للتنمية البشرية وعدد من جمعيات المجتمع المدني.`,
        'ويضم الفضاء قاعات لدروس محو الأمية، وورشات للخياطة والمعلوميات، وخلية للإنصات والتوجيه لفائدة النساء والشباب والأشخاص المسنين.',
        'والتسجيل في مختلف الأنشطة مجاني، ويتم مباشرة بالفضاء خلال أوقات العمل.',
      ],
      fr: [
        `Un nouvel espace social de proximité a ouvert ses portes ; il dessert notamment ${s1.fr}. Il est le fruit d'un partenariat entre ${n.frIn}, l'Initiative nationale pour le développement humain et plusieurs associations.`,
        "L'espace comprend des salles d'alphabétisation, des ateliers de couture et d'informatique, ainsi qu'une cellule d'écoute et d'orientation pour les femmes, les jeunes et les personnes âgées.",
        "L'inscription aux activités est gratuite et se fait sur place, aux heures d'ouverture.",
      ],
    },
  }),
}

export const schools: Topic = {
  key: 'rehabilitation-des-ecoles',
  category: 'social',
  motif: 'zellige',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: 'تأهيل مؤسسات تعليمية عمومية بشراكة مع المديرية الإقليمية للتربية الوطنية',
      fr: "Des écoles publiques réhabilitées avec la direction provinciale de l'Éducation nationale",
    },
    summary: {
      ar: `استفادت عدة مدارس ابتدائية بتراب ${n.ar} من أشغال الصباغة وإصلاح المرافق الصحية وتهيئة الساحات.`,
      fr: `Plusieurs écoles primaires de ${n.frIn} ont été repeintes, leurs sanitaires refaits et leurs cours aménagées.`,
    },
    body: {
      ar: [
        `أنجزت ${n.ar}، بشراكة مع المديرية الإقليمية للتربية الوطنية، أشغال تأهيل عدد من المدارس الابتدائية العمومية، ولا سيما في ${s1.ar} و${s2.ar}.`,
        'وشملت الأشغال صباغة الأقسام والواجهات، وإصلاح المرافق الصحية ونقط الماء الصالح للشرب، وتهيئة الساحات، وإنجاز ولوجيات لفائدة التلاميذ في وضعية إعاقة.',
        'وتندرج هذه العملية ضمن برنامج يروم تحسين ظروف التمدرس والحد من الهدر المدرسي، وستتواصل لتشمل مؤسسات أخرى وفق الأولويات التي حددتها لجنة تتبع مشتركة.',
      ],
      fr: [
        `En partenariat avec la direction provinciale de l'Éducation nationale, ${n.frIn} a réhabilité plusieurs écoles primaires publiques. Les établissements concernés desservent notamment ${s1.fr} et ${s2.fr}.`,
        "Les travaux ont porté sur la peinture des classes et des façades, la réfection des sanitaires et des points d'eau potable, l'aménagement des cours et la création d'accès pour les élèves en situation de handicap.",
        "Cette opération s'inscrit dans un programme d'amélioration des conditions de scolarisation et de lutte contre le décrochage scolaire. Elle sera étendue à d'autres établissements selon les priorités fixées par un comité de suivi conjoint.",
      ],
    },
  }),
}
