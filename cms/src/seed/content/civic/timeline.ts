import type { TimelineSeed } from './types.ts'

/** The city's history, oldest first: dated events only, told in general terms. */
export const timeline: TimelineSeed[] = [
  {
    year: 1154,
    title: { ar: 'أنفا في جغرافية الإدريسي', fr: 'Anfa chez al-Idrissi' },
    text: {
      ar: 'يذكر الجغرافي الشريف الإدريسي، في كتابه «نزهة المشتاق» الذي أتمه سنة 1154، مرسى أنفا على ساحل تامسنا، وهي الحاضرة التي ستقوم الدار البيضاء على موقعها.',
      fr: "Le géographe al-Idrissi, dans son ouvrage achevé en 1154, mentionne le port d'Anfa sur la côte de la Tamesna : la cité sur le site de laquelle s'élèvera Casablanca.",
    },
  },
  {
    year: 1468,
    title: { ar: 'تدمير أنفا', fr: "Destruction d'Anfa" },
    text: {
      ar: 'هاجمت حملة برتغالية مدينة أنفا ودمرتها ردا على نشاط القرصنة انطلاقا من مرساها، فظل الموقع شبه مهجور لقرون.',
      fr: 'Une expédition portugaise détruit Anfa, en représailles à la course menée depuis son port. Le site reste presque désert pendant des siècles.',
    },
    image: {
      motif: 'waves',
      seed: 1301,
      alt: {
        ar: 'رسم لأمواج المحيط أمام ساحل أنفا القديم',
        fr: "Illustration des vagues de l'océan devant l'ancienne côte d'Anfa",
      },
    },
  },
  {
    year: 1755,
    title: { ar: 'زلزال لشبونة', fr: 'Le tremblement de terre de Lisbonne' },
    text: {
      ar: 'ألحق الزلزال الذي دمر لشبونة سنة 1755 أضرارا جسيمة بالبلدة الصغيرة القائمة على أنقاض أنفا.',
      fr: "Le séisme qui ravage Lisbonne en 1755 endommage gravement la petite localité bâtie sur les ruines d'Anfa.",
    },
  },
  {
    year: 1770,
    title: {
      ar: 'إعادة البناء في عهد سيدي محمد بن عبد الله',
      fr: 'La reconstruction sous Sidi Mohammed ben Abdallah',
    },
    text: {
      ar: 'حوالي سنة 1770، أعاد السلطان سيدي محمد بن عبد الله بناء المدينة، فشيد أسوارها ومسجدها الأعظم وأسكنها، وعرفت منذ ذلك الحين باسم الدار البيضاء.',
      fr: 'Vers 1770, le sultan Sidi Mohammed ben Abdallah fait rebâtir la ville, ses remparts et sa Grande Mosquée, et la repeuple. Elle prend le nom de Dar al-Beïda, Casablanca.',
    },
  },
  {
    year: 1907,
    title: {
      ar: 'قصف المدينة ونزول القوات الفرنسية',
      fr: 'Bombardement de la ville et débarquement français',
    },
    text: {
      ar: 'في غشت 1907، وعلى إثر أحداث رافقت أشغال بناء الميناء، قصفت البوارج الفرنسية المدينة ونزلت بها القوات الفرنسية، في مرحلة مهدت لفرض الحماية سنة 1912.',
      fr: "En août 1907, après des incidents liés aux travaux du port, des navires français bombardent la ville et des troupes y débarquent : une étape vers l'instauration du protectorat en 1912.",
    },
  },
  {
    year: 1914,
    title: { ar: 'مخطط هنري بروست', fr: "Le plan d'Henri Prost" },
    text: {
      ar: 'ابتداء من سنة 1914، وضع المهندس هنري بروست مخططا لتوسيع المدينة رسم محاورها الكبرى وساحتها الإدارية، بينما تواصلت أشغال الميناء الحديث.',
      fr: "À partir de 1914, l'urbaniste Henri Prost dresse le plan d'extension de la ville, avec ses grands boulevards et sa place Administrative, tandis que se poursuivent les travaux du port moderne.",
    },
    image: {
      motif: 'arches',
      seed: 1302,
      alt: {
        ar: 'رسم مستوحى من أروقة المدينة الجديدة',
        fr: 'Illustration inspirée des arcades de la ville nouvelle',
      },
    },
  },
  {
    year: 1942,
    title: { ar: 'إنزال الحلفاء', fr: 'Le débarquement allié' },
    text: {
      ar: 'في 8 نونبر 1942، نزلت القوات الأمريكية على الساحل الأطلسي قرب الدار البيضاء في إطار عملية «الشعلة»، ودارت أمام المدينة معركة بحرية.',
      fr: "Le 8 novembre 1942, les troupes américaines débarquent sur la côte atlantique près de Casablanca dans le cadre de l'opération Torch ; une bataille navale se livre devant la ville.",
    },
  },
  {
    year: 1943,
    title: { ar: 'مؤتمر أنفا', fr: "La conférence d'Anfa" },
    text: {
      ar: 'في يناير 1943، احتضن فندق أنفا مؤتمرا جمع الرئيس الأمريكي روزفلت ورئيس الوزراء البريطاني تشرشل، والتقى خلاله روزفلت بالسلطان سيدي محمد بن يوسف.',
      fr: "En janvier 1943, l'hôtel d'Anfa accueille la conférence qui réunit le président Roosevelt et le Premier ministre Churchill ; Roosevelt y reçoit le sultan Sidi Mohammed ben Youssef.",
    },
  },
  {
    year: 1952,
    title: { ar: 'أحداث دجنبر 1952', fr: 'Les événements de décembre 1952' },
    text: {
      ar: 'في دجنبر 1952، خرج سكان الأحياء الشعبية، ولا سيما كاريان سنطرال، في مظاهرات احتجاجا على اغتيال النقابي التونسي فرحات حشاد، فواجهتها سلطات الحماية بقمع شديد.',
      fr: "En décembre 1952, les quartiers populaires, notamment les Carrières Centrales, manifestent après l'assassinat du syndicaliste tunisien Farhat Hached ; les autorités du protectorat répriment durement le mouvement.",
    },
  },
  {
    year: 1956,
    title: { ar: 'الاستقلال', fr: "L'indépendance" },
    text: {
      ar: 'في 2 مارس 1956، انتهى نظام الحماية الفرنسية واسترجع المغرب استقلاله، لتدخل الدار البيضاء مرحلة جديدة بوصفها العاصمة الاقتصادية للمملكة.',
      fr: 'Le 2 mars 1956, le protectorat français prend fin et le Maroc recouvre son indépendance. Casablanca entre dans une nouvelle ère, celle de capitale économique du Royaume.',
    },
  },
  {
    year: 1993,
    title: { ar: 'افتتاح مسجد الحسن الثاني', fr: 'Inauguration de la mosquée Hassan II' },
    text: {
      ar: 'في 30 غشت 1993، افتتح مسجد الحسن الثاني المشيد جزئيا فوق مياه المحيط وفق تصميم المهندس ميشيل بانسو، بصومعة يناهز علوها مائتي متر، بعد أشغال شارك فيها آلاف الصناع التقليديين.',
      fr: "Le 30 août 1993 est inaugurée la mosquée Hassan II, bâtie en partie sur l'océan sur les plans de l'architecte Michel Pinseau, avec un minaret d'environ deux cents mètres ; des milliers d'artisans ont participé au chantier.",
    },
    image: {
      motif: 'zellige',
      seed: 1303,
      alt: {
        ar: 'رسم زخرفي مستوحى من زليج مسجد الحسن الثاني',
        fr: 'Illustration inspirée du zellige de la mosquée Hassan II',
      },
    },
  },
  {
    year: 2003,
    title: { ar: 'وحدة المدينة', fr: "L'unité de la ville" },
    text: {
      ar: 'تطبيقا للميثاق الجماعي لسنة 2002، أفرزت الانتخابات الجماعية لسنة 2003 جماعة واحدة للدار البيضاء مقسمة إلى ست عشرة مقاطعة، بدل الجماعات المتعددة السابقة.',
      fr: 'En application de la charte communale de 2002, les élections communales de 2003 donnent naissance à une commune unique de Casablanca, divisée en seize arrondissements, à la place des anciennes communes.',
    },
  },
  {
    year: 2012,
    title: { ar: 'أول خط للترامواي', fr: 'La première ligne de tramway' },
    text: {
      ar: 'في دجنبر 2012، دخل الخط الأول لترامواي الدار البيضاء حيز الخدمة، رابطا سيدي مومن بعين الذئاب والمؤسسات الجامعية مرورا بوسط المدينة.',
      fr: 'En décembre 2012, la première ligne du tramway de Casablanca entre en service : elle relie Sidi Moumen à Aïn Diab et aux facultés en passant par le centre-ville.',
    },
    image: {
      motif: 'crowd',
      seed: 1304,
      alt: {
        ar: 'رسم يوحي بركاب الترامواي في وسط المدينة',
        fr: 'Illustration évoquant les voyageurs du tramway au centre-ville',
      },
    },
  },
  {
    year: 2015,
    title: {
      ar: 'القانون التنظيمي المتعلق بالجماعات',
      fr: 'La loi organique relative aux communes',
    },
    text: {
      ar: 'صدر القانون التنظيمي رقم 113.14 المتعلق بالجماعات في يوليوز 2015، وأجريت في 4 شتنبر 2015 أول انتخابات جماعية وجهوية في ظله، في إطار الجهوية المتقدمة.',
      fr: 'La loi organique n° 113-14 relative aux communes est promulguée en juillet 2015 ; les premières élections communales et régionales de ce nouveau cadre ont lieu le 4 septembre 2015, dans le cadre de la régionalisation avancée.',
    },
  },
  {
    year: 2019,
    title: { ar: 'الخط الثاني للترامواي', fr: 'La deuxième ligne de tramway' },
    text: {
      ar: 'في يناير 2019، دخل الخط الثاني لترامواي الدار البيضاء حيز الخدمة، موسعا شبكة النقل العمومي نحو أحياء جديدة من المدينة.',
      fr: 'En janvier 2019, la deuxième ligne du tramway de Casablanca entre en service et étend le réseau de transport public à de nouveaux quartiers.',
    },
  },
]
