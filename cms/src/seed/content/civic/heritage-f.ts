import type { PlaceSeed } from './types.ts'

/** Heritage places of Hay Mohammadi (Carrières Centrales) and Aïn Sebaâ (the zoo). */
export const placesF: PlaceSeed[] = [
  {
    slug: 'carrieres-centrales',
    site: 'hay-mohammadi',
    category: 'monument',
    name: { ar: 'كاريان سنطرال', fr: 'Les Carrières Centrales' },
    period: { ar: 'خمسينيات القرن العشرين', fr: 'Années 1950' },
    address: { ar: 'الحي المحمدي، الدار البيضاء', fr: 'Hay Mohammadi, Casablanca' },
    lat: 33.588,
    lng: -7.566,
    summary: {
      ar: 'حي تاريخي شكل في الخمسينيات مختبرا للسكن الاقتصادي ومعقلا من معاقل الحركة الوطنية، وما تزال عماراته التجريبية مرجعا في تاريخ العمارة الحديثة.',
      fr: "Un quartier historique, laboratoire de l'habitat économique dans les années 1950 et haut lieu du mouvement national, dont les immeubles expérimentaux restent une référence de l'architecture moderne.",
    },
    history: {
      ar: [
        'نشأ كاريان سنطرال في محيط المقالع والمعامل شرق المدينة، حيث استقر خلال النصف الأول من القرن العشرين آلاف الوافدين من البوادي في مساكن هشة، ومن اسم «المقالع المركزية» اشتقت تسميته المتداولة.',
        'وفي بداية الخمسينيات، جعلت مصالح التعمير بقيادة ميشيل إيكوشار من الحي مجالا لتجريب سكن اقتصادي يقوم على شبكة من الوحدات السكنية ذات الصحون. وشيدت به عمارات تجريبية صممها فريق ضم المهندسين جورج كانديليس وشادراك وودز، أشهرها عمارتا «خلية النحل» و«سميراميس»، اللتان حظيتا باهتمام دولي واسع في تاريخ العمارة الحديثة.',
        'وشكل الحي أيضا أحد معاقل الحركة الوطنية، إذ عرف مظاهرات دجنبر 1952، كما أنجب أسماء بارزة في الثقافة والفن، من بينها مجموعة ناس الغيوان. ويعرف اليوم باسم الحي المحمدي.',
      ],
      fr: [
        "Les Carrières Centrales sont nées autour des carrières et des usines de l'est de la ville, où des milliers de migrants venus des campagnes s'installèrent dans un habitat précaire pendant la première moitié du XXe siècle ; le quartier doit son nom à ces carrières.",
        "Au début des années 1950, le service de l'urbanisme dirigé par Michel Écochard en fit un terrain d'expérimentation de l'habitat économique, fondé sur une trame de maisons à patio. Des immeubles expérimentaux y furent bâtis par une équipe comprenant Georges Candilis et Shadrach Woods — les plus connus, le « Nid d'abeille » et « Sémiramis », ont eu un large retentissement international dans l'histoire de l'architecture moderne.",
        "Le quartier fut aussi un haut lieu du mouvement national, théâtre des manifestations de décembre 1952, et le berceau de grands noms de la culture, dont le groupe Nass El Ghiwane. Il porte aujourd'hui le nom de Hay Mohammadi.",
      ],
    },
    visiting: {
      ar: 'حي سكني مأهول: تشاهد العمارات التاريخية من الشارع، مع احترام خصوصية سكانها.',
      fr: 'Quartier habité : les immeubles historiques se regardent depuis la rue, dans le respect de leurs habitants.',
    },
    gallery: [
      {
        motif: 'skyline',
        seed: 1241,
        alt: {
          ar: 'رسم مستوحى من واجهات العمارات التجريبية للحي',
          fr: 'Illustration inspirée des façades des immeubles expérimentaux du quartier',
        },
      },
      {
        motif: 'document',
        seed: 1242,
        alt: {
          ar: 'رسم مستوحى من تصاميم السكن ذي الصحون',
          fr: 'Illustration inspirée des plans de la trame des maisons à patio',
        },
      },
      {
        motif: 'crowd',
        seed: 1243,
        alt: {
          ar: 'رسم يوحي بالحياة اليومية في أزقة الحي المحمدي',
          fr: 'Illustration évoquant la vie quotidienne dans les rues de Hay Mohammadi',
        },
      },
    ],
  },
  {
    slug: 'zoo-ain-sebaa',
    site: 'ain-sebaa',
    category: 'park',
    name: { ar: 'حديقة الحيوانات بعين السبع', fr: "Le zoo d'Aïn Sebaâ" },
    period: {
      ar: 'فترة الحماية، وأعيد افتتاحها سنة 2025',
      fr: 'Époque du protectorat ; rouvert en 2025',
    },
    address: { ar: 'عين السبع، الدار البيضاء', fr: 'Aïn Sebaâ, Casablanca' },
    lat: 33.603,
    lng: -7.536,
    summary: {
      ar: 'حديقة حيوانات تاريخية أحدثت في عهد الحماية، أعيد تأهيلها بالكامل وفتحت من جديد في دجنبر 2025 على مساحة تقارب ثلاثة عشر هكتارا.',
      fr: 'Un jardin zoologique historique créé sous le protectorat, entièrement réaménagé et rouvert en décembre 2025 sur environ treize hectares.',
    },
    history: {
      ar: [
        'أنشئت حديقة الحيوانات بعين السبع خلال فترة الحماية، وظلت لعقود وجهة مألوفة لعائلات الدار البيضاء وتلاميذ مدارسها، وجزءا من ذاكرة أجيال من البيضاويين.',
        'وبعد سنوات من التدهور، أغلقت الحديقة سنة 2014 لإعادة تأهيلها، ثم فتحت من جديد في دجنبر 2025 بتصور جديد يقوم على فضاءات مفتوحة تحاكي البيئات الطبيعية لإفريقيا وآسيا وأمريكا، مع مرافق للاستقبال والتربية البيئية والترفيه.',
      ],
      fr: [
        "Créé à l'époque du protectorat, le zoo d'Aïn Sebaâ a été pendant des décennies une sortie familière des familles et des écoles casablancaises, et fait partie des souvenirs de plusieurs générations.",
        "Après des années de dégradation, il a fermé en 2014 pour être réhabilité, puis a rouvert en décembre 2025 avec un nouveau parti pris : des espaces ouverts qui évoquent les milieux naturels d'Afrique, d'Asie et d'Amérique, et des équipements d'accueil, d'éducation à l'environnement et de loisirs.",
      ],
    },
    visiting: {
      ar: 'الدخول بتذكرة، وتعلن أوقات الفتح والتعريفة عند المدخل وعبر قنوات التواصل الرسمية. يمنع إطعام الحيوانات.',
      fr: "Entrée payante ; horaires et tarifs sont affichés à l'entrée et communiqués par les canaux officiels. Il est interdit de nourrir les animaux.",
    },
    gallery: [
      {
        motif: 'garden',
        seed: 1251,
        alt: {
          ar: 'رسم لفضاءات خضراء مفتوحة في حديقة الحيوانات',
          fr: 'Illustration des espaces verts ouverts du zoo',
        },
      },
      {
        motif: 'crowd',
        seed: 1252,
        alt: {
          ar: 'رسم يوحي بزيارة العائلات لحديقة الحيوانات',
          fr: 'Illustration évoquant la visite des familles au zoo',
        },
      },
    ],
  },
]
