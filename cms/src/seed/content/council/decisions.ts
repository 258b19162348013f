import type { DecisionTopic } from '@bawaba/schemas'
import type { Loc } from '../types.ts'

export interface DecisionSeed {
  topic: DecisionTopic
  subject: Loc
  summary: Loc
}

/** Deliberations the seed draws from; every council takes six to eight of them. */
export const decisionPool: DecisionSeed[] = [
  {
    topic: 'budget',
    subject: {
      ar: 'المصادقة على ميزانية السنة المالية المقبلة',
      fr: 'Adoption du budget de l’exercice suivant',
    },
    summary: {
      ar: 'صادق المجلس على الميزانية بأبوابها ومبالغها كما عرضتها لجنة الميزانية.',
      fr: 'Le conseil adopte le budget, chapitres et montants, tel que présenté par la commission du budget.',
    },
  },
  {
    topic: 'budget',
    subject: { ar: 'برمجة الفائض الحقيقي للميزانية', fr: 'Programmation de l’excédent budgétaire' },
    summary: {
      ar: 'يُخصَّص الفائض لصيانة الطرق وتجهيز المرافق الإدارية.',
      fr: 'L’excédent est affecté à l’entretien de la voirie et à l’équipement des locaux administratifs.',
    },
  },
  {
    topic: 'environment',
    subject: {
      ar: 'اتفاقية شراكة لتأهيل الفضاءات الخضراء',
      fr: 'Convention de partenariat pour la réhabilitation des espaces verts',
    },
    summary: {
      ar: 'تُحدد الاتفاقية التزامات الأطراف لغرس الأشجار وصيانة الحدائق لمدة ثلاث سنوات.',
      fr: 'La convention fixe les engagements des parties pour la plantation et l’entretien des jardins pendant trois ans.',
    },
  },
  {
    topic: 'urbanism',
    subject: { ar: 'تسمية أزقة وساحات عمومية', fr: 'Dénomination de rues et de places publiques' },
    summary: {
      ar: 'تحمل الأزقة الجديدة أسماء أعلام وطنية ومعالم محلية.',
      fr: 'Les nouvelles voies portent des noms de figures nationales et de lieux du quartier.',
    },
  },
  {
    topic: 'culture',
    subject: {
      ar: 'برنامج تأهيل المرافق الرياضية للقرب',
      fr: 'Programme de mise à niveau des terrains de sport de proximité',
    },
    summary: {
      ar: 'يشمل البرنامج تكسية الملاعب وإنارتها وتهيئة مستودعات الملابس.',
      fr: 'Le programme couvre le revêtement, l’éclairage et les vestiaires des terrains.',
    },
  },
  {
    topic: 'culture',
    subject: {
      ar: 'اتفاقية دعم الجمعيات الثقافية',
      fr: 'Convention de soutien aux associations culturelles',
    },
    summary: {
      ar: 'يُوزَّع الدعم وفق معايير معلنة بعد دراسة ملفات الجمعيات.',
      fr: 'Les subventions sont réparties selon des critères publiés, après examen des dossiers.',
    },
  },
  {
    topic: 'social',
    subject: {
      ar: 'إحداث مركز سوسيو-رياضي للقرب',
      fr: 'Création d’un centre socio-sportif de proximité',
    },
    summary: {
      ar: 'يُحدث المركز بشراكة مع المبادرة الوطنية للتنمية البشرية.',
      fr: 'Le centre est créé en partenariat avec l’Initiative nationale pour le développement humain.',
    },
  },
  {
    topic: 'administration',
    subject: {
      ar: 'تحويل اعتمادات داخل الميزانية',
      fr: 'Virement de crédits à l’intérieur du budget',
    },
    summary: {
      ar: 'تحويل اعتمادات من باب التسيير إلى باب صيانة البنايات.',
      fr: 'Virement de crédits du fonctionnement vers l’entretien des bâtiments.',
    },
  },
  {
    topic: 'mobility',
    subject: {
      ar: 'تهيئة ممرات آمنة قرب المدارس',
      fr: 'Aménagement de passages sécurisés aux abords des écoles',
    },
    summary: {
      ar: 'تُهيأ الممرات بتنسيق مع المصالح المختصة قبل الدخول المدرسي.',
      fr: 'Les passages sont aménagés avec les services compétents avant la rentrée.',
    },
  },
  {
    topic: 'partnerships',
    subject: {
      ar: 'اتفاقية شراكة مع جمعية لمحاربة الأمية',
      fr: 'Convention de partenariat avec une association de lutte contre l’analphabétisme',
    },
    summary: {
      ar: 'تضع المقاطعة قاعات رهن إشارة الجمعية لتنظيم دروس محو الأمية.',
      fr: 'L’arrondissement met des salles à disposition pour les cours d’alphabétisation.',
    },
  },
]
