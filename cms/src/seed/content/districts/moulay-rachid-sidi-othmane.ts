import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const moulayRachid: DistrictFactsOf = (n) => ({
  location: { lat: 33.5575, lng: -7.5355 },
  phone: '+212 5 22 73 48 10',
  spots: [
    { ar: 'التجمعات السكنية الحديثة', fr: "les ensembles d'habitat récents" },
    { ar: 'وسط المقاطعة', fr: "le centre de l'arrondissement" },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الشرقية من الدار البيضاء، وهي منطقة سكنية واسعة تضم تجمعات سكنية حديثة وعددا من مرافق القرب التعليمية والصحية والرياضية.`,
    fr: `${cap(n.frIn)} se situe dans l'est de Casablanca. C'est un vaste secteur résidentiel qui compte des ensembles d'habitat récents et de nombreux équipements de proximité : écoles, centres de santé et terrains de sport.`,
    en: `${cap(n.en)} lies in the east of Casablanca. It is a large residential area with recent housing estates and many local facilities: schools, health centres and sports grounds.`,
  },
  history: {
    ar: 'ارتبط نمو المقاطعة ببرامج السكن الاجتماعي وإعادة الإيواء التي أنجزت خلال العقود الأخيرة من القرن العشرين، وتواصل اليوم تأهيل بنياتها وتجهيزاتها.',
    fr: "Le développement de l'arrondissement est lié aux programmes de logement social et de relogement réalisés dans les dernières décennies du XXe siècle ; la mise à niveau de ses infrastructures se poursuit aujourd'hui.",
    en: 'The growth of the arrondissement is linked to the social housing and rehousing programmes of the late twentieth century; its infrastructure is still being upgraded today.',
  },
  motifs: ['skyline', 'sport', 'garden'],
})

export const sidiOthmane: DistrictFactsOf = (n) => ({
  location: { lat: 33.5655, lng: -7.5505 },
  phone: '+212 5 22 72 26 80',
  spots: [
    { ar: 'الشوارع التجارية', fr: 'les artères commerçantes' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
    { ar: 'محيط المرافق الاجتماعية', fr: 'les abords des équipements sociaux' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الشرقية من الدار البيضاء، وتتميز بنسيج سكني كثيف وشوارع تجارية نشيطة وعدد من المرافق الاجتماعية والرياضية.`,
    fr: `${cap(n.frIn)} se trouve dans l'est de Casablanca. Il se caractérise par un tissu résidentiel dense, des artères commerçantes animées et plusieurs équipements sociaux et sportifs.`,
    en: `${cap(n.en)} is in the east of Casablanca, with a dense residential fabric, busy shopping streets and a number of social and sports facilities.`,
  },
  history: {
    ar: 'عرفت المقاطعة توسعا عمرانيا ملحوظا خلال النصف الثاني من القرن العشرين، وهي اليوم منطقة سكنية تواصل تأهيل بنياتها التحتية ومرافقها العمومية.',
    fr: "L'arrondissement s'est fortement urbanisé dans la seconde moitié du XXe siècle. Secteur avant tout résidentiel, il poursuit aujourd'hui la mise à niveau de ses infrastructures et de ses équipements publics.",
    en: 'The arrondissement was extensively built up in the second half of the twentieth century. Mainly residential, it is now upgrading its infrastructure and public facilities.',
  },
  motifs: ['crowd', 'garden', 'zellige'],
})
