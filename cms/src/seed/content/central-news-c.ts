import type { SiteEntry } from '@bawaba/registry'
import { cap, image, names } from './helpers.ts'
import type { SeedNews } from './types.ts'

/** City-wide news on cleanliness, parks, the beaches and street lighting. */
export function centralNewsC(site: SiteEntry): SeedNews[] {
  const n = names(site)
  return [
    {
      slug: 'collecte-des-dechets',
      category: 'environment',
      daysAgo: 30,
      title: {
        ar: 'تدبير النفايات: حاويات جديدة وتعزيز وتيرة الجمع',
        fr: 'Déchets : nouveaux conteneurs et collecte renforcée',
      },
      summary: {
        ar: 'توزيع حاويات جديدة في الأحياء وحملة تحسيسية حول احترام مواعيد إخراج النفايات.',
        fr: 'De nouveaux conteneurs dans les quartiers et une campagne sur le respect des horaires de sortie des déchets.',
      },
      body: {
        ar: [
          `في إطار عقود التدبير المفوض لقطاع النظافة، شرعت ${n.ar} في توزيع حاويات جديدة للنفايات المنزلية في عدد من الأحياء، مع تعزيز وتيرة الجمع في المحاور التجارية الكبرى.`,
          'وترافق هذه العملية حملة تحسيسية تدعو السكان والتجار إلى احترام مواعيد إخراج النفايات، وعدم رمي مخلفات البناء في الفضاءات العمومية.',
          'ويمكن التبليغ عن أي نقطة سوداء أو حاوية متضررة لدى مصالح المقاطعة المعنية أو عبر البوابة الوطنية للشكايات.',
        ],
        fr: [
          `Dans le cadre des contrats de gestion déléguée du service de propreté, ${n.frIn} déploie de nouveaux conteneurs à ordures ménagères dans plusieurs quartiers et renforce la fréquence de collecte sur les grands axes commerçants.`,
          "Une campagne de sensibilisation accompagne l'opération : elle invite habitants et commerçants à respecter les horaires de sortie des déchets et à ne pas déposer de gravats sur la voie publique.",
          "Les points noirs et les conteneurs endommagés peuvent être signalés aux services de l'arrondissement concerné ou sur le portail national des réclamations.",
        ],
      },
      image: image(site.slug, 'news:collecte-des-dechets', 'zellige'),
    },
    {
      slug: 'parcs-et-espaces-verts',
      category: 'environment',
      daysAgo: 41,
      title: {
        ar: 'المساحات الخضراء: صيانة الحدائق الكبرى وترشيد مياه السقي',
        fr: "Espaces verts : entretien des grands parcs et économies d'eau",
      },
      summary: {
        ar: 'اعتماد السقي بالتنقيط ونباتات قليلة الاستهلاك للماء في سياق الإجهاد المائي.',
        fr: 'Goutte-à-goutte et plantes sobres en eau, dans un contexte de stress hydrique.',
      },
      body: {
        ar: [
          `تواصل ${n.ar} برنامج صيانة الحدائق والمنتزهات الكبرى للمدينة، من خلال تقليم الأشجار وتجديد الممرات والكراسي وفضاءات ألعاب الأطفال.`,
          'وفي سياق الإجهاد المائي الذي تعرفه البلاد، يتم تعميم أنظمة السقي بالتنقيط وتعويض جزء من المساحات المعشوشبة بنباتات متأقلمة مع المناخ وقليلة الاستهلاك للماء.',
        ],
        fr: [
          `${cap(n.frIn)} poursuit l'entretien des grands parcs et jardins de la ville : taille des arbres, réfection des allées et des bancs, rénovation des aires de jeux.`,
          'Face au stress hydrique que connaît le pays, le goutte-à-goutte se généralise et une partie des pelouses est remplacée par des plantes adaptées au climat et peu gourmandes en eau.',
        ],
      },
      image: image(site.slug, 'news:parcs-et-espaces-verts', 'garden'),
    },
    {
      slug: 'saison-estivale-sur-les-plages',
      category: 'social',
      daysAgo: 60,
      title: {
        ar: 'الموسم الصيفي: تعزيز المراقبة والنظافة في شواطئ المدينة',
        fr: 'Saison estivale : surveillance et propreté renforcées sur les plages',
      },
      summary: {
        ar: 'سباحون منقذون ومراكز للإسعافات الأولية وحملات يومية للنظافة.',
        fr: 'Maîtres-nageurs sauveteurs, postes de secours et nettoyage quotidien.',
      },
      body: {
        ar: [
          `بتنسيق مع الوقاية المدنية والسلطات المحلية، اتخذت ${n.ar} مجموعة من التدابير لإنجاح الموسم الصيفي بشواطئ المدينة، ولا سيما شاطئ عين الذئاب.`,
          'وتشمل هذه التدابير تعزيز عدد السباحين المنقذين، وإحداث مراكز للإسعافات الأولية، وتنظيف الرمال يوميا، وتهيئة ممرات لولوج الأشخاص في وضعية إعاقة.',
          'وتدعو الجماعة المصطافين إلى السباحة في المناطق المحروسة فقط، واحترام توجيهات السباحين المنقذين ورايات الإشارة.',
        ],
        fr: [
          `Avec la Protection civile et les autorités locales, ${n.frIn} a pris une série de mesures pour la saison estivale sur les plages de la ville, notamment à Aïn Diab.`,
          'Les maîtres-nageurs sauveteurs sont plus nombreux, des postes de premiers secours ont été installés, le sable est nettoyé chaque jour et des cheminements accessibles aux personnes en situation de handicap ont été aménagés.',
          'La commune rappelle aux baigneurs de ne se baigner que dans les zones surveillées et de respecter les consignes des sauveteurs et les drapeaux.',
        ],
      },
      image: image(site.slug, 'news:saison-estivale-sur-les-plages', 'waves'),
    },
    {
      slug: 'eclairage-public-des-grands-axes',
      category: 'urbanism',
      daysAgo: 75,
      title: {
        ar: 'الإنارة العمومية: تحديث إنارة المحاور الكبرى',
        fr: 'Éclairage public : les grands axes modernisés',
      },
      summary: {
        ar: 'مصابيح اقتصادية ونظام للتحكم عن بعد لتحسين الإنارة وخفض استهلاك الطاقة.',
        fr: "Luminaires LED et télégestion pour mieux éclairer et consommer moins d'énergie.",
      },
      body: {
        ar: [
          `تواصل ${n.ar} تحديث الإنارة العمومية في المحاور الكبرى للمدينة، بتعويض المصابيح القديمة بمصابيح اقتصادية من نوع «LED» مرتبطة بنظام للتحكم والمراقبة عن بعد.`,
          'ويتيح هذا النظام رصد الأعطاب بسرعة، وتكييف شدة الإنارة حسب ساعات الليل، مما يساهم في خفض استهلاك الطاقة وكلفة الصيانة.',
        ],
        fr: [
          `${cap(n.frIn)} poursuit la modernisation de l'éclairage public sur les grands axes de la ville : les anciennes lampes sont remplacées par des luminaires LED reliés à un système de télégestion.`,
          "Ce système permet de repérer rapidement les pannes et d'adapter l'intensité lumineuse selon les heures de la nuit, ce qui réduit la consommation d'énergie et les coûts d'entretien.",
        ],
      },
      image: image(site.slug, 'news:eclairage-public-des-grands-axes', 'skyline'),
    },
  ]
}
