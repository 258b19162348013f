import { arrondissements, type SiteEntry } from '@bawaba/registry'
import { seatAddress } from './events/template.ts'
import { cap, image, names } from './helpers.ts'
import type { Loc, SeedEvent } from './types.ts'

const cityCentre: Loc = { ar: 'وسط المدينة، الدار البيضاء', fr: 'Centre-ville, Casablanca' }

export function centralEvents(site: SiteEntry): SeedEvent[] {
  const n = names(site)
  const count = arrondissements.length
  return [
    {
      slug: 'visite-guidee-art-deco',
      category: 'heritage',
      startsInDays: 6,
      startHour: 10,
      durationHours: 3,
      title: {
        ar: 'جولة موجهة: عمارة الآرت ديكو بوسط المدينة',
        fr: "Visite guidée : l'Art déco du centre-ville",
      },
      summary: {
        ar: 'جولة على الأقدام يؤطرها مرشدون متخصصون في التراث المعماري للمدينة.',
        fr: 'Un parcours à pied commenté par des guides spécialistes du patrimoine architectural.',
      },
      venue: { ar: 'ساحة محمد الخامس', fr: 'Place Mohammed V' },
      address: cityCentre,
      body: {
        ar: [
          'تنطلق الجولة من ساحة محمد الخامس وتمر عبر شارع محمد الخامس وعدد من الشوارع المجاورة، للتعرف على واجهات العمارات وزخارفها وتاريخ تشييدها.',
          'المشاركة مجانية، والتسجيل مسبق نظرا لمحدودية عدد المشاركين. يستحسن ارتداء أحذية مريحة.',
        ],
        fr: [
          'Le parcours part de la place Mohammed V et emprunte le boulevard Mohammed V et les rues voisines, à la découverte des façades, de leurs décors et de leur histoire.',
          'La participation est gratuite, sur inscription, les groupes étant limités. Prévoir des chaussures confortables.',
        ],
      },
      image: image(site.slug, 'event:visite-guidee-art-deco', 'arches'),
    },
    {
      slug: 'forum-des-associations',
      category: 'citizenship',
      startsInDays: 13,
      startHour: 10,
      durationHours: 7,
      title: { ar: 'منتدى جمعيات المدينة', fr: 'Forum des associations de la ville' },
      summary: {
        ar: 'فضاء للقاء والتعارف بين الجمعيات والسكان والمصالح الجماعية.',
        fr: 'Une journée de rencontre entre associations, habitants et services communaux.',
      },
      venue: { ar: `مقر ${n.ar}`, fr: `Siège de ${n.frIn}` },
      address: seatAddress(n),
      body: {
        ar: [
          `يجمع المنتدى جمعيات من المقاطعات الـ${count} تنشط في المجالات الاجتماعية والثقافية والرياضية والبيئية، لتقديم أنشطتها للسكان وتبادل التجارب.`,
          'ويتضمن البرنامج أروقة للعرض، وورشات حول إعداد المشاريع وطلبات الدعم، ولقاء مفتوحا مع المصالح الجماعية المعنية بالشراكة مع المجتمع المدني.',
        ],
        fr: [
          `Le forum réunit des associations des ${count} arrondissements, actives dans les domaines social, culturel, sportif et environnemental, pour présenter leurs activités aux habitants et échanger leurs expériences.`,
          'Au programme : stands, ateliers sur le montage de projets et les demandes de subvention, et une rencontre ouverte avec les services communaux chargés du partenariat avec la société civile.',
        ],
      },
      image: image(site.slug, 'event:forum-des-associations', 'crowd'),
    },
    {
      slug: 'concert-douverture-du-festival',
      category: 'culture',
      startsInDays: 20,
      startHour: 20,
      durationHours: 3,
      title: { ar: 'حفل افتتاح مهرجان المدينة', fr: "Concert d'ouverture du festival de la ville" },
      summary: {
        ar: 'سهرة موسيقية مفتوحة للعموم على كورنيش عين الذئاب.',
        fr: "Une soirée musicale en plein air sur la Corniche d'Aïn Diab, en accès libre.",
      },
      venue: { ar: 'كورنيش عين الذئاب', fr: "Corniche d'Aïn Diab" },
      address: {
        ar: 'شارع الكورنيش، عين الذئاب، الدار البيضاء',
        fr: 'Boulevard de la Corniche, Aïn Diab, Casablanca',
      },
      body: {
        ar: [
          'يفتتح مهرجان المدينة بسهرة موسيقية يحييها فنانون مغاربة من أجيال وألوان مختلفة، على منصة مقامة على الكورنيش.',
          'الولوج مجاني. وتدعو الجماعة الجمهور إلى استعمال وسائل النقل العمومي واحترام توجيهات المنظمين.',
        ],
        fr: [
          "Le festival de la ville s'ouvre sur une soirée de concerts d'artistes marocains de plusieurs générations et de styles variés, sur une scène installée sur la Corniche.",
          "L'entrée est libre. La commune invite le public à privilégier les transports en commun et à suivre les consignes des organisateurs.",
        ],
      },
      image: image(site.slug, 'event:concert-douverture-du-festival', 'waves'),
    },
    {
      slug: 'semaine-du-sport-pour-tous',
      category: 'sport',
      startsInDays: 34,
      startHour: 9,
      durationHours: 5,
      title: { ar: 'أسبوع الرياضة للجميع', fr: 'Semaine du sport pour tous' },
      summary: {
        ar: `أنشطة رياضية مجانية في ملاعب القرب بالمقاطعات الـ${count}.`,
        fr: `Des activités sportives gratuites sur les terrains de proximité des ${count} arrondissements.`,
      },
      venue: { ar: 'ملاعب القرب بالمقاطعات', fr: 'Terrains de proximité des arrondissements' },
      address: {
        ar: 'مختلف مقاطعات الدار البيضاء',
        fr: 'Dans tous les arrondissements de Casablanca',
      },
      body: {
        ar: [
          'تنظم الجماعة، بتنسيق مع المقاطعات والجمعيات الرياضية، أسبوعا من الأنشطة المفتوحة لجميع الأعمار: كرة القدم وكرة السلة والعدو الريفي والرياضة النسوية وألعاب الأطفال.',
          'المشاركة مجانية، ويعلن برنامج كل مقاطعة على موقعها.',
        ],
        fr: [
          `${cap(n.frIn)}, avec les arrondissements et les associations sportives, propose une semaine d'activités ouvertes à tous les âges : football, basket-ball, course à pied, sport au féminin et jeux pour enfants.`,
          'La participation est gratuite ; le programme de chaque arrondissement est publié sur son site.',
        ],
      },
      image: image(site.slug, 'event:semaine-du-sport-pour-tous', 'sport'),
    },
    {
      slug: 'caravane-medicale',
      category: 'health',
      startsInDays: -7,
      startHour: 9,
      durationHours: 8,
      title: { ar: 'قافلة طبية متعددة التخصصات', fr: 'Caravane médicale pluridisciplinaire' },
      summary: {
        ar: 'فحوصات طبية مجانية بتنسيق مع المصالح الصحية والجمعيات.',
        fr: 'Des consultations gratuites, avec les services de santé et des associations.',
      },
      venue: { ar: `ساحة مقر ${n.ar}`, fr: `Parvis du siège de ${n.frIn}` },
      address: seatAddress(n),
      body: {
        ar: [
          'استفاد المواطنون من فحوصات مجانية في الطب العام وطب العيون وطب الأسنان، إلى جانب الكشف عن داء السكري وارتفاع الضغط الدموي، بتأطير من أطباء وممرضين متطوعين.',
          'وتم توجيه الحالات التي تستدعي التتبع نحو المؤسسات الصحية العمومية القريبة من مقر سكناهم.',
        ],
        fr: [
          "Les habitants ont pu bénéficier de consultations gratuites de médecine générale, d'ophtalmologie et de soins dentaires, ainsi que du dépistage du diabète et de l'hypertension, assurés par des médecins et des infirmiers bénévoles.",
          'Les personnes nécessitant un suivi ont été orientées vers les établissements de santé publics proches de leur domicile.',
        ],
      },
      image: image(site.slug, 'event:caravane-medicale', 'crowd'),
    },
  ]
}
