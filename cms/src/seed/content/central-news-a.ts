import { arrondissements, type SiteEntry } from '@bawaba/registry'
import { cap, image, names } from './helpers.ts'
import type { SeedNews } from './types.ts'

/** City-wide news with English: the council session and the tramway and busway network. */
export function centralNewsA(site: SiteEntry): SeedNews[] {
  const n = names(site)
  return [
    {
      slug: 'session-du-conseil-communal',
      category: 'council',
      daysAgo: 3,
      featuredOn: arrondissements.slice(0, 3).map((s) => s.slug),
      title: {
        ar: `مجلس ${n.ar} يعقد دورته العادية`,
        fr: `Le conseil de ${n.frIn} tient sa session ordinaire`,
        en: `The council of ${n.en} holds its ordinary session`,
      },
      summary: {
        ar: 'صادق المجلس على اتفاقيات تهم صيانة الطرق والإنارة العمومية والمساحات الخضراء.',
        fr: "Le conseil a approuvé des conventions sur l'entretien de la voirie, l'éclairage public et les espaces verts.",
        en: 'The council approved agreements on road maintenance, street lighting and green spaces.',
      },
      body: {
        ar: [
          `عقد مجلس ${n.ar} دورته العادية في جلسة عمومية، بحضور أعضاء المجلس وممثلي السلطات المحلية ورؤساء مجالس المقاطعات.`,
          'وصادق المجلس على عدة نقط، من بينها اتفاقيات تهم صيانة الشبكة الطرقية وتحديث الإنارة العمومية وتأهيل المساحات الخضراء، إلى جانب تحويل اعتمادات لفائدة المقاطعات من أجل صيانة مرافق القرب.',
          'كما استمع المجلس إلى عروض حول تقدم مشاريع النقل الحضري وبرنامج تدبير النفايات المنزلية.',
        ],
        fr: [
          `Le conseil de ${n.frIn} a tenu sa session ordinaire en séance publique, en présence de ses membres, des représentants des autorités locales et des présidents des conseils d'arrondissement.`,
          "Parmi les points approuvés : des conventions pour l'entretien de la voirie, la modernisation de l'éclairage public et la réhabilitation des espaces verts, ainsi que des dotations aux arrondissements pour l'entretien des équipements de proximité.",
          "Le conseil a également entendu des exposés sur l'avancement des projets de transport urbain et sur le programme de gestion des déchets ménagers.",
        ],
        en: [
          `The council of ${n.en} held its ordinary session in public, in the presence of its members, representatives of the local authorities and the presidents of the arrondissement councils.`,
          'The items approved include agreements on road maintenance, the modernisation of street lighting and the rehabilitation of green spaces, as well as allocations to the arrondissements for the upkeep of local facilities.',
        ],
      },
      image: image(site.slug, 'news:session-du-conseil-communal', 'document', true),
    },
    {
      slug: 'reseau-de-tramway-et-de-busway',
      category: 'mobility',
      daysAgo: 8,
      featuredOn: arrondissements.slice(3, 7).map((s) => s.slug),
      title: {
        ar: 'الترامواي والباصواي: شبكة نقل تربط مزيدا من الأحياء',
        fr: 'Tramway et busway : un réseau qui relie davantage de quartiers',
        en: 'Tramway and busway: a network reaching more neighbourhoods',
      },
      summary: {
        ar: 'تتواصل تقوية شبكة النقل العمومي في مسارات خاصة لتقريب الأحياء من وسط المدينة.',
        fr: 'Le réseau de transport en site propre continue de se renforcer pour rapprocher les quartiers du centre.',
        en: 'The dedicated-lane public transport network keeps growing, bringing neighbourhoods closer to the centre.',
      },
      body: {
        ar: [
          'تواصل الجماعة، بشراكة مع شركة التنمية المحلية المكلفة بالنقل، تطوير شبكة الترامواي والحافلات ذات المستوى العالي من الخدمة «الباصواي»، التي تسير في مسارات خاصة بها.',
          'وتمكن هذه الشبكة من ربط عدد من الأحياء الشرقية والجنوبية بوسط المدينة والمحطات الرئيسية، مع تقليص مدة التنقل وتحسين انتظام الرحلات.',
          'وتدعو الجماعة مستعملي الطريق إلى احترام المسارات المخصصة والإشارات الضوئية في ملتقيات الطرق، حفاظا على سلامة الجميع.',
        ],
        fr: [
          'Avec la société de développement local chargée des transports, la commune poursuit le développement du réseau de tramway et de bus à haut niveau de service, le « busway », qui circulent sur des voies réservées.',
          "Ce réseau relie de nombreux quartiers de l'est et du sud au centre-ville et aux principales gares, avec des temps de trajet plus courts et une meilleure régularité.",
          'La commune demande aux usagers de la route de respecter les voies réservées et les feux aux carrefours, pour la sécurité de tous.',
        ],
        en: [
          'Together with the local development company in charge of transport, the commune continues to develop the tramway and the bus rapid transit network, the "busway", which run on dedicated lanes.',
          'The network links many eastern and southern neighbourhoods with the city centre and the main stations, with shorter and more reliable journeys. Road users are asked to keep out of the dedicated lanes and to respect the traffic lights at junctions.',
        ],
      },
      image: image(site.slug, 'news:reseau-de-tramway-et-de-busway', 'skyline', true),
    },
    {
      slug: 'nouveau-portail-numerique',
      category: 'announcement',
      daysAgo: 5,
      title: {
        ar: `بوابة رقمية جديدة ل${n.ar} ومقاطعاتها`,
        fr: `Un nouveau portail numérique pour ${n.frIn} et ses arrondissements`,
      },
      summary: {
        ar: `موقع للجماعة و${arrondissements.length} موقعا للمقاطعات بالعربية والفرنسية، مع روابط نحو الخدمات الرقمية الوطنية.`,
        fr: `Un site pour la commune et ${arrondissements.length} sites d'arrondissement, en arabe et en français, reliés aux services nationaux en ligne.`,
      },
      body: {
        ar: [
          `أطلقت ${n.ar} بوابتها الرقمية الجديدة، التي تضم موقع الجماعة ومواقع المقاطعات، وتقدم الأخبار والأنشطة والمعلومات العملية باللغتين العربية والفرنسية، مع صفحات بالأمازيغية والإنجليزية.`,
          'وتوجه البوابة المرتفقين نحو المنصات الوطنية للخدمات الرقمية، مثل «وثيقة» لطلب نسخ الحالة المدنية، و«رخص» لرخص التعمير، و«شكاية» لتقديم الشكايات.',
          'وقد صممت المواقع لتكون سهلة الاستعمال على الهاتف المحمول، ومتاحة للأشخاص في وضعية إعاقة.',
        ],
        fr: [
          `${cap(n.frIn)} lance son nouveau portail numérique, qui réunit le site de la commune et ceux des arrondissements. Actualités, agenda et informations pratiques y sont publiés en arabe et en français, avec des pages en amazighe et en anglais.`,
          "Le portail oriente les usagers vers les plateformes nationales : Watiqa pour les extraits d'état civil, Rokhas pour les autorisations d'urbanisme et Chikaya pour les réclamations.",
          'Les sites sont conçus pour être simples à utiliser sur téléphone mobile et accessibles aux personnes en situation de handicap.',
        ],
      },
      image: image(site.slug, 'news:nouveau-portail-numerique', 'document'),
    },
  ]
}
