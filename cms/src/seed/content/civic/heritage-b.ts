import type { PlaceSeed } from './types.ts'

/** Heritage places of Sidi Belyout (2/2): Boulevard Mohammed V, the Central Market, the park. */
export const placesB: PlaceSeed[] = [
  {
    slug: 'boulevard-mohammed-v',
    site: 'sidi-belyout',
    category: 'art-deco',
    name: {
      ar: 'عمارات الآرت ديكو بشارع محمد الخامس',
      fr: 'Les immeubles Art déco du boulevard Mohammed V',
    },
    period: {
      ar: 'من العشرينيات إلى الخمسينيات من القرن العشرين',
      fr: 'Des années 1920 aux années 1950',
    },
    address: {
      ar: 'شارع محمد الخامس، وسط المدينة، الدار البيضاء',
      fr: 'Boulevard Mohammed V, centre-ville, Casablanca',
    },
    lat: 33.5955,
    lng: -7.6135,
    summary: {
      ar: 'أحد أبرز محاور وسط المدينة، تصطف على جانبيه عمارات بأروقة وزخارف على طراز الآرت ديكو تشهد على ازدهار الدار البيضاء في النصف الأول من القرن العشرين.',
      fr: "L'un des grands axes du centre-ville, bordé d'immeubles à arcades et à décors Art déco qui témoignent de l'essor de Casablanca dans la première moitié du XXe siècle.",
    },
    history: {
      ar: [
        'عرف هذا الشارع في بداياته باسم شارع المحطة، وسرعان ما أصبح من المحاور التجارية الرئيسية للمدينة الجديدة، تتوالى على جانبيه المتاجر والمقاهي والفنادق تحت أروقة مسقوفة تقي المارة من الشمس والمطر.',
        'وتضم واجهاته عددا من أجمل نماذج عمارة الآرت ديكو بالدار البيضاء، بزخارفها الهندسية وشرفاتها ونقوشها الجصية وحديدها المشغول، من بينها عمارة أسياغ التي صممها المهندس ماريوس بواييه، وفندق لينكولن الذي يعد من أقدم عمارات الشارع.',
        'وقد أعيدت تهيئة الشارع مع مرور الخط الأول للترامواي منه سنة 2012، وتتواصل عمليات ترميم الواجهات للحفاظ على هذا الرصيد المعماري الذي يشكل جزءا من هوية المدينة.',
      ],
      fr: [
        "Appelé à l'origine boulevard de la Gare, il devint rapidement l'une des principales artères commerçantes de la ville nouvelle : boutiques, cafés et hôtels s'y succèdent sous des arcades qui abritent les passants du soleil et de la pluie.",
        "Ses façades comptent parmi les plus beaux exemples de l'Art déco casablancais, avec leurs motifs géométriques, leurs balcons, leurs stucs et leurs ferronneries : l'immeuble Assayag, dessiné par Marius Boyer, ou l'hôtel Lincoln, l'un des plus anciens immeubles du boulevard.",
        "Le boulevard a été réaménagé avec le passage de la première ligne du tramway en 2012, et la restauration des façades se poursuit pour préserver ce patrimoine qui fait partie de l'identité de la ville.",
      ],
    },
    visiting: {
      ar: 'يكتشف الشارع سيرا على الأقدام في كل وقت. أغلب العمارات مساكن أو مكاتب خاصة، لذا تشاهد من الشارع مع احترام خصوصية شاغليها.',
      fr: "Le boulevard se découvre à pied, à toute heure. La plupart des immeubles sont des logements ou des bureaux privés : ils s'admirent depuis la rue, dans le respect de leurs occupants.",
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1131,
        alt: {
          ar: 'رسم مستوحى من أروقة عمارات شارع محمد الخامس',
          fr: 'Illustration inspirée des arcades des immeubles du boulevard Mohammed V',
        },
      },
      {
        motif: 'skyline',
        seed: 1132,
        alt: {
          ar: 'رسم لواجهات عمارات الآرت ديكو على امتداد الشارع',
          fr: 'Illustration des façades Art déco le long du boulevard',
        },
      },
    ],
  },
  {
    slug: 'marche-central',
    site: 'sidi-belyout',
    category: 'market',
    name: { ar: 'السوق المركزي', fr: 'Le Marché central' },
    period: { ar: 'نهاية العقد الثاني من القرن العشرين', fr: 'Fin des années 1910' },
    address: {
      ar: 'شارع محمد الخامس، وسط المدينة، الدار البيضاء',
      fr: 'Boulevard Mohammed V, centre-ville, Casablanca',
    },
    lat: 33.595,
    lng: -7.6108,
    summary: {
      ar: 'سوق مغطى في قلب وسط المدينة، يشتهر بأروقة السمك والخضر والفواكه والزهور، ويظل من أكثر الفضاءات التجارية حيوية في الدار البيضاء.',
      fr: 'Un marché couvert au cœur du centre-ville, réputé pour ses étals de poissons, de fruits et légumes et de fleurs, et toujours parmi les lieux les plus animés de Casablanca.',
    },
    history: {
      ar: [
        'أنشئ السوق المركزي في نهاية العقد الثاني من القرن العشرين، خلال مرحلة التوسع السريع للمدينة الجديدة، ليكون السوق الرئيسي للمواد الغذائية في وسطها. ويتميز ببوابته المطلة على شارع محمد الخامس وبفنائه الداخلي الذي تحيط به المحلات.',
        'وما يزال السوق يؤدي وظيفته الأصلية، إذ يقصده السكان والطهاة لاقتناء السمك الطازج والخضر والفواكه والتوابل والزهور، وتنتشر في محيطه مطاعم صغيرة تقدم أطباق السمك. وهو من المعالم التي تحظى بعناية خاصة في برامج صون التراث الحضري للمدينة.',
      ],
      fr: [
        "Le Marché central a été créé à la fin des années 1910, en pleine croissance de la ville nouvelle, pour en être le grand marché alimentaire. On le reconnaît à son portail ouvert sur le boulevard Mohammed V et à sa cour intérieure bordée d'échoppes.",
        "Il a gardé sa vocation d'origine : habitants et cuisiniers y achètent poisson frais, fruits et légumes, épices et fleurs, et de petits restaurants de poisson l'entourent. Il fait partie des lieux suivis de près par les programmes de sauvegarde du patrimoine urbain.",
      ],
    },
    visiting: {
      ar: 'يفتح السوق خلال النهار، وتبلغ الحركة ذروتها في الصباح. يرجى احترام الباعة وطلب الإذن قبل التصوير.',
      fr: "Le marché est ouvert en journée ; l'animation est à son comble le matin. Merci de respecter les commerçants et de demander avant de photographier.",
    },
    gallery: [
      {
        motif: 'crowd',
        seed: 1141,
        alt: {
          ar: 'رسم يوحي بحركة المتسوقين بين أروقة السوق',
          fr: 'Illustration évoquant le va-et-vient des clients entre les étals',
        },
      },
      {
        motif: 'arches',
        seed: 1142,
        alt: {
          ar: 'رسم مستوحى من بوابة السوق المركزي',
          fr: 'Illustration inspirée du portail du Marché central',
        },
      },
    ],
  },
  {
    slug: 'parc-ligue-arabe',
    site: 'sidi-belyout',
    category: 'park',
    name: { ar: 'حديقة الجامعة العربية', fr: 'Le parc de la Ligue arabe' },
    period: { ar: 'بداية القرن العشرين', fr: 'Début du XXe siècle' },
    address: {
      ar: 'شارع مولاي يوسف، وسط المدينة، الدار البيضاء',
      fr: 'Boulevard Moulay Youssef, centre-ville, Casablanca',
    },
    lat: 33.5875,
    lng: -7.6245,
    summary: {
      ar: 'أكبر حدائق وسط الدار البيضاء وأقدمها، فضاء أخضر تاريخي يمتد على نحو ثلاثين هكتارا، أعيد تأهيله وفتح من جديد في وجه العموم سنة 2021.',
      fr: "Le plus grand et le plus ancien jardin du centre de Casablanca : un parc historique d'une trentaine d'hectares, réaménagé et rouvert au public en 2021.",
    },
    history: {
      ar: [
        'أحدثت الحديقة في بداية القرن العشرين ضمن تصور المدينة الجديدة، وعرفت في البداية باسم «حديقة ليوطي» قبل أن تحمل اسم حديقة الجامعة العربية. وقد صممت بممرات مستقيمة تصطف على جوانبها أشجار النخيل، فصارت المنتزه التاريخي للمدينة.',
        'وشكلت الحديقة لعقود متنفسا يوميا للبيضاويين ووجهة للعائلات، قبل أن تخضع لمشروع واسع لإعادة التأهيل أشرفت عليه جماعة الدار البيضاء بتعاون مع شركة الدار البيضاء للتهيئة، شمل الممرات والمساحات الخضراء وفضاءات الألعاب والنافورات المزينة بالزليج، مع احترام المشهد الموروث. وأعيد فتحها في وجه العموم في ماي 2021.',
      ],
      fr: [
        "Créé au début du XXe siècle avec la ville nouvelle, le parc s'appela d'abord parc Lyautey avant de prendre le nom de parc de la Ligue arabe. Ses allées rectilignes bordées de palmiers en ont fait la grande promenade historique de la ville.",
        "Lieu de détente quotidien des Casablancais pendant des décennies, il a fait l'objet d'un vaste projet de réhabilitation conduit par la Commune de Casablanca avec la société Casablanca Aménagement : allées, pelouses, aires de jeux et fontaines de zellige, dans le respect du paysage hérité. Il a rouvert au public en mai 2021.",
      ],
    },
    visiting: {
      ar: 'الدخول مجاني. تتوفر الحديقة على ممرات للمشي ومسار رياضي وفضاءات لألعاب الأطفال ومقاه. يرجى الحفاظ على نظافة المكان واحترام المغروسات.',
      fr: 'Entrée libre. Le parc offre des allées de promenade, un parcours sportif, des aires de jeux et des cafés. Merci de garder les lieux propres et de respecter les plantations.',
    },
    gallery: [
      {
        motif: 'garden',
        seed: 1151,
        alt: {
          ar: 'رسم لممرات الحديقة تصطف على جوانبها أشجار النخيل',
          fr: 'Illustration des allées du parc bordées de palmiers',
        },
      },
      {
        motif: 'zellige',
        seed: 1152,
        alt: {
          ar: 'رسم زخرفي مستوحى من نافورات الحديقة المزينة بالزليج',
          fr: 'Illustration inspirée des fontaines de zellige du parc',
        },
      },
      {
        motif: 'sport',
        seed: 1153,
        alt: {
          ar: 'رسم يوحي بالمسار الرياضي للحديقة',
          fr: 'Illustration évoquant le parcours sportif du parc',
        },
      },
    ],
  },
]
