import type { PlaceSeed } from './types.ts'

/** Heritage places of Sidi Belyout (1/2): the old medina, the Sqala, Place Mohammed V. */
export const placesA: PlaceSeed[] = [
  {
    slug: 'ancienne-medina',
    site: 'sidi-belyout',
    category: 'monument',
    name: { ar: 'المدينة القديمة وأسوارها', fr: "L'ancienne médina et ses remparts" },
    period: { ar: 'القرن الثامن عشر', fr: 'XVIIIe siècle' },
    address: {
      ar: 'بين ساحة الأمم المتحدة وشارع الموحدين، الدار البيضاء',
      fr: 'Entre la place des Nations Unies et le boulevard des Almohades, Casablanca',
    },
    lat: 33.601,
    lng: -7.6185,
    summary: {
      ar: 'النواة التاريخية للدار البيضاء، أعيد بناؤها في القرن الثامن عشر داخل أسوار تطل على الميناء، وتضم أزقة وأسواقا وأضرحة ومساجد عريقة.',
      fr: "Le noyau historique de Casablanca, rebâti au XVIIIe siècle à l'abri de remparts tournés vers le port, avec ses ruelles, ses souks, ses sanctuaires et ses mosquées.",
    },
    history: {
      ar: [
        'تقوم المدينة القديمة على موقع أنفا، الحاضرة التي عرفت نشاطا تجاريا وبحريا خلال العصر الوسيط قبل أن تدمرها حملة برتغالية سنة 1468. وبعد قرون من التراجع، أعاد السلطان سيدي محمد بن عبد الله تعمير الموقع في النصف الثاني من القرن الثامن عشر، فشيد الأسوار والمسجد الأعظم وأسكن به السكان، ومنذ ذلك الحين عرفت المدينة باسم الدار البيضاء.',
        'وخلال القرن التاسع عشر، ومع تنامي المبادلات التجارية عبر المرسى، استقر بالمدينة القديمة تجار وقناصل أجانب إلى جانب الساكنة المحلية، فتجاورت فيها الدور التقليدية والمساجد والزوايا وحي الملاح مع بنايات ذات طابع أوروبي.',
        'وتحتفظ المدينة القديمة اليوم بنسيجها العمراني الكثيف وبعدد من معالمها، من بينها ضريحا سيدي بوسمارة وسيدي علال القيرواني، وبرج الساعة المنتصب عند مدخلها من جهة ساحة الأمم المتحدة. وقد استفادت في السنوات الأخيرة من برامج لإعادة التأهيل تهدف إلى صون طابعها وتحسين ظروف عيش سكانها.',
      ],
      fr: [
        "L'ancienne médina occupe le site d'Anfa, cité commerçante et portuaire au Moyen Âge, détruite par une expédition portugaise en 1468. Après des siècles de déclin, le sultan Sidi Mohammed ben Abdallah fit rebâtir le site dans la seconde moitié du XVIIIe siècle : il éleva les remparts et la Grande Mosquée et y installa des habitants. La ville prit alors le nom de Dar al-Beïda, Casablanca.",
        "Au XIXe siècle, avec l'essor du commerce par le port, négociants et consuls étrangers s'installèrent aux côtés des habitants : maisons traditionnelles, mosquées, zaouïas et mellah y voisinèrent avec des bâtiments de style européen.",
        "La médina conserve aujourd'hui son tissu dense et plusieurs de ses repères, dont les sanctuaires de Sidi Bousmara et de Sidi Allal el Kairouani, ainsi que la tour de l'horloge dressée à son entrée, côté place des Nations Unies. Elle a bénéficié ces dernières années de programmes de réhabilitation destinés à préserver son caractère et à améliorer les conditions de vie de ses habitants.",
      ],
    },
    visiting: {
      ar: 'الدخول حر في كل وقت. ينصح بالتجول سيرا على الأقدام، مع احترام حرمة الأضرحة ودور العبادة التي يقتصر دخول بعضها على المسلمين.',
      fr: "Accès libre à toute heure. La visite se fait à pied ; sanctuaires et lieux de culte se respectent, et certains ne sont ouverts qu'aux musulmans.",
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1101,
        alt: {
          ar: 'رسم زخرفي مستوحى من أبواب وأقواس المدينة القديمة',
          fr: "Illustration inspirée des portes et des arcs de l'ancienne médina",
        },
      },
      {
        motif: 'zellige',
        seed: 1102,
        alt: {
          ar: 'رسم زخرفي مستوحى من زليج دور المدينة القديمة',
          fr: 'Illustration inspirée du zellige des maisons de la médina',
        },
      },
      {
        motif: 'crowd',
        seed: 1103,
        alt: {
          ar: 'رسم يوحي بحركة المارة في أزقة المدينة القديمة',
          fr: "Illustration évoquant l'animation des ruelles de la médina",
        },
      },
    ],
  },
  {
    slug: 'bastion-sqala',
    site: 'sidi-belyout',
    category: 'monument',
    name: { ar: 'برج السقالة', fr: 'Le bastion de la Sqala' },
    period: { ar: 'القرن الثامن عشر', fr: 'XVIIIe siècle' },
    address: {
      ar: 'شارع الموحدين، المدينة القديمة، الدار البيضاء',
      fr: 'Boulevard des Almohades, ancienne médina, Casablanca',
    },
    lat: 33.6035,
    lng: -7.6195,
    summary: {
      ar: 'برج دفاعي من أسوار المدينة القديمة يطل على الميناء، ما تزال مدافع قديمة مصطفة على أسواره.',
      fr: "Un bastion des remparts de l'ancienne médina, tourné vers le port, où s'alignent encore d'anciens canons.",
    },
    history: {
      ar: [
        'السقالة برج محصن يندرج ضمن التحصينات التي أقيمت حول المدينة عند إعادة بنائها في القرن الثامن عشر، لحماية الواجهة البحرية والمرسى. ويطلق اسم السقالة في عدد من المدن الساحلية المغربية على منصات المدفعية المطلة على البحر.',
        'وقد فقد البرج وظيفته العسكرية مع توسع المدينة وبناء الميناء الحديث في القرن العشرين، لكنه حافظ على أسواره ومدافعه، وأصبح فضاء يقصده الزوار، يجمع بين حديقة صغيرة ومقهى مطعم، ويوفر إطلالة على الميناء.',
      ],
      fr: [
        "La Sqala est un bastion fortifié qui appartient aux défenses élevées autour de la ville lors de sa reconstruction au XVIIIe siècle, pour protéger le front de mer et le mouillage. Dans plusieurs villes côtières du Maroc, le mot « sqala » désigne ces plates-formes d'artillerie tournées vers la mer.",
        "Le bastion a perdu son rôle militaire avec l'extension de la ville et la construction du port moderne au XXe siècle, mais il a gardé ses murs et ses canons. Il accueille aujourd'hui un petit jardin et un café-restaurant, avec vue sur le port.",
      ],
    },
    visiting: {
      ar: 'يمكن مشاهدة البرج وأسواره من الخارج في كل وقت، ويستقبل الفضاء الداخلي زواره خلال ساعات عمل المقهى المطعم الذي يشغله.',
      fr: "Les remparts se voient librement depuis l'extérieur ; l'intérieur est accessible aux heures d'ouverture du café-restaurant qui l'occupe.",
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1111,
        alt: {
          ar: 'رسم مستوحى من أسوار برج السقالة وفتحاته',
          fr: 'Illustration inspirée des murs et des embrasures de la Sqala',
        },
      },
      {
        motif: 'waves',
        seed: 1112,
        alt: {
          ar: 'رسم يوحي بأمواج المحيط أمام الأسوار',
          fr: "Illustration évoquant les vagues de l'océan au pied des remparts",
        },
      },
    ],
  },
  {
    slug: 'place-mohammed-v',
    site: 'sidi-belyout',
    category: 'square',
    name: {
      ar: 'ساحة محمد الخامس ومبانيها الإدارية',
      fr: 'La place Mohammed V et ses édifices administratifs',
    },
    period: {
      ar: 'العشرينيات والثلاثينيات من القرن العشرين',
      fr: 'Années 1920 et 1930',
    },
    address: {
      ar: 'ساحة محمد الخامس، وسط المدينة، الدار البيضاء',
      fr: 'Place Mohammed V, centre-ville, Casablanca',
    },
    lat: 33.5925,
    lng: -7.619,
    summary: {
      ar: 'الساحة الإدارية الكبرى لوسط المدينة، تحيط بها مبان عمومية من فترة ما بين الحربين تمزج بين التكوين الحديث والزخارف المغربية.',
      fr: "La grande place administrative du centre-ville, bordée d'édifices publics de l'entre-deux-guerres qui marient composition moderne et décor marocain.",
    },
    history: {
      ar: [
        'صممت هذه الساحة، التي عرفت سابقا بالساحة الإدارية، في إطار مخطط التهيئة الذي وضعه المهندس هنري بروست للدار البيضاء، لتكون مركزا للإدارات العمومية في المدينة الجديدة.',
        'وتحيط بالساحة مبان رسمية شيدت بين العشرينيات والثلاثينيات من القرن العشرين، أبرزها قصر العدالة الذي صممه المهندس جوزيف ماراست، ومقر العمالة، مقر البلدية سابقا، الذي صممه المهندس ماريوس بواييه ويعلوه برج الساعة، إضافة إلى مبنى البريد المركزي ومقر بنك المغرب. وتجمع هذه المباني بين التكوين الكلاسيكي والزخارف المستوحاة من الفنون المغربية، كالزليج والخشب المنقوش والقرميد الأخضر.',
        'وما تزال الساحة قلب الحياة الإدارية لوسط المدينة وفضاء للقاء والتنزه، تجاورها حديقة الجامعة العربية وتخدمها محطة للترامواي.',
      ],
      fr: [
        "Cette place, longtemps appelée place Administrative, a été conçue dans le cadre du plan d'aménagement de Casablanca dressé par l'urbaniste Henri Prost, pour réunir les administrations publiques de la ville nouvelle.",
        "Elle est bordée d'édifices officiels bâtis dans les années 1920 et 1930 : le palais de justice, œuvre de l'architecte Joseph Marrast ; l'ancien hôtel de ville, aujourd'hui siège de la wilaya, dessiné par Marius Boyer et dominé par sa tour de l'horloge ; la Grande Poste et le siège de Bank Al-Maghrib. Ces bâtiments associent une composition classique à des décors inspirés des arts marocains : zellige, bois sculpté, tuiles vertes.",
        'La place reste le cœur administratif du centre-ville et un lieu de rendez-vous et de promenade, voisin du parc de la Ligue arabe et desservi par le tramway.',
      ],
    },
    visiting: {
      ar: 'الساحة مفتوحة في كل وقت. المباني المحيطة بها مقرات إدارية لا تزار من الداخل إلا في إطار زيارات منظمة.',
      fr: 'La place est ouverte en permanence. Les édifices qui la bordent sont des bâtiments administratifs : leurs intérieurs ne se visitent que lors de visites organisées.',
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1121,
        alt: {
          ar: 'رسم مستوحى من أروقة المباني الإدارية بالساحة',
          fr: 'Illustration inspirée des arcades des édifices administratifs de la place',
        },
      },
      {
        motif: 'skyline',
        seed: 1122,
        alt: {
          ar: 'رسم لواجهات الساحة يعلوها برج الساعة',
          fr: "Illustration des façades de la place dominées par la tour de l'horloge",
        },
      },
      {
        motif: 'zellige',
        seed: 1123,
        alt: {
          ar: 'رسم زخرفي مستوحى من زليج قصر العدالة',
          fr: 'Illustration inspirée du zellige du palais de justice',
        },
      },
    ],
  },
]
