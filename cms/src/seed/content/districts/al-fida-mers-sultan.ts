import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const alFida: DistrictFactsOf = (n) => ({
  location: { lat: 33.5775, lng: -7.5985 },
  phone: '+212 5 22 81 36 20',
  spots: [
    { ar: 'درب السلطان', fr: 'Derb Sultan' },
    { ar: 'الأسواق التقليدية للحي', fr: 'les marchés traditionnels du quartier' },
    { ar: 'الأزقة السكنية القديمة', fr: 'les ruelles des quartiers anciens' },
  ],
  geography: {
    ar: `تقع ${n.ar} جنوب شرق وسط الدار البيضاء، وتضم أحياء عريقة مثل درب السلطان، المعروفة بأسواقها وحرفها وحيويتها التجارية وكثافتها السكانية.`,
    fr: `${cap(n.frIn)} se situe au sud-est du centre de Casablanca. Il rassemble des quartiers anciens comme Derb Sultan, connus pour leurs marchés, leur artisanat, leur animation commerciale et leur forte densité.`,
    en: `${cap(n.en)} lies south-east of central Casablanca. It includes long-established neighbourhoods such as Derb Sultan, known for their markets, crafts, busy trade and dense population.`,
  },
  history: {
    ar: 'يعد درب السلطان من أقدم الأحياء الشعبية في المدينة، وقد ارتبط اسمه بالحياة الجمعوية والرياضية والفنية للدار البيضاء طيلة القرن العشرين.',
    fr: 'Derb Sultan compte parmi les plus anciens quartiers populaires de la ville. Son nom est lié à la vie associative, sportive et artistique de Casablanca tout au long du XXe siècle.',
    en: "Derb Sultan is one of the city's oldest working-class neighbourhoods, and its name has been linked with Casablanca's community, sporting and artistic life throughout the twentieth century.",
  },
  motifs: ['zellige', 'crowd', 'arches'],
})

export const mersSultan: DistrictFactsOf = (n) => ({
  location: { lat: 33.5855, lng: -7.6055 },
  phone: '+212 5 22 28 44 70',
  spots: [
    { ar: 'الشوارع التجارية', fr: 'les artères commerçantes' },
    { ar: 'محيط المؤسسات التعليمية', fr: 'les abords des établissements scolaires' },
    { ar: 'الأحياء السكنية القديمة', fr: 'les quartiers résidentiels anciens' },
  ],
  geography: {
    ar: `تقع ${n.ar} على مقربة من وسط الدار البيضاء، وتجمع بين عمارات سكنية قديمة وشوارع تجارية نشيطة وعدد من المرافق الإدارية والتعليمية.`,
    fr: `${cap(n.frIn)} jouxte le centre de Casablanca. Il mêle immeubles d'habitation anciens, artères commerçantes animées et plusieurs équipements administratifs et scolaires.`,
    en: `${cap(n.en)} lies close to the centre of Casablanca. It combines older apartment buildings, busy shopping streets and a number of administrative and educational facilities.`,
  },
  history: {
    ar: 'تطور النسيج العمراني للمقاطعة خلال القرن العشرين بمحاذاة وسط المدينة، ويضم عددا من البنايات التي تعكس تاريخ الدار البيضاء الحديث.',
    fr: "Le tissu urbain de l'arrondissement s'est développé au XXe siècle en continuité du centre-ville, et compte de nombreux bâtiments qui témoignent de l'histoire moderne de Casablanca.",
    en: "The arrondissement's urban fabric developed during the twentieth century alongside the city centre, and includes many buildings that reflect Casablanca's modern history.",
  },
  motifs: ['arches', 'document', 'zellige'],
})
