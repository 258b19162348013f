import { area } from '../area.ts'

/** UI strings of site search: the search page, its results and the header's search box. */
export const search = area({
  fr: {
    'search.title': 'Recherche',
    'search.label': 'Rechercher sur ce site',
    'search.labelPortal': 'Rechercher sur le portail et les sites des 16 arrondissements',
    'search.submit': 'Rechercher',
    'search.noScript':
      'La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur. Vous pouvez parcourir les actualités, les démarches et le patrimoine depuis le menu.',
    'search.prompt': 'Saisissez un ou plusieurs mots, par exemple « état civil ».',
    'search.loading': 'Recherche en cours…',
    'search.count': '{count} résultat(s) pour « {query} »',
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
    'search.noScript':
      'يتطلب البحث تفعيل جافاسكريبت، وهو معطل في متصفحكم. يمكنكم تصفح الأخبار والمساطر الإدارية والتراث من القائمة الرئيسية.',
    'search.prompt': 'اكتبوا كلمة أو أكثر، مثلا «الحالة المدنية».',
    'search.loading': 'جار البحث…',
    'search.count': '{count} نتيجة عن «{query}»',
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
    'search.noScript':
      'Search needs JavaScript, which is turned off in your browser. You can browse the news, procedures and heritage from the menu.',
    'search.prompt': 'Type one or more words, for example “civil status”.',
    'search.loading': 'Searching…',
    'search.count': '{count} result(s) for “{query}”',
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
  },
})
