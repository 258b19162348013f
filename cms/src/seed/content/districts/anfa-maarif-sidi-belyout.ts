import { cap } from '../helpers.ts'
import type { DistrictFactsOf } from '../facts.ts'

export const anfa: DistrictFactsOf = (n) => ({
  location: { lat: 33.5855, lng: -7.6415 },
  phone: '+212 5 22 36 12 40',
  spots: [
    { ar: 'عين الذئاب', fr: 'Aïn Diab' },
    { ar: 'الكورنيش', fr: 'la Corniche' },
    { ar: 'حي غوتيي', fr: 'le quartier Gauthier' },
    { ar: 'حي راسين', fr: 'le quartier Racine' },
    { ar: 'حي بوركون', fr: 'le quartier Bourgogne' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الغربية من الدار البيضاء على واجهة المحيط الأطلسي. وتضم أحياء سكنية معروفة مثل غوتيي وراسين وبوركون، إضافة إلى عين الذئاب والكورنيش، أحد أبرز فضاءات الترفيه والاستجمام في المدينة.`,
    fr: `${cap(n.frIn)} s'étend à l'ouest de Casablanca, le long de l'océan Atlantique. Il réunit des quartiers résidentiels connus comme Gauthier, Racine et Bourgogne, ainsi qu'Aïn Diab et la Corniche, l'un des principaux espaces de loisirs de la ville.`,
    en: `${cap(n.en)} lies in the west of Casablanca, along the Atlantic Ocean. It includes well-known residential neighbourhoods such as Gauthier, Racine and Bourgogne, as well as Aïn Diab and the Corniche, one of the city's main leisure areas.`,
  },
  history: {
    ar: `تحمل المقاطعة اسم «${n.shortAr}»، وهو الاسم القديم للمدينة قبل أن تعرف باسم الدار البيضاء. وقد عرفت المنطقة توسعا عمرانيا كبيرا خلال القرن العشرين مع امتداد المدينة نحو الغرب وعلى طول الساحل.`,
    fr: `L'arrondissement porte le nom « ${n.shortFr} », l'ancien nom de la ville avant qu'elle ne soit connue sous celui de Casablanca. Le secteur s'est largement urbanisé au XXe siècle, à mesure que la ville s'étendait vers l'ouest et le long du littoral.`,
    en: `The arrondissement bears the name "${n.shortFr}", the old name of the city before it became known as Casablanca. The area was largely built up during the twentieth century, as the city grew westwards and along the coast.`,
  },
  motifs: ['waves', 'skyline', 'garden'],
  outdoor: {
    venue: { ar: 'كورنيش عين الذئاب', fr: "Corniche d'Aïn Diab" },
    address: {
      ar: 'شارع الكورنيش، عين الذئاب، الدار البيضاء',
      fr: 'Boulevard de la Corniche, Aïn Diab, Casablanca',
    },
  },
})

export const maarif: DistrictFactsOf = (n) => ({
  location: { lat: 33.5765, lng: -7.6325 },
  phone: '+212 5 22 25 18 60',
  spots: [
    { ar: 'محيط التوين سنتر', fr: 'les abords du Twin Center' },
    { ar: 'شارع الزرقطوني', fr: 'le boulevard Zerktouni' },
    { ar: `الشوارع التجارية لحي ${n.shortAr}`, fr: `les rues commerçantes du ${n.shortFr}` },
  ],
  geography: {
    ar: `تقع ${n.ar} غرب وسط الدار البيضاء، وتعد من أنشط مناطق المدينة تجاريا وخدماتيا، حيث تضم محيط التوين سنتر وشارع الزرقطوني والشوارع التجارية التي يقصدها سكان المدينة وزوارها.`,
    fr: `${cap(n.frIn)} se situe à l'ouest du centre de Casablanca. C'est l'un des pôles commerciaux et d'affaires les plus actifs de la ville, autour du Twin Center, du boulevard Zerktouni et des rues commerçantes fréquentées par les habitants comme par les visiteurs.`,
    en: `${cap(n.en)} lies west of central Casablanca. It is one of the city's busiest business and shopping areas, around the Twin Center, Boulevard Zerktouni and the shopping streets visited by residents and visitors alike.`,
  },
  history: {
    ar: 'نشأ الحي في النصف الأول من القرن العشرين كحي سكني شعبي، ثم تحول تدريجيا إلى منطقة تجارية وخدماتية حيوية تجمع بين السكن والمكاتب والمحلات.',
    fr: 'Le quartier est né dans la première moitié du XXe siècle comme un quartier résidentiel populaire, avant de devenir peu à peu un secteur commerçant et tertiaire animé, qui mêle logements, bureaux et boutiques.',
    en: 'The neighbourhood grew up in the first half of the twentieth century as a working-class residential area, and gradually became a lively commercial district mixing housing, offices and shops.',
  },
  motifs: ['skyline', 'arches', 'crowd'],
})

export const sidiBelyout: DistrictFactsOf = (n) => ({
  location: { lat: 33.5945, lng: -7.6155 },
  phone: '+212 5 22 31 27 50',
  spots: [
    { ar: 'وسط المدينة', fr: 'le centre-ville' },
    { ar: 'شارع محمد الخامس', fr: 'le boulevard Mohammed V' },
    { ar: 'محيط السوق المركزي', fr: 'les abords du Marché Central' },
    { ar: 'ساحة محمد الخامس', fr: 'la place Mohammed V' },
  ],
  geography: {
    ar: `تضم ${n.ar} وسط مدينة الدار البيضاء، بما فيه شارع محمد الخامس وساحة محمد الخامس والسوق المركزي، وتتركز فيها عدة إدارات ومؤسسات عمومية ومحلات تجارية.`,
    fr: `${cap(n.frIn)} couvre le centre-ville de Casablanca, avec le boulevard Mohammed V, la place Mohammed V et le Marché Central. De nombreuses administrations, institutions publiques et commerces y sont installés.`,
    en: `${cap(n.en)} covers the centre of Casablanca, including Boulevard Mohammed V, Mohammed V Square and the Central Market. Many public administrations, institutions and shops are located there.`,
  },
  history: {
    ar: 'شيد جزء كبير من وسط المدينة في النصف الأول من القرن العشرين، ويضم رصيدا مهما من العمارات على طراز الآرت ديكو التي تشكل جزءا أساسيا من التراث المعماري للدار البيضاء.',
    fr: "Une grande partie du centre-ville a été bâtie dans la première moitié du XXe siècle. Il conserve un ensemble remarquable d'immeubles Art déco, qui constitue une part essentielle du patrimoine architectural de Casablanca.",
    en: "Much of the city centre was built in the first half of the twentieth century. It retains a remarkable ensemble of Art Deco buildings, an essential part of Casablanca's architectural heritage.",
  },
  motifs: ['arches', 'zellige', 'crowd'],
  culture: {
    venue: { ar: 'ساحة محمد الخامس', fr: 'Place Mohammed V' },
    address: { ar: 'وسط المدينة، الدار البيضاء', fr: 'Centre-ville, Casablanca' },
  },
})
