import { cap } from '../helpers.ts'
import { venues, type EventTemplate } from './template.ts'

export const bloodDrive: EventTemplate = {
  key: 'collecte-de-sang',
  category: 'health',
  motif: 'crowd',
  startHour: 9,
  durationHours: 7,
  build: ({ n }) => ({
    title: {
      ar: 'حملة للتبرع بالدم',
      fr: 'Collecte de sang',
    },
    summary: {
      ar: 'بشراكة مع المركز الجهوي لتحاقن الدم بالدار البيضاء. تبرعوا بالدم، أنقذوا حياة.',
      fr: 'Avec le Centre régional de transfusion sanguine de Casablanca. Donnez votre sang, sauvez des vies.',
    },
    place: venues.forecourt(n),
    body: {
      ar: [
        `تنظم ${n.ar} حملة للتبرع بالدم بشراكة مع المركز الجهوي لتحاقن الدم بالدار البيضاء، وذلك للمساهمة في تعزيز المخزون الجهوي من الدم ومشتقاته.`,
        'يمكن لكل شخص بصحة جيدة يتراوح عمره بين 18 و65 سنة ويزن أكثر من 50 كيلوغراما أن يتبرع بالدم. يرجى إحضار البطاقة الوطنية للتعريف وتناول وجبة خفيفة قبل التبرع.',
      ],
      fr: [
        `${cap(n.frIn)} organise une collecte de sang avec le Centre régional de transfusion sanguine de Casablanca, afin de renforcer les réserves régionales.`,
        "Toute personne en bonne santé âgée de 18 à 65 ans et pesant plus de 50 kg peut donner son sang. Merci de vous munir de votre carte nationale d'identité et de prendre une collation avant le don.",
      ],
    },
  }),
}

export const environmentDay: EventTemplate = {
  key: 'journee-de-lenvironnement',
  category: 'environment',
  motif: 'garden',
  startHour: 9,
  durationHours: 4,
  build: ({ n, facts }) => ({
    title: {
      ar: 'يوم بيئي: حملة نظافة وورشات تحسيسية',
      fr: "Journée de l'environnement : nettoyage et sensibilisation",
    },
    summary: {
      ar: 'دعوة مفتوحة للأسر والتلاميذ والجمعيات للمشاركة في تنظيف الفضاءات العمومية.',
      fr: 'Familles, élèves et associations sont invités à participer au nettoyage des espaces publics.',
    },
    place: facts.outdoor ?? venues.garden(n),
    body: {
      ar: [
        `تنظم ${n.ar}، بتنسيق مع جمعيات البيئة، يوما بيئيا يتضمن حملة لجمع النفايات وورشات لفائدة الأطفال حول فرز النفايات وترشيد استهلاك الماء وحماية التنوع البيولوجي.`,
        'توفر المقاطعة القفازات والأكياس للمشاركين. ويستحسن ارتداء ملابس مريحة وإحضار قنينة ماء قابلة لإعادة الاستعمال.',
      ],
      fr: [
        `Avec des associations environnementales, ${n.frIn} organise une journée de ramassage des déchets, complétée par des ateliers pour enfants sur le tri, les économies d'eau et la protection de la biodiversité.`,
        'Gants et sacs sont fournis aux participants. Prévoir une tenue confortable et une gourde réutilisable.',
      ],
    },
  }),
}

export const memoryExhibition: EventTemplate = {
  key: 'exposition-memoire-du-quartier',
  category: 'heritage',
  motif: 'arches',
  startHour: 10,
  durationHours: 8,
  build: ({ n, facts }) => ({
    title: {
      ar: 'معرض: ذاكرة الحي بالصور',
      fr: 'Exposition : la mémoire du quartier en images',
    },
    summary: {
      ar: `صور قديمة ووثائق وشهادات تروي تاريخ ${n.ar} وتحولاتها العمرانية.`,
      fr: `Photographies anciennes, documents et témoignages racontent l'histoire de ${n.frIn}.`,
    },
    place: facts.culture ?? venues.socioCultural(n),
    body: {
      ar: [
        'يقدم المعرض مجموعة من الصور القديمة والوثائق التي جمعتها جمعيات محلية وسكان الحي، إلى جانب شهادات مسجلة لقدماء السكان حول الحياة اليومية وتحولات المجال.',
        'ويمكن للسكان الذين يتوفرون على صور أو وثائق قديمة المساهمة في إغناء هذا الأرشيف المشترك عبر التواصل مع منظمي المعرض.',
      ],
      fr: [
        "L'exposition présente des photographies anciennes et des documents réunis par des associations et des habitants, ainsi que des témoignages enregistrés d'anciens du quartier sur la vie quotidienne et les transformations urbaines.",
        'Les habitants qui possèdent des photographies ou des documents anciens peuvent enrichir cette mémoire commune en prenant contact avec les organisateurs.',
      ],
    },
  }),
}
