import { cap } from '../helpers.ts'
import type { Topic } from './topic.ts'

export const greenSpaces: Topic = {
  key: 'rehabilitation-des-espaces-verts',
  category: 'environment',
  motif: 'garden',
  build: ({ n, s1 }) => ({
    title: {
      ar: `إعادة تهيئة حديقة عمومية بتراب ${n.ar}`,
      fr: `Un jardin public réaménagé dans ${n.frIn}`,
    },
    summary: {
      ar: 'عشب جديد وكراسي وفضاء لألعاب الأطفال ونظام للسقي بالتنقيط.',
      fr: 'Nouvelles pelouses, bancs, aire de jeux pour enfants et arrosage au goutte-à-goutte.',
    },
    body: {
      ar: [
        `أنهت ${n.ar} أشغال إعادة تهيئة حديقة عمومية للقرب، يرتادها على الخصوص سكان ${s1.ar} والأحياء المجاورة.`,
        'وشملت الأشغال تجديد المساحات المعشوشبة، وغرس أشجار وشجيرات، ووضع كراسي وسلال للمهملات، وتهيئة فضاء لألعاب الأطفال بأرضية واقية، إلى جانب تجديد الإنارة.',
        'واعتمد في سقي الحديقة نظام السقي بالتنقيط واختيار نباتات قليلة الاستهلاك للماء، حرصا على ترشيد الموارد المائية.',
        'وتدعو المقاطعة رواد الحديقة إلى المحافظة على تجهيزاتها ونظافتها، باعتبارها ملكا مشتركا لجميع السكان.',
      ],
      fr: [
        `${cap(n.frIn)} a achevé le réaménagement d'un jardin public de proximité, qui dessert notamment ${s1.fr} et les quartiers voisins.`,
        "Les travaux ont permis de renouveler les pelouses, de planter arbres et arbustes, d'installer bancs et corbeilles, d'aménager une aire de jeux sur sol amortissant et de rénover l'éclairage.",
        "L'arrosage se fait au goutte-à-goutte et les plantes ont été choisies pour leurs faibles besoins en eau, afin de préserver la ressource.",
        "L'arrondissement invite les usagers à respecter les équipements et la propreté du jardin, un bien commun à tous les habitants.",
      ],
    },
  }),
}

export const treePlanting: Topic = {
  key: 'campagne-de-plantation-darbres',
  category: 'environment',
  motif: 'garden',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: `حملة لغرس الأشجار بمشاركة التلاميذ والجمعيات في ${n.ar}`,
      fr: `Campagne de plantation d'arbres avec les écoles et les associations`,
    },
    summary: {
      ar: 'غرس مئات الشتلات على طول الشوارع وفي محيط المدارس، باختيار أنواع متأقلمة مع المناخ المحلي.',
      fr: 'Des centaines de jeunes arbres plantés le long des rues et près des écoles, choisis pour le climat local.',
    },
    body: {
      ar: [
        `نظمت ${n.ar} حملة لغرس الأشجار بمشاركة تلاميذ المؤسسات التعليمية وجمعيات الأحياء، شملت على الخصوص ${s1.ar} و${s2.ar}.`,
        'وتم اختيار أنواع محلية وأخرى متأقلمة مع المناخ الساحلي للدار البيضاء وقليلة الاستهلاك للماء، مع تخصيص فرق للتتبع والسقي خلال السنة الأولى بعد الغرس.',
        'وتهدف الحملة إلى توسيع الغطاء النباتي بالمدينة وتحسين جودة الهواء وتوفير الظل في الشوارع، إلى جانب تحسيس الناشئة بأهمية حماية البيئة.',
      ],
      fr: [
        `${cap(n.frIn)} a organisé une campagne de plantation d'arbres avec des élèves et des associations de quartier. Elle a concerné en particulier ${s1.fr} et ${s2.fr}.`,
        "Les essences retenues, locales ou adaptées au climat littoral de Casablanca, demandent peu d'eau. Des équipes assureront le suivi et l'arrosage pendant la première année.",
        "La campagne vise à étendre le couvert végétal, à améliorer la qualité de l'air et à offrir plus d'ombre dans les rues, tout en sensibilisant les plus jeunes à la protection de l'environnement.",
      ],
    },
  }),
}

export const cleanliness: Topic = {
  key: 'campagne-de-proprete',
  category: 'environment',
  motif: 'crowd',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: `حملة واسعة للنظافة ورفع مخلفات البناء بتراب ${n.ar}`,
      fr: `Grande campagne de propreté et d'enlèvement des gravats`,
    },
    summary: {
      ar: 'تعبئة فرق النظافة والمتطوعين لتنظيف الشوارع والفضاءات العمومية ورفع المتلاشيات.',
      fr: 'Agents de propreté et bénévoles mobilisés pour nettoyer rues et espaces publics.',
    },
    body: {
      ar: [
        `أطلقت ${n.ar}، بتنسيق مع الشركة المفوض لها تدبير قطاع النظافة وجمعيات الأحياء، حملة واسعة للنظافة شملت ${s1.ar} و${s2.ar}.`,
        'وتم خلال الحملة كنس الشوارع وغسل الفضاءات العمومية، ورفع مخلفات البناء والمتلاشيات من النقط السوداء، وصباغة حواشي الأرصفة.',
        'وتذكر المقاطعة بمواعيد جمع النفايات المنزلية، وتدعو السكان إلى إخراجها في الأوقات المحددة، وإلى الاتصال بمصالحها لرفع المتلاشيات الكبيرة بدل وضعها في الشارع.',
      ],
      fr: [
        `${cap(n.frIn)} a lancé une vaste campagne de propreté avec le délégataire du service de nettoiement et les associations de quartier. Elle a concerné notamment ${s1.fr} et ${s2.fr}.`,
        'Les équipes ont balayé et lavé les rues et les espaces publics, enlevé gravats et encombrants des points noirs et repeint les bordures de trottoirs.',
        "L'arrondissement rappelle les horaires de collecte des ordures ménagères et demande aux habitants de sortir leurs déchets aux heures prévues, et de contacter ses services pour l'enlèvement des encombrants plutôt que de les déposer dans la rue.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `A major clean-up campaign in ${n.en}`,
    summary: 'Cleaning crews and volunteers cleared streets, public spaces and building rubble.',
    body: [
      `${cap(n.en)} has run a large clean-up campaign with the contracted cleaning company and local residents' associations.`,
      'Streets and public spaces were swept and washed, rubble and bulky waste removed, and kerbs repainted. Residents are reminded to put out household waste only at collection times.',
    ],
  }),
}

export const heat: Topic = {
  key: 'mesures-face-aux-fortes-chaleurs',
  category: 'social',
  motif: 'waves',
  build: ({ n }) => ({
    title: {
      ar: 'موجة الحر: إجراءات وقائية ونصائح للساكنة',
      fr: 'Fortes chaleurs : mesures de prévention et conseils',
    },
    summary: {
      ar: `تعبئة مصالح ${n.ar} لحماية الأشخاص الأكثر هشاشة خلال فترات ارتفاع درجات الحرارة.`,
      fr: `Les services de ${n.frIn} mobilisés pour protéger les plus vulnérables pendant les pics de chaleur.`,
    },
    body: {
      ar: [
        `على إثر النشرات الإنذارية الصادرة عن المديرية العامة للأرصاد الجوية، اتخذت ${n.ar} مجموعة من الإجراءات الوقائية، من بينها تكييف توقيت أشغال الصيانة في الفضاءات المفتوحة وتكثيف سقي المساحات الخضراء.`,
        'كما تعمل المقاطعة، بتنسيق مع الجمعيات، على تتبع وضعية الأشخاص المسنين والأشخاص في وضعية هشاشة.',
        'وتوصي المقاطعة بشرب الماء بانتظام، وتجنب التعرض لأشعة الشمس بين منتصف النهار والرابعة بعد الزوال، وعدم ترك الأطفال داخل السيارات. وفي حالة الطوارئ، يرجى الاتصال بالوقاية المدنية على الرقم 15.',
      ],
      fr: [
        `Suite aux bulletins d'alerte de la Direction générale de la météorologie, ${n.frIn} a pris plusieurs mesures de prévention : horaires des travaux d'entretien en plein air adaptés et arrosage renforcé des espaces verts.`,
        "En lien avec les associations, l'arrondissement suit aussi de près la situation des personnes âgées et des personnes vulnérables.",
        "Il est recommandé de boire régulièrement, d'éviter l'exposition au soleil entre midi et 16 heures et de ne jamais laisser d'enfant dans une voiture. En cas d'urgence, appelez la Protection civile au 15.",
      ],
    },
  }),
}
