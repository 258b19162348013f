import type { PlaceSeed } from './types.ts'

/** Heritage places of Mers Sultan (the Mahkama) and Al Fida (Derb Sultan). */
export const placesE: PlaceSeed[] = [
  {
    slug: 'mahkama-du-pacha',
    site: 'mers-sultan',
    category: 'monument',
    name: { ar: 'محكمة الباشا', fr: 'La Mahkama du Pacha' },
    period: {
      ar: 'الأربعينيات وبداية الخمسينيات من القرن العشرين',
      fr: 'Années 1940 et début des années 1950',
    },
    address: {
      ar: 'حي الأحباس، مرس السلطان، الدار البيضاء',
      fr: 'Quartier des Habous, Mers Sultan, Casablanca',
    },
    lat: 33.5783,
    lng: -7.604,
    summary: {
      ar: 'مبنى فخم شيد على الطراز المغربي لاحتضان الباشا ومحكمته، ويعد من أجمل شواهد الحرف التقليدية المغربية في القرن العشرين.',
      fr: "Un édifice d'apparat bâti dans le style marocain pour le pacha et son tribunal, l'un des plus beaux témoins de l'artisanat marocain du XXe siècle.",
    },
    history: {
      ar: [
        'صمم المهندس أوغست كاديه مبنى محكمة الباشا في حي الأحباس، وامتدت أشغاله خلال الأربعينيات لتكتمل في بداية الخمسينيات من القرن العشرين. وكان المبنى مقرا لباشا المدينة ولمحكمته.',
        'ويتميز المبنى بقاعاته وصحونه المتعددة، وبزخارفه التي أنجزها صناع تقليديون: زليج ونقش على الجبس وخشب منقوش وأسقف مزخرفة، وقرميد أخضر يعلو واجهاته الحجرية التي توحي بالقلاع القديمة.',
        'ويحتضن المبنى اليوم مصالح إدارية، ويعد من أبرز معالم التراث المعماري للدار البيضاء ومن محطات كل جولة في حي الأحباس.',
      ],
      fr: [
        "Conçue par l'architecte Auguste Cadet dans le quartier des Habous, la Mahkama du Pacha a été construite au cours des années 1940 et achevée au début des années 1950. Elle abritait le pacha de la ville et son tribunal.",
        "L'édifice se distingue par ses nombreuses salles et cours et par le travail des artisans qui l'ont orné : zellige, plâtre sculpté, bois ciselé, plafonds peints, et tuiles vertes couronnant des façades de pierre aux allures de forteresse.",
        "Il accueille aujourd'hui des services administratifs et compte parmi les grands monuments du patrimoine casablancais, étape de toute promenade aux Habous.",
      ],
    },
    visiting: {
      ar: 'مبنى إداري: تشاهد واجهاته من الخارج، ولا يزار من الداخل إلا في إطار زيارات منظمة يعلن عنها.',
      fr: "Bâtiment administratif : ses façades se voient de l'extérieur ; l'intérieur ne se visite que lors de visites organisées et annoncées.",
    },
    gallery: [
      {
        motif: 'zellige',
        seed: 1221,
        alt: {
          ar: 'رسم زخرفي مستوحى من زليج صحون محكمة الباشا',
          fr: 'Illustration inspirée du zellige des cours de la Mahkama',
        },
      },
      {
        motif: 'arches',
        seed: 1222,
        alt: {
          ar: 'رسم مستوحى من الأقواس المنقوشة لمحكمة الباشا',
          fr: 'Illustration inspirée des arcs sculptés de la Mahkama du Pacha',
        },
      },
    ],
  },
  {
    slug: 'derb-sultan',
    site: 'al-fida',
    category: 'market',
    name: { ar: 'درب السلطان وأسواقه', fr: 'Derb Sultan et ses marchés' },
    period: { ar: 'النصف الأول من القرن العشرين', fr: 'Première moitié du XXe siècle' },
    address: { ar: 'درب السلطان، الفداء، الدار البيضاء', fr: 'Derb Sultan, Al Fida, Casablanca' },
    lat: 33.5681,
    lng: -7.605,
    summary: {
      ar: 'من أقدم الأحياء الشعبية بالدار البيضاء وأكثرها حيوية، معروف بقيسارياته ومحلات اللباس التقليدي، وبمكانته في تاريخ المقاومة والرياضة بالمدينة.',
      fr: "L'un des plus anciens et des plus vivants quartiers populaires de Casablanca, connu pour ses kissariats et ses boutiques d'habits traditionnels, et pour sa place dans l'histoire de la résistance et du sport.",
    },
    history: {
      ar: [
        'نشأ درب السلطان في النصف الأول من القرن العشرين لاستقبال الأسر المغربية التي استقرت بالدار البيضاء مع توسعها، فتشكل حي كثيف بدروبه وأزقته ومحلاته الصغيرة، غير بعيد عن حي الأحباس.',
        'وارتبط اسم الحي بالحركة الوطنية والمقاومة خلال السنوات التي سبقت الاستقلال، كما شهد تأسيس نادي الرجاء الرياضي سنة 1949، وظل معقله التاريخي.',
        'ويشتهر درب السلطان اليوم بأسواقه وقيسارياته التي يقصدها الزوار من مختلف أنحاء المدينة لاقتناء الأقمشة والقفاطين والجلابيب ولوازم المناسبات.',
      ],
      fr: [
        "Derb Sultan s'est formé dans la première moitié du XXe siècle pour accueillir les familles marocaines venues s'installer dans une Casablanca en pleine croissance : un quartier dense de derbs, de ruelles et de petites échoppes, non loin des Habous.",
        "Le nom du quartier est lié au mouvement national et à la résistance des années qui ont précédé l'indépendance. C'est aussi là qu'est né le Raja Club Athletic, en 1949, qui en a fait son fief historique.",
        "Derb Sultan est aujourd'hui réputé pour ses marchés et ses kissariats, où l'on vient de toute la ville acheter tissus, caftans, djellabas et tout le nécessaire des fêtes.",
      ],
    },
    visiting: {
      ar: 'الأسواق مفتوحة خلال النهار وتعرف إقبالا كبيرا قبيل الأعياد والمناسبات. ينصح بالتنقل سيرا على الأقدام داخل الأزقة.',
      fr: "Les marchés sont ouverts en journée et très fréquentés à l'approche des fêtes. Mieux vaut parcourir les ruelles à pied.",
    },
    gallery: [
      {
        motif: 'crowd',
        seed: 1231,
        alt: {
          ar: 'رسم يوحي بحركة المتسوقين في قيساريات درب السلطان',
          fr: 'Illustration évoquant les clients dans les kissariats de Derb Sultan',
        },
      },
      {
        motif: 'zellige',
        seed: 1232,
        alt: {
          ar: 'رسم زخرفي مستوحى من أقمشة القفاطين وطرزها',
          fr: 'Illustration inspirée des tissus et des broderies des caftans',
        },
      },
      {
        motif: 'sport',
        seed: 1233,
        alt: {
          ar: 'رسم يوحي بكرة القدم في ذاكرة الحي',
          fr: 'Illustration évoquant le football dans la mémoire du quartier',
        },
      },
    ],
  },
]
