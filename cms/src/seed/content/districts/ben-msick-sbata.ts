import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const benMsick: DistrictFactsOf = (n) => ({
  location: { lat: 33.5565, lng: -7.5735 },
  phone: '+212 5 22 70 15 90',
  spots: [
    { ar: 'محيط كلية الآداب والعلوم الإنسانية', fr: 'les abords de la faculté des lettres' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
    { ar: 'وسط المقاطعة', fr: "le centre de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الجنوبية الشرقية من الدار البيضاء، وتتميز بكثافة سكانية عالية وبحضور جامعي من خلال كلية الآداب والعلوم الإنسانية ${n.shortAr}.`,
    fr: `${cap(n.frIn)} se situe au sud-est de Casablanca. Densément peuplé, il accueille aussi un pôle universitaire avec la faculté des lettres et des sciences humaines ${n.shortFr}.`,
    en: `${cap(n.en)} lies in the south-east of Casablanca. It is densely populated and home to a university campus, the ${n.shortFr} Faculty of Letters and Human Sciences.`,
  },
  history: {
    ar: 'عرفت المنطقة خلال العقود الأخيرة عمليات لإعادة الهيكلة وإعادة إيواء سكان الأحياء الصفيحية، رافقها إنجاز تجهيزات عمومية جديدة في مجالات التعليم والصحة والرياضة.',
    fr: "Le secteur a fait l'objet, au cours des dernières décennies, d'opérations de restructuration et de relogement des habitants des bidonvilles, accompagnées de nouveaux équipements publics d'enseignement, de santé et de sport.",
    en: 'In recent decades the area has seen restructuring and the rehousing of shanty-town residents, together with new public facilities for education, health and sport.',
  },
  motifs: ['document', 'crowd', 'sport'],
})

export const sbata: DistrictFactsOf = (n) => ({
  location: { lat: 33.5475, lng: -7.5625 },
  phone: '+212 5 22 71 62 30',
  spots: [
    { ar: 'أسواق القرب', fr: 'les marchés de proximité' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
    { ar: 'محيط المؤسسات التعليمية', fr: 'les abords des établissements scolaires' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الجنوبية الشرقية من الدار البيضاء، وهي منطقة سكنية ذات كثافة عالية تضم أسواقا للقرب ومرافق تعليمية ورياضية.`,
    fr: `${cap(n.frIn)} se trouve dans le sud-est de Casablanca. C'est un secteur résidentiel dense, doté de marchés de proximité et d'équipements scolaires et sportifs.`,
    en: `${cap(n.en)} is in the south-east of Casablanca: a dense residential area with local markets, schools and sports facilities.`,
  },
  history: {
    ar: 'تطورت المنطقة كمجال سكني شعبي مع توسع المدينة نحو الشرق والجنوب خلال النصف الثاني من القرن العشرين.',
    fr: "Le secteur s'est développé comme quartier résidentiel populaire lors de l'extension de la ville vers l'est et le sud, dans la seconde moitié du XXe siècle.",
    en: 'The area grew as a working-class residential district as the city expanded eastwards and southwards in the second half of the twentieth century.',
  },
  motifs: ['crowd', 'zellige', 'sport'],
})
