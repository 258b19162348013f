import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const ainChock: DistrictFactsOf = (n) => ({
  location: { lat: 33.5415, lng: -7.6125 },
  phone: '+212 5 22 52 14 30',
  spots: [
    { ar: 'سيدي معروف', fr: 'Sidi Maârouf' },
    { ar: 'محيط المؤسسات الجامعية', fr: 'les abords des établissements universitaires' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الجنوبية من الدار البيضاء، وتجمع بين أحياء سكنية ومؤسسات جامعية من بينها كلية العلوم ${n.shortAr}، كما تشمل منطقة سيدي معروف التي تحتضن فضاءات للأنشطة الاقتصادية والخدمات.`,
    fr: `${cap(n.frIn)} se trouve au sud de Casablanca. Il associe des quartiers résidentiels et des établissements universitaires, dont la faculté des sciences ${n.shortFr}, et comprend le secteur de Sidi Maârouf, qui accueille des zones d'activités économiques et de services.`,
    en: `${cap(n.en)} lies in the south of Casablanca. It combines residential neighbourhoods with university institutions, including the ${n.shortFr} Faculty of Sciences, and includes Sidi Maârouf, home to business and service parks.`,
  },
  history: {
    ar: 'عرفت المنطقة، التي كانت ذات طابع فلاحي في ضواحي المدينة، تحولا عمرانيا سريعا خلال العقود الأخيرة من القرن العشرين مع توسع الدار البيضاء نحو الجنوب.',
    fr: "Longtemps à dominante agricole aux portes de la ville, le secteur s'est rapidement urbanisé au cours des dernières décennies du XXe siècle, avec l'extension de Casablanca vers le sud.",
    en: 'Long a largely agricultural area on the edge of the city, the district was rapidly urbanised in the last decades of the twentieth century as Casablanca expanded southwards.',
  },
  motifs: ['skyline', 'document', 'garden'],
})

export const hayHassani: DistrictFactsOf = (n) => ({
  location: { lat: 33.5555, lng: -7.6705 },
  phone: '+212 5 22 89 23 10',
  spots: [
    { ar: 'الألفة', fr: 'Oulfa' },
    { ar: 'محور طريق أزمور', fr: "l'axe de la route d'Azemmour" },
    { ar: 'الأحياء السكنية الجديدة', fr: 'les nouveaux quartiers résidentiels' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الجنوبية الغربية من الدار البيضاء على امتداد طريق أزمور، وتضم أحياء سكنية واسعة من بينها الألفة، إلى جانب مناطق تعرف توسعا عمرانيا متواصلا.`,
    fr: `${cap(n.frIn)} occupe le sud-ouest de Casablanca, le long de la route d'Azemmour. Il compte de vastes quartiers résidentiels, dont Oulfa, ainsi que des secteurs en pleine urbanisation.`,
    en: `${cap(n.en)} covers the south-west of Casablanca, along the Azemmour road. It includes large residential neighbourhoods such as Oulfa, as well as areas that are still being developed.`,
  },
  history: {
    ar: 'شهدت المقاطعة نموا سكانيا وعمرانيا كبيرا خلال العقود الأخيرة، مع إنجاز عدة برامج سكنية وتجهيزات عمومية للقرب.',
    fr: "L'arrondissement a connu une forte croissance démographique et urbaine au cours des dernières décennies, avec la réalisation de plusieurs programmes de logement et d'équipements publics de proximité.",
    en: 'The arrondissement has seen strong population and urban growth in recent decades, with several housing programmes and new local public facilities.',
  },
  motifs: ['garden', 'skyline', 'sport'],
})
