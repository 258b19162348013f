import { area } from '../area.ts'

/** UI strings of the offices pages. */
export const offices = area({
  fr: {
    'offices.title': 'Bureaux et guichets',
    'offices.introCentral':
      'Les bureaux de la Commune et de ses 16 arrondissements : adresses, horaires d’ouverture, services proposés et contacts.',
    'offices.introDistrict':
      'Où effectuer vos démarches dans l’arrondissement : adresses, horaires d’ouverture, services proposés et contacts.',
    'offices.jumpTo': 'Aller aux bureaux d’un arrondissement',
    'offices.none': 'Aucun bureau n’a encore été publié.',
    'offices.noneForSite': 'Aucun bureau n’est encore publié pour cet arrondissement.',
    'offices.emptyDistrict':
      'Les bureaux de cet arrondissement ne sont pas encore publiés sur ce site. Le portail de la Commune présente les bureaux de tous les arrondissements.',
    'offices.portalLink': 'Consulter les bureaux et guichets sur le portail de la Commune',
    'offices.kind': 'Type de bureau',
    'offices.map': 'Voir l’emplacement sur OpenStreetMap',
    'offices.services': 'Services proposés',
    'offices.hours': 'Horaires d’ouverture',
    'offices.ramadanHours': 'Horaires pendant le mois de Ramadan',
    'offices.noHours': 'Horaires non communiqués.',
    'offices.dayRange': '{from} – {to}',
    'offices.daySeparator': ', ',
    'offices.hoursSeparator': '\u00a0: ',
    'offices.kind.district-hq': 'Siège de l’arrondissement',
    'offices.kind.annex': 'Bureau annexe',
    'offices.kind.civil-status': 'État civil',
    'offices.kind.legalisation': 'Légalisation des signatures',
    'offices.kind.one-stop': 'Guichet unique',
  },
  ar: {
    'offices.title': 'المكاتب والشبابيك',
    'offices.introCentral':
      'مكاتب الجماعة ومقاطعاتها الست عشرة: العناوين وأوقات العمل والخدمات المقدمة وسبل الاتصال.',
    'offices.introDistrict':
      'أين تقضون أغراضكم الإدارية بالمقاطعة: العناوين وأوقات العمل والخدمات المقدمة وسبل الاتصال.',
    'offices.jumpTo': 'الانتقال إلى مكاتب مقاطعة',
    'offices.none': 'لم يتم نشر أي مكتب بعد.',
    'offices.noneForSite': 'لم يتم نشر أي مكتب خاص بهذه المقاطعة بعد.',
    'offices.emptyDistrict':
      'لم يتم بعد نشر مكاتب هذه المقاطعة على هذا الموقع. تعرض بوابة الجماعة مكاتب جميع المقاطعات.',
    'offices.portalLink': 'الاطلاع على المكاتب والشبابيك في بوابة الجماعة',
    'offices.kind': 'نوع المكتب',
    'offices.map': 'عرض الموقع على خريطة OpenStreetMap',
    'offices.services': 'الخدمات المقدمة',
    'offices.hours': 'أوقات العمل',
    'offices.ramadanHours': 'أوقات العمل خلال شهر رمضان',
    'offices.noHours': 'لم يتم الإعلان عن أوقات العمل.',
    'offices.dayRange': 'من {from} إلى {to}',
    'offices.daySeparator': '، ',
    'offices.hoursSeparator': ': ',
    'offices.kind.district-hq': 'مقر المقاطعة',
    'offices.kind.annex': 'مكتب ملحق',
    'offices.kind.civil-status': 'الحالة المدنية',
    'offices.kind.legalisation': 'تصحيح الإمضاءات',
    'offices.kind.one-stop': 'الشباك الوحيد',
  },
  en: {
    'offices.title': 'Offices and counters',
    'offices.introCentral':
      'The offices of the commune and its 16 arrondissements: addresses, opening hours, services offered and contacts.',
    'offices.introDistrict':
      'Where to complete your formalities in the arrondissement: addresses, opening hours, services offered and contacts.',
    'offices.jumpTo': 'Go to the offices of an arrondissement',
    'offices.none': 'No office has been published yet.',
    'offices.noneForSite': 'No office has been published for this arrondissement yet.',
    'offices.emptyDistrict':
      'The offices of this arrondissement are not published on this site yet. The commune’s portal lists the offices of every arrondissement.',
    'offices.portalLink': 'See the offices and counters on the commune’s portal',
    'offices.kind': 'Type of office',
    'offices.map': 'See the location on OpenStreetMap',
    'offices.services': 'Services offered',
    'offices.hours': 'Opening hours',
    'offices.ramadanHours': 'Opening hours during Ramadan',
    'offices.noHours': 'Opening hours not given.',
    'offices.dayRange': '{from} – {to}',
    'offices.daySeparator': ', ',
    'offices.hoursSeparator': ': ',
    'offices.kind.district-hq': 'Arrondissement headquarters',
    'offices.kind.annex': 'Annex office',
    'offices.kind.civil-status': 'Civil status',
    'offices.kind.legalisation': 'Signature legalisation',
    'offices.kind.one-stop': 'One-stop counter',
  },
  // Punctuation only: day names come from Intl (zgh-MA), which has them in Tifinagh.
  zgh: {
    'offices.dayRange': '{from} – {to}',
    'offices.daySeparator': ', ',
    'offices.hoursSeparator': ': ',
    'offices.title': 'ⵉⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ',
    'offices.introCentral':
      'ⵉⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵜⵊⵎⴰⵄⵜ ⴷ 16 ⵏ ⵜⵎⵇⵇⴰⵟⵄⵉⵏ ⵏⵏⵙ: ⵉⵏⵙⴰ, ⵜⵉⵙⵔⴰⴳⵉⵏ, ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵓⵏⵔⵎⵙ.',
    'offices.introDistrict':
      'ⵎⴰⵏⵉ ⴰⴷ ⵜⵙⴽⵔⵜ ⵜⵉⴽⵓⵔⴰⵢⵉⵏ ⵏⵏⴽ ⴳ ⵜⵎⵇⵇⴰⵟⵄⵜ: ⵉⵏⵙⴰ, ⵜⵉⵙⵔⴰⴳⵉⵏ, ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵓⵏⵔⵎⵙ.',
    'offices.jumpTo': 'ⴷⴷⵓ ⵖⵔ ⵉⵏⵙⴰ ⵏ ⵢⴰⵜ ⵜⵎⵇⵇⴰⵟⵄⵜ',
    'offices.none': 'ⵓⵔ ⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴽⵔⴰ ⵏ ⵓⵏⵙⴰ ⵙⵓⵍ.',
    'offices.noneForSite': 'ⵓⵔ ⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴽⵔⴰ ⵏ ⵓⵏⵙⴰ ⵙⵓⵍ ⵉ ⵜⵎⵇⵇⴰⵟⵄⵜ ⴰ.',
    'offices.emptyDistrict':
      'ⵉⵏⵙⴰ ⵏ ⵜⵎⵇⵇⴰⵟⵄⵜ ⴰ ⵓⵔ ⴷ ⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵙⵓⵍ ⴳ ⵓⵙⵉⵜ ⴰ. ⵜⴰⵡⵡⵓⵔⵜ ⵏ ⵜⵊⵎⴰⵄⵜ ⴰⵔ ⵜⵙⴽⴰⵏ ⵉⵏⵙⴰ ⵏ ⴰⴽⴽⵯ ⵜⵉⵎⵇⵇⴰⵟⵄⵉⵏ.',
    'offices.portalLink': 'ⵥⵕ ⵉⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⴳ ⵜⵡⵡⵓⵔⵜ ⵏ ⵜⵊⵎⴰⵄⵜ',
    'offices.kind': 'ⴰⵏⴰⵡ ⵏ ⵓⵏⵙⴰ',
    'offices.map': 'ⵥⵕ ⴰⴷⵖⴰⵔ ⴳ OpenStreetMap',
    'offices.services': 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    'offices.hours': 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵓⵙⵏⵓⴱⴳ',
    'offices.ramadanHours': 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵓⵙⵏⵓⴱⴳ ⴳ ⵕⵎⴹⴰⵏ',
    'offices.noHours': 'ⵓⵔ ⴷ ⵜⵜⵓⵙⵙⵓⴼⵖⵏⵜ ⵜⵉⵙⵔⴰⴳⵉⵏ.',
    'offices.kind.district-hq': 'ⴰⵙⵉⵍ ⵏ ⵜⵎⵇⵇⴰⵟⵄⵜ',
    'offices.kind.annex': 'ⴰⵏⵙⴰ ⴰⵎⵔⵏⵓ',
    'offices.kind.civil-status': 'ⴰⴷⴷⴰⴷ ⴰⵏⵖⵍⴰⵏ',
    'offices.kind.legalisation': 'ⴰⵙⵙⵏⵜⵉ ⵏ ⵓⵙⴽⵍⵓ',
    'offices.kind.one-stop': 'ⴰⵏⵙⴰ ⴰⵎⵢⵓⵏ',
  },
})
