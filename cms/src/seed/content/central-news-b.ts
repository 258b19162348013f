import { arrondissements, type SiteEntry } from '@bawaba/registry'
import { cap, image, names } from './helpers.ts'
import type { SeedNews } from './types.ts'

/** City-wide culture and heritage news. */
export function centralNewsB(site: SiteEntry): SeedNews[] {
  const n = names(site)
  return [
    {
      slug: 'festival-de-la-ville',
      category: 'culture',
      daysAgo: 14,
      featuredOn: arrondissements.slice(7, 9).map((s) => s.slug),
      title: {
        ar: 'مهرجان المدينة: عروض فنية في ساحات المقاطعات',
        fr: 'Festival de la ville : des spectacles sur les places des arrondissements',
      },
      summary: {
        ar: 'موسيقى وفنون الشارع وعروض للأطفال في فضاءات مفتوحة، والولوج مجاني.',
        fr: 'Musique, arts de la rue et spectacles pour enfants en plein air, en accès libre.',
      },
      body: {
        ar: [
          `تنظم ${n.ar}، بتنسيق مع المقاطعات والجمعيات الثقافية، مهرجان المدينة الذي يقترح برنامجا فنيا متنوعا في ساحات وفضاءات مفتوحة بعدد من الأحياء.`,
          'ويضم البرنامج حفلات موسيقية لفنانين مغاربة من مختلف الأجيال والألوان، وعروضا لفنون الشارع والسيرك، وورشات ومسرحيات للأطفال.',
          'ويهدف المهرجان إلى تقريب الثقافة من السكان في مختلف أحياء المدينة، وإبراز المواهب الشابة. والولوج إلى جميع العروض مجاني.',
        ],
        fr: [
          `${cap(n.frIn)}, avec les arrondissements et les associations culturelles, organise le festival de la ville, dont le programme se déploie sur des places et des espaces ouverts de plusieurs quartiers.`,
          "Au programme : concerts d'artistes marocains de toutes les générations et de tous les styles, arts de la rue et cirque, ateliers et spectacles pour enfants.",
          "Le festival veut rapprocher la culture des habitants de tous les quartiers et mettre en valeur les jeunes talents. L'accès à tous les spectacles est libre.",
        ],
      },
      image: image(site.slug, 'news:festival-de-la-ville', 'crowd'),
    },
    {
      slug: 'journees-du-patrimoine-art-deco',
      category: 'culture',
      daysAgo: 22,
      title: {
        ar: 'أيام التراث: اكتشاف عمارة الآرت ديكو بوسط المدينة',
        fr: "Journées du patrimoine : à la découverte de l'Art déco du centre-ville",
      },
      summary: {
        ar: 'زيارات موجهة لعمارات وبنايات تاريخية، بعضها يفتح أبوابه للعموم بشكل استثنائي.',
        fr: "Visites guidées d'immeubles et de bâtiments historiques, dont certains ouvrent exceptionnellement au public.",
      },
      body: {
        ar: [
          'بشراكة مع جمعيات المحافظة على التراث، تنظم الجماعة أيام التراث التي تتيح للسكان والزوار اكتشاف الرصيد المعماري لوسط المدينة، ولا سيما عمارات الآرت ديكو التي شيدت في النصف الأول من القرن العشرين.',
          'ويتضمن البرنامج جولات موجهة على الأقدام يؤطرها مهندسون معماريون ومرشدون، وفتح أبواب بعض البنايات التي لا تستقبل العموم عادة، إلى جانب معارض وندوات حول تاريخ المدينة.',
          'والمشاركة مجانية، مع تسجيل مسبق بالنسبة للجولات الموجهة نظرا لمحدودية عدد المشاركين في كل جولة.',
        ],
        fr: [
          "Avec les associations de sauvegarde du patrimoine, la commune organise les Journées du patrimoine, qui invitent habitants et visiteurs à découvrir l'architecture du centre-ville, en particulier les immeubles Art déco construits dans la première moitié du XXe siècle.",
          "Au programme : des parcours à pied commentés par des architectes et des guides, l'ouverture exceptionnelle de bâtiments habituellement fermés au public, des expositions et des conférences sur l'histoire de la ville.",
          "La participation est gratuite ; l'inscription est nécessaire pour les visites guidées, dont les groupes sont limités.",
        ],
      },
      image: image(site.slug, 'news:journees-du-patrimoine-art-deco', 'arches'),
    },
    {
      slug: 'terrains-de-sport-de-proximite',
      category: 'sport',
      daysAgo: 95,
      title: {
        ar: 'برنامج لتأهيل ملاعب القرب في مختلف المقاطعات',
        fr: 'Un programme de mise à niveau des terrains de proximité dans tous les arrondissements',
      },
      summary: {
        ar: 'تجديد الأرضيات والإنارة والمرافق الصحية، وبرمجة حصص مفتوحة للشباب.',
        fr: 'Sols, éclairage et vestiaires refaits, et des créneaux ouverts aux jeunes.',
      },
      body: {
        ar: [
          `أطلقت ${n.ar}، بتنسيق مع المقاطعات، برنامجا لتأهيل ملاعب القرب يشمل تجديد الأرضيات بالعشب الاصطناعي، وتحديث الإنارة، وتهيئة مستودعات الملابس والمرافق الصحية.`,
          'ويتم تدبير هذه الملاعب من طرف المقاطعات، التي تضع جداول زمنية تخصص حصصا للجمعيات الرياضية والمدارس، وأخرى مفتوحة للشباب.',
        ],
        fr: [
          `${cap(n.frIn)} a lancé, avec les arrondissements, un programme de mise à niveau des terrains de proximité : gazon synthétique, éclairage modernisé, vestiaires et sanitaires rénovés.`,
          "Les terrains sont gérés par les arrondissements, qui fixent des plannings réservant des créneaux aux associations sportives et aux écoles, et d'autres aux jeunes en accès libre.",
        ],
      },
      image: image(site.slug, 'news:terrains-de-sport-de-proximite', 'sport'),
    },
  ]
}
