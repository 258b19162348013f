import { area } from '../area.ts'

/** UI strings of site search: the search page, its results and the header's search box. */
export const search = area({
  fr: {
    'search.title': 'Recherche',
    'search.label': 'Rechercher sur ce site',
    'search.labelPortal': 'Rechercher sur le portail et les sites des 16 arrondissements',
    'search.submit': 'Rechercher',
    'search.prompt': 'Saisissez un ou plusieurs mots, par exemple « état civil ».',
    'search.loading': 'Recherche en cours…',
    'search.count':
      '{count, plural, one {{count} résultat pour « {query} »} other {{count} résultats pour « {query} »}}',
    'search.none':
      'Aucun résultat pour « {query} ». Essayez un autre mot ou une orthographe plus simple.',
    'search.error': 'La recherche est momentanément indisponible. Veuillez réessayer plus tard.',
    'search.type.news': 'Actualité',
    'search.type.event': 'Événement',
    'search.type.page': 'Page',
    'search.type.procedure': 'Démarche',
    'search.type.heritage': 'Patrimoine',
  },
  ar: {
    'search.title': 'البحث',
    'search.label': 'البحث في هذا الموقع',
    'search.labelPortal': 'البحث في البوابة وفي مواقع المقاطعات الست عشرة',
    'search.submit': 'بحث',
    'search.prompt': 'اكتبوا كلمة أو أكثر، مثلا «الحالة المدنية».',
    'search.loading': 'جار البحث…',
    'search.count':
      '{count, plural, zero {لا نتائج عن «{query}»} one {نتيجة واحدة عن «{query}»} two {نتيجتان عن «{query}»} few {{count} نتائج عن «{query}»} other {{count} نتيجة عن «{query}»}}',
    'search.none': 'لا توجد نتائج عن «{query}». جربوا كلمة أخرى أو كتابة أبسط.',
    'search.error': 'البحث غير متاح مؤقتا. يرجى المحاولة لاحقا.',
    'search.type.news': 'خبر',
    'search.type.event': 'نشاط',
    'search.type.page': 'صفحة',
    'search.type.procedure': 'مسطرة إدارية',
    'search.type.heritage': 'تراث',
  },
  en: {
    'search.title': 'Search',
    'search.label': 'Search this site',
    'search.labelPortal': 'Search the portal and the 16 arrondissements’ sites',
    'search.submit': 'Search',
    'search.prompt': 'Type one or more words, for example “civil status”.',
    'search.loading': 'Searching…',
    'search.count':
      '{count, plural, one {{count} result for “{query}”} other {{count} results for “{query}”}}',
    'search.none': 'No results for “{query}”. Try another word or a simpler spelling.',
    'search.error': 'Search is unavailable for the moment. Please try again later.',
    'search.type.news': 'News',
    'search.type.event': 'Event',
    'search.type.page': 'Page',
    'search.type.procedure': 'Procedure',
    'search.type.heritage': 'Heritage',
  },
  zgh: {
    'search.title': 'ⴰⵔⵣⵣⵓ',
    'search.submit': 'ⵔⵣⵓ',
    'search.label': 'ⵔⵣⵓ ⴳ ⵓⵙⵉⵜ ⴰ',
    'search.labelPortal': 'ⵔⵣⵓ ⴳ ⵜⵡⵡⵓⵔⵜ ⴷ ⵉⵙⵉⵜⵏ ⵏ 16 ⵏ ⵜⵎⵇⵇⴰⵟⵄⵉⵏ',
    'search.prompt': 'ⴰⵔⵓ ⵢⴰⵜ ⵏⵖ ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ, ⵙ ⵓⵎⴷⵢⴰ « ⴰⴷⴷⴰⴷ ⴰⵏⵖⵍⴰⵏ ».',
    'search.loading': 'ⴰⵔⵣⵣⵓ ⴰⵔ ⵉⵜⵜⵓⵙⴽⴰⵔ…',
    'search.count':
      '{count, plural, =1 {{count} ⵏ ⵜⵢⴰⴼⵓⵜ ⵉ « {query} »} other {{count} ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ ⵉ « {query} »}}',
    'search.none': 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵢⴰⴼⵓⵜ ⵉ « {query} ». ⴰⵔⵎ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵢⴰⴹⵏ ⵏⵖ ⵜⵉⵔⵔⴰ ⵉⴼⵙⵙⴰⵙⵏ.',
    'search.error': 'ⴰⵔⵣⵣⵓ ⵓⵔ ⵉⵍⵍⵉ ⵖⵉⵍⴰ. ⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ ⴷⴼⴼⵉⵔ.',
    'search.type.news': 'ⴰⵙⴰⵍ',
    'search.type.event': 'ⵜⴰⵎⵙⵙⴰⵔⵜ',
    'search.type.page': 'ⴰⵙⵎⵍ',
    'search.type.procedure': 'ⵜⴰⴽⵓⵔⴰⵢⵜ',
    'search.type.heritage': 'ⴰⴽⴰⵙⴰ',
  },
})
