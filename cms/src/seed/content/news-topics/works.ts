import { cap } from '../helpers.ts'
import type { Topic } from './topic.ts'

export const roadworks: Topic = {
  key: 'refection-de-la-voirie',
  category: 'urbanism',
  motif: 'arches',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: `انطلاق أشغال تأهيل الطرق والأرصفة بتراب ${n.ar}`,
      fr: `Lancement des travaux de réfection de la voirie dans ${n.frIn}`,
    },
    summary: {
      ar: `تشمل الأشغال إعادة تكسية الطرق وتجديد الأرصفة في عدة مناطق، ولا سيما ${s1.ar}.`,
      fr: `Le chantier concerne la chaussée et les trottoirs de plusieurs secteurs, dont ${s1.fr}.`,
    },
    body: {
      ar: [
        `أعطيت انطلاقة أشغال تأهيل الشبكة الطرقية بتراب ${n.ar}، في إطار برنامج يهدف إلى تحسين ظروف السير والجولان وسلامة الراجلين. وتهم المرحلة الأولى إعادة تكسية الطرق وتجديد الأرصفة وإصلاح بالوعات تصريف مياه الأمطار في عدة مناطق، ولا سيما ${s1.ar} و${s2.ar}.`,
        'وستنجز الأشغال على مراحل للتقليص من الإزعاج، مع الحرص على ضمان الولوج إلى المساكن والمحلات التجارية طيلة مدة الورش. وسيتم وضع علامات تشوير مؤقتة وتحويلات للسير عند الضرورة.',
        'وتهيب المقاطعة بالسائقين والراجلين احترام التشوير المؤقت، وتشكر الساكنة على تفهمها وتعاونها.',
      ],
      fr: [
        `Les travaux de réfection de la voirie ont démarré dans ${n.frIn}, dans le cadre d'un programme qui vise à améliorer la circulation et la sécurité des piétons. La première tranche porte sur le renouvellement de la chaussée, la reprise des trottoirs et la remise en état des avaloirs d'eaux pluviales dans plusieurs secteurs, notamment ${s1.fr} et ${s2.fr}.`,
        "Le chantier est mené par tranches afin de limiter la gêne, et l'accès aux logements et aux commerces est maintenu pendant toute sa durée. Une signalisation temporaire et des déviations seront mises en place lorsque cela sera nécessaire.",
        "L'arrondissement invite les automobilistes et les piétons à respecter la signalisation de chantier et remercie les riverains de leur compréhension.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `Road resurfacing works begin in ${n.en}`,
    summary: 'The works cover the road surface and pavements of several streets.',
    body: [
      `Road resurfacing has begun in ${n.en} as part of a programme to improve traffic flow and pedestrian safety. The first phase covers new road surfaces, repaired pavements and the refurbishment of storm drains on several streets.`,
      'The works are carried out in phases to limit disruption, and access to homes and shops is maintained throughout. Temporary signs and diversions will be put in place where necessary.',
    ],
  }),
}

export const lighting: Topic = {
  key: 'modernisation-de-leclairage-public',
  category: 'urbanism',
  motif: 'skyline',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: `تعميم المصابيح الاقتصادية في الإنارة العمومية بتراب ${n.ar}`,
      fr: `Éclairage public : des lampadaires LED dans ${n.frIn}`,
    },
    summary: {
      ar: 'يهدف البرنامج إلى تحسين جودة الإنارة وتعزيز الإحساس بالأمن وتقليص استهلاك الطاقة.',
      fr: "Le programme vise un meilleur éclairage, davantage de sécurité et une consommation d'énergie réduite.",
    },
    body: {
      ar: [
        `تواصل ${n.ar} برنامج تحديث شبكة الإنارة العمومية، من خلال تعويض المصابيح القديمة بمصابيح اقتصادية من نوع «LED» وتجديد عدد من الأعمدة المتضررة. وتشمل العملية في مرحلتها الحالية ${s1.ar} و${s2.ar}.`,
        'ويتيح هذا النوع من المصابيح إنارة أفضل للشوارع والممرات، مع خفض ملموس في استهلاك الكهرباء وفي كلفة الصيانة، مما يساهم في ترشيد النفقات العمومية.',
        'ويمكن للمواطنين التبليغ عن أي عطب في الإنارة العمومية عبر مكتب الاستقبال بالمقاطعة أو من خلال البوابة الوطنية للشكايات.',
      ],
      fr: [
        `${cap(n.frIn)} poursuit la modernisation de son réseau d'éclairage public : les anciennes lampes sont remplacées par des luminaires LED et plusieurs candélabres endommagés sont renouvelés. La phase en cours concerne notamment ${s1.fr} et ${s2.fr}.`,
        "Ces luminaires éclairent mieux les rues et les passages piétons tout en réduisant nettement la consommation d'électricité et les coûts d'entretien.",
        "Les habitants peuvent signaler une panne d'éclairage au bureau d'accueil de l'arrondissement ou sur le portail national des réclamations.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `Street lighting: LED lamps across ${n.en}`,
    summary: 'The programme aims at better lighting, greater safety and lower energy use.',
    body: [
      `${cap(n.en)} is modernising its street lighting: old lamps are being replaced with LED fittings and several damaged lamp posts are being renewed.`,
      'The new lamps light streets and crossings better while cutting electricity use and maintenance costs. Residents can report a faulty street light at the reception desk or on the national complaints portal.',
    ],
  }),
}

export const market: Topic = {
  key: 'renovation-du-marche-de-proximite',
  category: 'urbanism',
  motif: 'zellige',
  build: ({ n, s1 }) => ({
    title: {
      ar: `إعادة تأهيل سوق القرب بتراب ${n.ar}`,
      fr: `Rénovation d'un marché de proximité dans ${n.frIn}`,
    },
    summary: {
      ar: 'تشمل الأشغال تجديد المحلات والسقف وشبكة الصرف الصحي وتحسين شروط النظافة والسلامة.',
      fr: "Les travaux portent sur les étals, la toiture, l'assainissement, l'hygiène et la sécurité.",
    },
    body: {
      ar: [
        `انطلقت أشغال إعادة تأهيل أحد أسواق القرب بتراب ${n.ar}، بهدف توفير ظروف عمل أفضل للتجار وفضاء أنظف وأكثر أمانا للمتسوقين. ويخدم السوق على الخصوص ${s1.ar} والأحياء المجاورة، ويعد من المرافق التجارية التي يرتادها السكان يوميا.`,
        'وتشمل الأشغال تجديد المحلات وتوحيد واجهاتها، وإصلاح السقف، وتجديد شبكتي الماء والصرف الصحي، وتوفير معدات الوقاية من الحرائق، وتهيئة ممرات تسهل ولوج الأشخاص في وضعية إعاقة.',
        'وقد تم الاتفاق مع التجار على تنظيم مؤقت للنشاط التجاري طيلة مدة الأشغال، حتى يحتفظ السكان بإمكانية التزود بحاجياتهم اليومية.',
      ],
      fr: [
        `La rénovation d'un marché de proximité de ${n.frIn} a commencé, afin d'offrir de meilleures conditions de travail aux commerçants et un lieu plus propre et plus sûr aux clients. Le marché dessert notamment ${s1.fr} et les quartiers voisins, et reçoit chaque jour de nombreux habitants.`,
        "Les travaux comprennent la réfection des étals et l'harmonisation des devantures, la reprise de la toiture, le renouvellement des réseaux d'eau et d'assainissement, l'installation d'équipements de lutte contre l'incendie et l'aménagement de passages accessibles aux personnes en situation de handicap.",
        "Une organisation provisoire de l'activité a été convenue avec les commerçants pendant le chantier, afin que les habitants puissent continuer à faire leurs courses.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `A local market is being renovated in ${n.en}`,
    summary: 'The works cover the stalls, the roof, drainage, hygiene and safety.',
    body: [
      `Renovation of a local market in ${n.en} has begun, to give traders better working conditions and shoppers a cleaner and safer place.`,
      'The works include new stalls, roof repairs, new water and drainage networks, fire-safety equipment and step-free access. Trading continues in a temporary arrangement agreed with the traders.',
    ],
  }),
}

export const schoolSafety: Topic = {
  key: 'securite-aux-abords-des-ecoles',
  category: 'mobility',
  motif: 'skyline',
  build: ({ n, s1 }) => ({
    title: {
      ar: 'تعزيز السلامة الطرقية بمحيط المؤسسات التعليمية',
      fr: 'Sécurité routière renforcée aux abords des écoles',
    },
    summary: {
      ar: `أنجزت ${n.ar} ممرات للراجلين ومخففات للسرعة وعلامات تشوير جديدة قرب عدد من المدارس.`,
      fr: `${cap(n.frIn)} a aménagé passages piétons, ralentisseurs et panneaux près de plusieurs écoles.`,
    },
    body: {
      ar: [
        `في إطار تعزيز سلامة التلاميذ، أنجزت ${n.ar} بتنسيق مع المصالح المختصة عمليات لإعادة صباغة ممرات الراجلين ووضع مخففات للسرعة وعلامات تشوير عمودية بمحيط عدد من المؤسسات التعليمية، ولا سيما في ${s1.ar}.`,
        'كما تمت تهيئة أرصفة آمنة عند مداخل بعض المدارس، ووضع حواجز واقية في النقط التي تعرف حركة سير كثيفة في أوقات الدخول والخروج.',
        'وتدعو المقاطعة السائقين إلى تخفيض السرعة واحترام أولوية الراجلين بمحيط المدارس، وأولياء الأمور إلى تجنب التوقف في الأماكن الممنوعة.',
      ],
      fr: [
        `Pour mieux protéger les élèves, ${n.frIn} a fait repeindre des passages piétons, poser des ralentisseurs et installer une signalisation verticale aux abords de plusieurs établissements scolaires, en lien avec les services compétents. Les interventions concernent notamment ${s1.fr}.`,
        "Des trottoirs sécurisés ont été aménagés devant certaines écoles et des barrières de protection installées aux points où la circulation est dense aux heures d'entrée et de sortie.",
        "L'arrondissement demande aux conducteurs de ralentir et de céder le passage aux piétons près des écoles, et aux parents d'éviter le stationnement interdit.",
      ],
    },
  }),
}
