import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const sidiBernoussi: DistrictFactsOf = (n) => ({
  location: { lat: 33.6085, lng: -7.5005 },
  phone: '+212 5 22 75 38 60',
  spots: [
    { ar: 'المنطقة الصناعية', fr: 'la zone industrielle' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
    { ar: 'وسط المقاطعة', fr: "le centre de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} في أقصى شرق الدار البيضاء، وتضم منطقة صناعية كبرى إلى جانب أحياء سكنية تعرف نموا مستمرا.`,
    fr: `${cap(n.frIn)} occupe l'extrémité est de Casablanca. Il comprend une importante zone industrielle et des quartiers résidentiels en croissance constante.`,
    en: `${cap(n.en)} lies at the eastern edge of Casablanca, with a large industrial zone and fast-growing residential neighbourhoods.`,
  },
  history: {
    ar: 'تطورت المنطقة بشكل كبير خلال النصف الثاني من القرن العشرين مع إحداث المنطقة الصناعية وتوسع الأحياء السكنية المحيطة بها.',
    fr: "Le secteur s'est fortement développé dans la seconde moitié du XXe siècle, avec la création de la zone industrielle et l'extension des quartiers résidentiels qui l'entourent.",
    en: 'The area developed rapidly in the second half of the twentieth century, with the creation of the industrial zone and the growth of the surrounding residential neighbourhoods.',
  },
  motifs: ['skyline', 'document', 'sport'],
})

export const sidiMoumen: DistrictFactsOf = (n) => ({
  location: { lat: 33.5835, lng: -7.5105 },
  phone: '+212 5 22 76 41 90',
  spots: [
    { ar: 'محيط محطة الترامواي', fr: 'les abords du terminus du tramway' },
    { ar: 'الأحياء السكنية الجديدة', fr: 'les nouveaux quartiers résidentiels' },
    { ar: 'وسط المقاطعة', fr: "le centre de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الشرقية من الدار البيضاء، ويربطها الخط الأول للترامواي بوسط المدينة. وتضم أحياء سكنية حديثة وتجهيزات ثقافية مثل المركز الثقافي نجوم ${n.shortAr}.`,
    fr: `${cap(n.frIn)} se situe dans l'est de Casablanca, relié au centre-ville par la ligne 1 du tramway. Il compte des quartiers résidentiels récents et des équipements culturels comme le centre culturel Les Étoiles de ${n.shortFr}.`,
    en: `${cap(n.en)} lies in the east of Casablanca and is linked to the city centre by tramway line 1. It has recent residential neighbourhoods and cultural venues such as the Les Étoiles de ${n.shortFr} cultural centre.`,
  },
  history: {
    ar: 'عرفت المقاطعة خلال العقدين الأخيرين برامج واسعة لإعادة إيواء سكان الأحياء الصفيحية وإنجاز مرافق عمومية جديدة في مجالات التعليم والثقافة والرياضة.',
    fr: "Au cours des deux dernières décennies, l'arrondissement a bénéficié de vastes programmes de relogement des habitants des bidonvilles et de nouveaux équipements publics d'enseignement, de culture et de sport.",
    en: 'Over the past two decades the arrondissement has seen large programmes to rehouse shanty-town residents, and new public facilities for education, culture and sport.',
  },
  motifs: ['crowd', 'skyline', 'sport'],
  culture: {
    venue: {
      ar: `المركز الثقافي نجوم ${n.shortAr}`,
      fr: `Centre culturel Les Étoiles de ${n.shortFr}`,
    },
    address: { ar: `${n.ar}، الدار البيضاء`, fr: `${n.fr}, Casablanca` },
  },
})
