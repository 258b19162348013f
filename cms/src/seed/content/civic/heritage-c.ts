import type { PlaceSeed } from './types.ts'

/** Heritage places: the Sacré-Cœur (Sidi Belyout), the Corniche and the Anfa hill (Anfa). */
export const placesC: PlaceSeed[] = [
  {
    slug: 'cathedrale-sacre-coeur',
    site: 'sidi-belyout',
    category: 'religious',
    name: { ar: 'كاتدرائية القلب المقدس', fr: 'La cathédrale du Sacré-Cœur' },
    period: {
      ar: 'من الثلاثينيات إلى الخمسينيات من القرن العشرين',
      fr: 'Des années 1930 aux années 1950',
    },
    address: {
      ar: 'شارع الراشدي، وسط المدينة، الدار البيضاء',
      fr: 'Boulevard Rachidi, centre-ville, Casablanca',
    },
    lat: 33.5898,
    lng: -7.6228,
    summary: {
      ar: 'كنيسة سابقة بيضاء ذات برجين، شيدت بين الثلاثينيات والخمسينيات من القرن العشرين، وتحولت سنة 2023 إلى مركز ثقافي متعدد التخصصات.',
      fr: 'Une ancienne église blanche à deux tours, bâtie des années 1930 aux années 1950 et reconvertie en centre culturel pluridisciplinaire en 2023.',
    },
    history: {
      ar: [
        'صمم المهندس الفرنسي بول تورنون هذه الكنيسة، وانطلقت أشغال بنائها في بداية الثلاثينيات لتستمر إلى بداية الخمسينيات. ويمزج المبنى بين الخرسانة المسلحة وأسلوب الآرت ديكو وعناصر تذكر بالعمارة المغربية، إذ يوحي برجاه بالصوامع، فيما تضفي النوافذ الزجاجية الملونة على فضائه الداخلي إضاءة مميزة.',
        'وبعد الاستقلال ورحيل أغلب المصلين، توقف استعمالها للعبادة وآلت لاحقا إلى المدينة، فاحتضنت على مر العقود أنشطة تعليمية وإدارية ومعارض وتظاهرات ثقافية.',
        'وبعد أشغال ترميم وإعادة تأهيل انطلقت سنة 2016، افتتحت في نونبر 2023 مركزا ثقافيا يضم فضاءات للعروض والمعارض واللقاءات، في امتداد مباشر لحديقة الجامعة العربية.',
      ],
      fr: [
        "Dessinée par l'architecte français Paul Tournon, l'église a été construite du début des années 1930 au début des années 1950. Elle associe béton armé, esprit Art déco et références à l'architecture marocaine : ses deux tours évoquent des minarets, et ses vitraux donnent à la nef une lumière singulière.",
        "Après l'indépendance et le départ de la plupart des fidèles, le culte y a cessé et l'édifice est ensuite revenu à la ville. Il a accueilli au fil des décennies des activités d'enseignement, des services administratifs, des expositions et des manifestations culturelles.",
        "Restaurée et réhabilitée à partir de 2016, elle a ouvert en novembre 2023 comme centre culturel, avec des espaces de spectacle, d'exposition et de rencontre, dans le prolongement du parc de la Ligue arabe.",
      ],
    },
    visiting: {
      ar: 'تشاهد الواجهة من الخارج في كل وقت، ويفتح الفضاء الداخلي في وجه الجمهور بمناسبة العروض والمعارض والتظاهرات المبرمجة.',
      fr: "La façade se voit librement à toute heure ; l'intérieur est ouvert au public lors des spectacles, expositions et manifestations programmés.",
    },
    gallery: [
      {
        motif: 'arches',
        seed: 1161,
        alt: {
          ar: 'رسم مستوحى من أقواس الكاتدرائية ونوافذها',
          fr: 'Illustration inspirée des arcs et des baies de la cathédrale',
        },
      },
      {
        motif: 'skyline',
        seed: 1162,
        alt: {
          ar: 'رسم لبرجي الكاتدرائية الأبيضين',
          fr: 'Illustration des deux tours blanches de la cathédrale',
        },
      },
    ],
  },
  {
    slug: 'corniche-ain-diab',
    site: 'anfa',
    category: 'seafront',
    name: { ar: 'كورنيش عين الذئاب', fr: "La Corniche d'Aïn Diab" },
    period: { ar: 'القرن العشرون', fr: 'XXe siècle' },
    address: {
      ar: 'شارع الكورنيش، عين الذئاب، الدار البيضاء',
      fr: 'Boulevard de la Corniche, Aïn Diab, Casablanca',
    },
    lat: 33.596,
    lng: -7.669,
    summary: {
      ar: 'الواجهة البحرية الغربية للمدينة، بشواطئها ومسابحها وممشاها المطل على المحيط الأطلسي، والوجهة المفضلة للبيضاويين في العطل ونهايات الأسبوع.',
      fr: "Le front de mer ouest de la ville, avec ses plages, ses piscines et sa promenade face à l'Atlantique, rendez-vous favori des Casablancais le week-end et pendant les vacances.",
    },
    history: {
      ar: [
        'تحولت منطقة عين الذئاب خلال القرن العشرين من شاطئ بعيد عن المدينة إلى واجهة بحرية للاستجمام، أقيمت على امتداد ساحلها مسابح ونواد بحرية ومقاه ومطاعم، شكل بعضها نماذج للعمارة الحديثة المطلة على البحر.',
        'وفي السنوات الأخيرة، استفاد الكورنيش من مشاريع تهيئة الساحل، شملت ممرات للراجلين ومساحات للجلوس والأنشطة الرياضية. وتمتد الواجهة غربا إلى غاية جزيرة سيدي عبد الرحمان الصخرية وضريحها المعروف.',
      ],
      fr: [
        "Au XXe siècle, Aïn Diab est passé du statut de plage éloignée de la ville à celui de front de mer de loisirs : piscines, clubs nautiques, cafés et restaurants s'y sont installés, dont certains sont de beaux exemples d'architecture moderne tournée vers l'océan.",
        "Ces dernières années, la Corniche a bénéficié de projets d'aménagement du littoral : promenades piétonnes, espaces de repos et équipements sportifs. Le front de mer se prolonge à l'ouest jusqu'à l'îlot rocheux de Sidi Abderrahmane et son mausolée bien connu.",
      ],
    },
    visiting: {
      ar: 'الولوج إلى الممشى والشواطئ العمومية مجاني. تراعى تعليمات السباحة والرايات خلال موسم الاصطياف، وتعرف بعض المقاطع تيارات قوية.',
      fr: "L'accès à la promenade et aux plages publiques est libre. Respectez les consignes de baignade et les drapeaux en saison : certains secteurs connaissent de forts courants.",
    },
    gallery: [
      {
        motif: 'waves',
        seed: 1171,
        alt: {
          ar: 'رسم لأمواج المحيط الأطلسي على شاطئ عين الذئاب',
          fr: "Illustration des vagues de l'Atlantique sur la plage d'Aïn Diab",
        },
      },
      {
        motif: 'sport',
        seed: 1172,
        alt: {
          ar: 'رسم يوحي بالمشي والجري على ممشى الكورنيش',
          fr: 'Illustration évoquant la marche et la course sur la promenade',
        },
      },
      {
        motif: 'waves',
        seed: 1173,
        alt: {
          ar: 'رسم لغروب الشمس فوق المحيط من الكورنيش',
          fr: "Illustration d'un coucher de soleil sur l'océan depuis la Corniche",
        },
      },
    ],
  },
  {
    slug: 'colline-anfa',
    site: 'anfa',
    category: 'art-deco',
    name: { ar: 'هضبة أنفا وفيلاتها', fr: "La colline d'Anfa et ses villas" },
    period: { ar: 'القرن العشرون', fr: 'XXe siècle' },
    address: { ar: 'هضبة أنفا، الدار البيضاء', fr: "Colline d'Anfa, Casablanca" },
    lat: 33.585,
    lng: -7.647,
    summary: {
      ar: 'هضبة سكنية تحمل الاسم القديم للمدينة، تضم فيلات من أبرز شواهد العمارة الحديثة بالدار البيضاء، واحتضنت مؤتمر أنفا سنة 1943.',
      fr: "Une colline résidentielle qui porte l'ancien nom de la ville, riche de villas parmi les plus beaux témoins de l'architecture moderne casablancaise, et qui accueillit la conférence d'Anfa en 1943.",
    },
    history: {
      ar: [
        'يحمل الحي اسم أنفا، التسمية القديمة للحاضرة التي قامت في موقع الدار البيضاء قبل تدميرها في القرن الخامس عشر. وخلال القرن العشرين تحولت الهضبة المطلة على المحيط إلى حي سكني راق، شيدت فيه فيلات واسعة تحيط بها الحدائق.',
        'وتشهد هذه الفيلات على تجارب معمارية متنوعة، من الآرت ديكو إلى العمارة الحديثة. وفي يناير 1943 احتضن فندق أنفا، الذي كان يقوم على الهضبة قبل أن يهدم، المؤتمر الذي جمع الرئيس الأمريكي فرانكلين روزفلت ورئيس الوزراء البريطاني ونستون تشرشل، والتقى خلاله روزفلت بالسلطان سيدي محمد بن يوسف.',
      ],
      fr: [
        "Le quartier porte le nom d'Anfa, la cité qui occupait le site de Casablanca avant sa destruction au XVe siècle. Au XXe siècle, la colline qui domine l'océan est devenue un quartier résidentiel recherché, où se sont bâties de vastes villas entourées de jardins.",
        "Ces villas témoignent d'expériences architecturales variées, de l'Art déco au mouvement moderne. En janvier 1943, l'hôtel d'Anfa, qui s'élevait sur la colline avant d'être démoli, accueillit la conférence réunissant le président américain Franklin Roosevelt et le Premier ministre britannique Winston Churchill ; Roosevelt y reçut le sultan Sidi Mohammed ben Youssef.",
      ],
    },
    visiting: {
      ar: 'حي سكني هادئ: الفيلات مساكن خاصة تشاهد من الشارع فقط، مع احترام خصوصية سكانها.',
      fr: 'Quartier résidentiel calme : les villas sont des demeures privées, à regarder depuis la rue, dans le respect de leurs habitants.',
    },
    gallery: [
      {
        motif: 'garden',
        seed: 1181,
        alt: {
          ar: 'رسم لفيلا تحيط بها حديقة على هضبة أنفا',
          fr: "Illustration d'une villa entourée de son jardin sur la colline d'Anfa",
        },
      },
      {
        motif: 'skyline',
        seed: 1182,
        alt: {
          ar: 'رسم لواجهات فيلات حديثة بخطوط الآرت ديكو',
          fr: 'Illustration de façades de villas modernes aux lignes Art déco',
        },
      },
    ],
  },
]
