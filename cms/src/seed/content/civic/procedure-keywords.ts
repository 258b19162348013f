/**
 * The everyday words people search with, per procedure and language, besides its official
 * title: "عقد الازدياد" for a copy of a birth record, "la légalisation" for a signature's
 * certification. Search (Pagefind on the procedure's page, Algolia's `keywords`) finds the
 * procedure by them. Amazigh terms are listed for a native reviewer in packages/i18n/REVIEW-zgh.md.
 */
type Words = { ar: string[]; fr: string[]; zgh: string[]; en: string[] }

export const procedureKeywords: Record<string, Words> = {
  'birth-declaration': {
    ar: ['تسجيل المولود', 'التصريح بالازدياد', 'تسجيل الازدياد في الحالة المدنية'],
    fr: ['déclarer une naissance', 'inscrire un bébé', 'naissance état civil'],
    zgh: ['ⵜⵍⴰⵍⵉⵜ', 'ⴰⵣⵎⵎⴻⵎ ⵏ ⵜⵍⴰⵍⵉⵜ'],
    en: ['register a birth', 'birth registration', 'newborn'],
  },
  'birth-certificate-full-copy': {
    ar: [
      'عقد الازدياد',
      'عقد ازدياد',
      'نسخة عقد الازدياد',
      'رسم الازدياد',
      'شهادة الميلاد',
      'لاكوبي',
    ],
    fr: ['acte de naissance', 'copie intégrale', 'copie de naissance', 'certificat de naissance'],
    zgh: ['ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵍⴰⵍⵉⵜ', 'ⵜⵍⴰⵍⵉⵜ'],
    en: ['birth certificate', 'full copy of birth record', 'birth record'],
  },
  'birth-certificate-extract': {
    ar: ['عقد الازدياد', 'موجز عقد الازدياد', 'رسم الازدياد', 'شهادة الميلاد', 'لاكسترا'],
    fr: ['acte de naissance', 'extrait de naissance', 'certificat de naissance'],
    zgh: ['ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵍⴰⵍⵉⵜ', 'ⵜⵍⴰⵍⵉⵜ'],
    en: ['birth certificate', 'birth certificate extract', 'short birth certificate'],
  },
  'death-declaration': {
    ar: ['تسجيل الوفاة', 'شهادة الوفاة', 'عقد الوفاة'],
    fr: ['acte de décès', 'déclarer un décès', 'certificat de décès'],
    zgh: ['ⵜⴰⵎⵜⵜⴰⵏⵜ'],
    en: ['death certificate', 'register a death'],
  },
  'burial-permit': {
    ar: ['الإذن بالدفن', 'ترخيص الدفن', 'الجنازة'],
    fr: ['autorisation d’inhumation', 'enterrement', 'obsèques'],
    zgh: ['ⵜⴰⵏⴹⵍⵜ'],
    en: ['burial authorisation', 'funeral'],
  },
  'marriage-file-documents': {
    ar: ['ملف الزواج', 'وثائق الزواج', 'عقد الزواج'],
    fr: ['dossier de mariage', 'papiers pour se marier', 'mariage'],
    zgh: ['ⴰⵎⵓⵍⵍⵉ', 'ⵜⵉⵎⵖⵔⴰ'],
    en: ['marriage file', 'getting married', 'marriage documents'],
  },
  'signature-legalisation': {
    ar: ['المصادقة على الإمضاء', 'تصحيح الإمضاء', 'الليگاليزاسيون', 'توقيع'],
    fr: ['légaliser une signature', 'légalisation', 'signature'],
    zgh: ['ⴰⵙⵙⵏⵜⵉ ⵏ ⵓⵙⴽⵍⵓ'],
    en: ['certify a signature', 'signature legalisation', 'legalization'],
  },
  'certified-true-copy': {
    ar: ['مطابقة النسخة للأصل', 'نسخة مطابقة للأصل', 'المصادقة على النسخ'],
    fr: ['copie conforme', 'certifier une copie', 'compulser'],
    zgh: ['ⵜⵓⵏⵖⵉⵍⵜ ⵉⵎⵙⴰⵙⴰⵏ'],
    en: ['certified copy', 'true copy'],
  },
  'business-authorisation': {
    ar: ['رخصة تجارية', 'رخصة المحل', 'فتح محل تجاري'],
    fr: ['licence commerciale', 'ouvrir un commerce', 'autorisation d’exploitation'],
    zgh: ['ⵜⵓⵔⴰⴳⵜ ⵏ ⵜⵎⵙⵙⵓⴳⴳⵓⵔⵜ'],
    en: ['business licence', 'open a shop', 'trading permit'],
  },
  'undeveloped-land-tax': {
    ar: ['ضريبة الأراضي غير المبنية', 'الرسم على الأراضي العارية', 'TNB'],
    fr: ['taxe sur les terrains non bâtis', 'TNB', 'terrain nu'],
    zgh: ['ⵜⴰⵖⵓⵔⵉ ⵏ ⵡⴰⴽⴰⵍ'],
    en: ['vacant land tax', 'undeveloped land tax', 'TNB'],
  },
  'terrace-public-space': {
    ar: ['رخصة الترّاس', 'استغلال الرصيف', 'شرفة المقهى'],
    fr: ['terrasse de café', 'occuper le trottoir', 'étalage'],
    zgh: ['ⴰⴱⵔⵉⴷ ⴰⵎⴰⵜⴰⵢ'],
    en: ['café terrace', 'pavement use', 'street stall'],
  },
  'worksite-public-space': {
    ar: ['احتلال الطريق للأشغال', 'سقالة', 'حاوية الأتربة'],
    fr: ['occupation de la voie pour travaux', 'échafaudage', 'benne'],
    zgh: ['ⵉⵙⵏⴼⴰⵔⵏ ⴳ ⵓⴱⵔⵉⴷ'],
    en: ['roadworks permit', 'scaffolding', 'skip on the street'],
  },
  complaint: {
    ar: ['شكاية', 'شكوى', 'تظلم', 'الإبلاغ عن مشكل'],
    fr: ['plainte', 'réclamation', 'signaler un problème', 'se plaindre'],
    zgh: ['ⵜⴰⵖⵓⵢⵢⴰⵜ', 'ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵎⵓⴽⵔⵉⵙ'],
    en: ['complaint', 'report a problem', 'grievance'],
  },
  correspondence: {
    ar: ['مكتب الضبط', 'إرسال رسالة', 'طلب كتابي'],
    fr: ['bureau d’ordre', 'envoyer un courrier', 'lettre à la commune'],
    zgh: ['ⵜⴰⴱⵔⴰⵜ', 'ⴰⵙⵓⵔⵙ ⵏ ⵓⵏⵎⵓⵇⵇⵔ'],
    en: ['write to the commune', 'letter', 'registry office'],
  },
  'access-to-information': {
    ar: ['الحق في الحصول على المعلومات', 'القانون 31.13', 'طلب وثيقة إدارية'],
    fr: ['droit à l’information', 'loi 31-13', 'demander un document administratif'],
    zgh: ['ⵜⵉⵏⵖⵎⵉⵙⵉⵏ', 'ⴰⵣⵔⴼ ⵏ ⵓⵏⴰⴼ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ'],
    en: ['freedom of information', 'law 31-13', 'public records request'],
  },
  'bus-network-feedback': {
    ar: ['الطوبيس', 'الحافلة', 'ألزا', 'النقل الحضري'],
    fr: ['bus', 'autobus', 'transport urbain', 'arrêt de bus'],
    zgh: ['ⵜⴰⴽⴰⵔⵓⵙⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ', 'ⴰⵙⵎⴰⵜⵜⵉ'],
    en: ['bus', 'public transport', 'bus stop'],
  },
  'lighting-sanitation-report': {
    ar: ['عطب الإنارة', 'الضو مقطوع', 'عمود الإنارة', 'المصباح', 'الواد الحار', 'قنوات الصرف'],
    fr: [
      'lampadaire en panne',
      'éclairage public',
      'panne de lumière',
      'égout bouché',
      'assainissement',
    ],
    zgh: ['ⵜⴰⴼⴰⵡⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ', 'ⴰⵙⴼⵙⴰⵢ'],
    en: ['street light out', 'broken streetlight', 'blocked drain', 'sewer'],
  },
  'building-permit': {
    ar: ['رخصة البني', 'البناء', 'رخص'],
    fr: ['permis de bâtir', 'construire une maison', 'autorisation de construire'],
    zgh: ['ⵜⵓⵔⴰⴳⵜ ⵏ ⵓⵙⴽⵙⵓ'],
    en: ['building permit', 'planning permission', 'build a house'],
  },
  'occupancy-permit': {
    ar: ['رخصة السكنى', 'شهادة المطابقة', 'البيرمي ديال السكنى'],
    fr: ['permis d’habiter', 'certificat de conformité', 'habitabilité'],
    zgh: ['ⵜⵓⵔⴰⴳⵜ ⵏ ⵜⵣⴷⵉⵖⵜ'],
    en: ['occupancy certificate', 'certificate of conformity'],
  },
  'small-works-authorisation': {
    ar: ['رخصة الإصلاح', 'إصلاح المنزل', 'الأشغال الصغرى'],
    fr: ['petits travaux', 'travaux de réparation', 'rénovation'],
    zgh: ['ⵜⵓⵔⴰⴳⵜ ⵏ ⵓⵙⴳⴷⵍ'],
    en: ['minor works', 'home repairs', 'renovation permit'],
  },
  'subdivision-permit': {
    ar: ['التجزئة', 'تقسيم الأرض', 'رخصة التقسيم'],
    fr: ['lotissement', 'diviser un terrain', 'morcellement'],
    zgh: ['ⴰⴱⵟⵟⵓ ⵏ ⵡⴰⴽⴰⵍ'],
    en: ['subdivision', 'divide a plot', 'land division'],
  },
  'urbanism-information': {
    ar: ['مذكرة المعلومات التعميرية', 'نوت دو رونسينيمون', 'وضعية العقار'],
    fr: ['note de renseignements', 'renseignements urbanistiques', 'situation d’un terrain'],
    zgh: ['ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏ ⵓⵙⵙⵓⴷⵙ ⴰⵎⵇⵇⵔⴰⵏ'],
    en: ['zoning information', 'planning information note', 'land status'],
  },
}

/** A procedure's keywords as the CMS field holds them: one row per language, one per line. */
export const keywordRows = (slug: string) =>
  Object.entries(procedureKeywords[slug] ?? {}).map(([language, words]) => ({
    language,
    words: words.join('\n'),
  }))
