import { cap } from '../helpers.ts'
import { venues, type EventTemplate } from './template.ts'

export const concert: EventTemplate = {
  key: 'soiree-musicale-de-proximite',
  category: 'culture',
  motif: 'crowd',
  startHour: 18,
  durationHours: 3,
  build: ({ n, facts }) => ({
    title: {
      ar: 'لقاءات فنية للقرب: أمسية موسيقية مفتوحة للعموم',
      fr: 'Rencontres artistiques de proximité : soirée musicale ouverte à tous',
    },
    summary: {
      ar: `أمسية تحييها فرق محلية بتنظيم من ${n.ar}، والدخول مجاني.`,
      fr: `Une soirée animée par des formations locales, organisée par ${n.frIn}. Entrée libre.`,
    },
    place: facts.culture ?? venues.socioCultural(n),
    body: {
      ar: [
        'تنظم المقاطعة، بشراكة مع الجمعيات الثقافية المحلية، أمسية موسيقية تجمع فرقا شابة وأخرى معروفة في ألوان الشعبي والملحون وكناوة والموسيقى العصرية.',
        'الدخول مجاني في حدود المقاعد المتوفرة، ويستحسن الحضور قبل موعد الانطلاق بنصف ساعة.',
      ],
      fr: [
        "Avec les associations culturelles locales, l'arrondissement propose une soirée musicale réunissant de jeunes formations et des groupes confirmés : chaâbi, malhoun, gnaoua et musiques actuelles.",
        "L'entrée est libre dans la limite des places disponibles ; il est conseillé d'arriver une demi-heure avant le début.",
      ],
    },
  }),
}

export const tournament: EventTemplate = {
  key: 'tournoi-inter-quartiers',
  category: 'sport',
  motif: 'sport',
  startHour: 9,
  durationHours: 7,
  build: ({ n }) => ({
    title: {
      ar: 'الدوري الرياضي للأحياء في كرة القدم',
      fr: 'Tournoi inter-quartiers de football',
    },
    summary: {
      ar: `منافسات بين فرق الأحياء لفائدة الفئات العمرية أقل من 17 سنة، بتنظيم من ${n.ar}.`,
      fr: `Un tournoi pour les équipes de quartier de moins de 17 ans, organisé par ${n.frIn}.`,
    },
    place: venues.pitch(n),
    body: {
      ar: [
        'يجمع الدوري فرق الأحياء المسجلة عبر الجمعيات الرياضية، في مباريات بنظام الإقصاء المباشر تختتم بالمباراة النهائية وتوزيع الجوائز.',
        'يتم التسجيل لدى مصلحة الشؤون الرياضية بالمقاطعة، ويشترط تقديم ترخيص الأبوين بالنسبة لجميع اللاعبين.',
      ],
      fr: [
        "Le tournoi réunit les équipes de quartier inscrites par les associations sportives, en matches à élimination directe, jusqu'à la finale et la remise des prix.",
        "Les inscriptions se font auprès du service des sports de l'arrondissement ; une autorisation parentale est demandée pour chaque joueur.",
      ],
    },
  }),
}

export const consultation: EventTemplate = {
  key: 'rencontre-avec-les-associations',
  category: 'citizenship',
  motif: 'document',
  startHour: 10,
  durationHours: 3,
  build: ({ n }) => ({
    title: {
      ar: 'لقاء تشاوري مع جمعيات المجتمع المدني حول تجهيزات القرب',
      fr: 'Rencontre de concertation avec les associations sur les équipements de proximité',
    },
    summary: {
      ar: `تدعو ${n.ar} الجمعيات المحلية إلى المساهمة في تحديد أولويات التجهيزات الاجتماعية والرياضية.`,
      fr: `${cap(n.frIn)} invite les associations locales à contribuer aux priorités en matière d'équipements sociaux et sportifs.`,
    },
    place: venues.hall(n),
    body: {
      ar: [
        'يندرج هذا اللقاء في إطار آليات التشاور والحوار مع المجتمع المدني، ويهدف إلى الاستماع إلى مقترحات الجمعيات بخصوص تجهيزات القرب وسبل تدبيرها.',
        'ويرجى من الجمعيات الراغبة في الحضور تأكيد مشاركتها لدى مكتب الاستقبال بالمقاطعة، مع تحديد اسم ممثلها.',
      ],
      fr: [
        "Cette rencontre s'inscrit dans les mécanismes de concertation et de dialogue avec la société civile. Elle vise à recueillir les propositions des associations sur les équipements de proximité et leur gestion.",
        "Les associations qui souhaitent participer sont priées de confirmer leur présence au bureau d'accueil de l'arrondissement en indiquant le nom de leur représentant.",
      ],
    },
  }),
}

export const digitalWorkshops: EventTemplate = {
  key: 'ateliers-numeriques-pour-les-jeunes',
  category: 'youth',
  motif: 'document',
  startHour: 14,
  durationHours: 3,
  build: ({ n }) => ({
    title: {
      ar: 'ورشات رقمية لفائدة الشباب',
      fr: 'Ateliers numériques pour les jeunes',
    },
    summary: {
      ar: 'مبادئ البرمجة، وإعداد السيرة الذاتية، واستعمال الخدمات الإدارية الرقمية.',
      fr: 'Initiation au code, rédaction de CV et démarches administratives en ligne.',
    },
    place: venues.socioCultural(n),
    body: {
      ar: [
        `تنظم ${n.ar}، بشراكة مع جمعيات شبابية، سلسلة من الورشات الرقمية لفائدة الشباب من 15 إلى 30 سنة، تتناول مبادئ البرمجة وإعداد السيرة الذاتية والبحث عن فرص التكوين والشغل.`,
        'كما تتضمن الورشات حصة تطبيقية حول استعمال الخدمات الإدارية الرقمية، مثل طلب نسخ الحالة المدنية عن بعد. المقاعد محدودة والتسجيل مسبق.',
      ],
      fr: [
        `Avec des associations de jeunesse, ${n.frIn} propose aux 15–30 ans une série d'ateliers numériques : initiation à la programmation, rédaction de CV, recherche de formations et d'emplois.`,
        "Une séance pratique est aussi consacrée aux démarches administratives en ligne, comme la demande d'extraits d'état civil. Places limitées, inscription préalable.",
      ],
    },
  }),
}
