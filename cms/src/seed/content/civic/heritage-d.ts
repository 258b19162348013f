import type { PlaceSeed } from './types.ts'

/** Heritage places of Maârif (Twin Center, Derb Ghallef) and Mers Sultan (the Habous). */
export const placesD: PlaceSeed[] = [
  {
    slug: 'twin-center',
    site: 'maarif',
    category: 'monument',
    name: { ar: 'التوين سنتر', fr: 'Le Twin Center' },
    period: { ar: 'نهاية تسعينيات القرن العشرين', fr: 'Fin des années 1990' },
    address: {
      ar: 'ملتقى شارع الزرقطوني وشارع المسيرة الخضراء، المعاريف، الدار البيضاء',
      fr: 'Angle des boulevards Zerktouni et Al Massira Al Khadra, Maârif, Casablanca',
    },
    lat: 33.5862,
    lng: -7.6327,
    summary: {
      ar: 'برجان توأمان صممهما المهندس المعماري ريكاردو بوفيل، صارا من أبرز معالم أفق الدار البيضاء الحديث ورمزا لحي المعاريف.',
      fr: "Deux tours jumelles dessinées par l'architecte Ricardo Bofill, devenues l'un des grands repères de la silhouette moderne de Casablanca et l'emblème du Maârif.",
    },
    history: {
      ar: [
        'شيد التوين سنتر في نهاية تسعينيات القرن العشرين وفق تصميم المهندس المعماري الإسباني ريكاردو بوفيل، ويتكون من برجين متطابقين يضمان مكاتب وفندقا، يربط بينهما في القاعدة مركز تجاري.',
        'ويشكل البرجان، بحكم علوهما وموقعهما عند ملتقى شارعين رئيسيين، علامة يهتدي بها السكان والزوار، ورمزا لتحول المعاريف إلى قطب للأعمال والتجارة في النصف الثاني من القرن العشرين.',
      ],
      fr: [
        "Achevé à la fin des années 1990 sur les plans de l'architecte espagnol Ricardo Bofill, le Twin Center se compose de deux tours identiques abritant bureaux et hôtel, reliées à leur base par une galerie commerciale.",
        "Par leur hauteur et leur position au croisement de deux grands boulevards, les tours sont un repère pour les habitants comme pour les visiteurs, et le symbole de la transformation du Maârif en pôle d'affaires et de commerce.",
      ],
    },
    visiting: {
      ar: 'المركز التجاري مفتوح للعموم خلال ساعات العمل التجاري، أما الطوابق العليا فمكاتب وفندق لا يلجها إلا المعنيون.',
      fr: 'La galerie commerciale est ouverte au public aux heures des commerces ; les étages sont occupés par des bureaux et un hôtel.',
    },
    gallery: [
      {
        motif: 'skyline',
        seed: 1191,
        alt: {
          ar: 'رسم للبرجين التوأمين في أفق المدينة',
          fr: 'Illustration des deux tours jumelles dans la silhouette de la ville',
        },
      },
      {
        motif: 'crowd',
        seed: 1192,
        alt: {
          ar: 'رسم يوحي بحركة المارة عند ملتقى الشارعين',
          fr: 'Illustration évoquant les passants au croisement des boulevards',
        },
      },
    ],
  },
  {
    slug: 'derb-ghallef',
    site: 'maarif',
    category: 'market',
    name: { ar: 'جوطية درب غلف', fr: 'Le marché de Derb Ghallef' },
    period: { ar: 'القرن العشرون', fr: 'XXe siècle' },
    address: {
      ar: 'حي درب غلف، المعاريف، الدار البيضاء',
      fr: 'Quartier Derb Ghallef, Maârif, Casablanca',
    },
    lat: 33.5778,
    lng: -7.6285,
    summary: {
      ar: 'سوق شعبي شهير يجاور حي المعاريف، يقصده البيضاويون لاقتناء الأجهزة الإلكترونية والأثاث والسلع الجديدة والمستعملة.',
      fr: "Une célèbre « jotia » populaire voisine du Maârif, où les Casablancais viennent chercher électronique, mobilier et objets neufs ou d'occasion.",
    },
    history: {
      ar: [
        'درب غلف حي شعبي يحده حي المعاريف وحي المستشفيات وحي النخيل، ويرتبط اسمه في أذهان البيضاويين بالجوطية، السوق الواسع الذي نشأ فيه وتوسع مع الزمن ليصبح من أشهر الأسواق الشعبية في المغرب.',
        'واشتهر السوق بمحلات الهواتف والحواسيب وإصلاح الأجهزة، إلى جانب الأثاث والملابس والأدوات المنزلية، وهو يعكس روح المبادرة والحرف الصغيرة التي تطبع الاقتصاد الشعبي للمدينة.',
      ],
      fr: [
        "Derb Ghallef est un quartier populaire bordé par le Maârif, le quartier des Hôpitaux et le Palmier. Pour les Casablancais, son nom évoque d'abord la « jotia », le grand marché qui s'y est formé et n'a cessé de s'étendre jusqu'à devenir l'un des marchés populaires les plus connus du Maroc.",
        "Le marché est réputé pour ses boutiques de téléphones et d'informatique et ses réparateurs, mais aussi pour le mobilier, les vêtements et les articles ménagers. Il illustre l'esprit d'initiative et les petits métiers de l'économie populaire de la ville.",
      ],
    },
    visiting: {
      ar: 'يفتح السوق خلال النهار ويعرف اكتظاظا في نهاية الأسبوع. ينصح بالانتباه إلى الأغراض الشخصية والتأكد من الضمانات عند الشراء.',
      fr: 'Le marché est ouvert en journée et très fréquenté le week-end. Veillez à vos affaires personnelles et renseignez-vous sur les garanties avant tout achat.',
    },
    gallery: [
      {
        motif: 'crowd',
        seed: 1201,
        alt: {
          ar: 'رسم يوحي بازدحام الزوار بين محلات السوق',
          fr: 'Illustration évoquant la foule entre les boutiques du marché',
        },
      },
      {
        motif: 'arches',
        seed: 1202,
        alt: {
          ar: 'رسم مستوحى من ممرات السوق المسقوفة',
          fr: 'Illustration inspirée des passages couverts du marché',
        },
      },
    ],
  },
  {
    slug: 'quartier-habous',
    site: 'mers-sultan',
    category: 'monument',
    name: {
      ar: 'حي الأحباس (المدينة الجديدة)',
      fr: 'Le quartier des Habous (Nouvelle médina)',
    },
    period: {
      ar: 'من العشرينيات إلى الخمسينيات من القرن العشرين',
      fr: 'Des années 1920 aux années 1950',
    },
    address: {
      ar: 'حي الأحباس، مرس السلطان، الدار البيضاء',
      fr: 'Quartier des Habous, Mers Sultan, Casablanca',
    },
    lat: 33.5765,
    lng: -7.6025,
    summary: {
      ar: 'مدينة جديدة شيدت في القرن العشرين على نمط المدن العتيقة، بأزقتها المقوسة ومساجدها وأسواق الكتب والزيتون والنحاس.',
      fr: 'Une médina nouvelle bâtie au XXe siècle sur le modèle des villes anciennes, avec ses ruelles à arcades, ses mosquées et ses souks des livres, des olives et du cuivre.',
    },
    history: {
      ar: [
        'أنشئ حي الأحباس ابتداء من سنة 1917 على أرض آلت إلى إدارة الأحباس، لاستقبال الأسر التي توافدت على الدار البيضاء من مختلف جهات المغرب. ووضع تصميمه الأول المهندس ألبير لابراد، ثم واصل إنجازه المهندسان أوغست كاديه وإدمون بريون.',
        'واستلهم المصممون روح المدينة العتيقة، من أزقة وساحات صغيرة وأروقة وبيوت منغلقة على صحونها، مع إدخال قواعد التعمير الحديث وشبكات الماء والتطهير. وشيد بالحي المسجد المحمدي في ثلاثينيات القرن العشرين، إلى جانب مساجد أخرى وحمامات وقيساريات.',
        'ويعد الحي اليوم من أبرز الوجهات الثقافية والسياحية بالمدينة، تنتشر فيه المكتبات ومحلات الصناعة التقليدية والحلويات، ويجاوره القصر الملكي ومبنى محكمة الباشا.',
      ],
      fr: [
        "Le quartier des Habous a été construit à partir de 1917 sur un terrain confié à l'administration des Habous, pour accueillir les familles venues de tout le Maroc s'installer à Casablanca. Ses premiers plans sont dus à l'architecte Albert Laprade ; Auguste Cadet et Edmond Brion en ont poursuivi la réalisation.",
        "Les concepteurs ont repris l'esprit de la médina ancienne — ruelles, placettes, arcades, maisons tournées vers leur patio — tout en appliquant les règles de l'urbanisme moderne, réseaux d'eau et d'assainissement compris. La mosquée Mohammadi y a été édifiée dans les années 1930, avec d'autres mosquées, des hammams et des kissariats.",
        "Le quartier est aujourd'hui l'une des grandes adresses culturelles et touristiques de la ville, avec ses librairies, ses artisans et ses pâtissiers, voisin du Palais royal et de la Mahkama du Pacha.",
      ],
    },
    visiting: {
      ar: 'الدخول إلى الحي حر. المساجد مخصصة للمصلين، وأغلب المحلات تفتح في النهار. يرجى احترام هدوء الأزقة السكنية.',
      fr: 'Accès libre au quartier. Les mosquées sont réservées aux fidèles ; la plupart des boutiques ouvrent en journée. Merci de respecter le calme des ruelles habitées.',
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1211,
        alt: {
          ar: 'رسم مستوحى من أروقة حي الأحباس وأقواسه',
          fr: 'Illustration inspirée des arcades du quartier des Habous',
        },
      },
      {
        motif: 'zellige',
        seed: 1212,
        alt: {
          ar: 'رسم زخرفي مستوحى من زليج المسجد المحمدي',
          fr: 'Illustration inspirée du zellige de la mosquée Mohammadi',
        },
      },
      {
        motif: 'document',
        seed: 1213,
        alt: {
          ar: 'رسم مستوحى من مكتبات الحي وكتبه',
          fr: 'Illustration inspirée des librairies et des livres du quartier',
        },
      },
    ],
  },
]
