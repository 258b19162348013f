import type { MessageKey } from './fr.ts'

/** Arabic UI strings, in the register of Moroccan administrations. */
export const ar: Record<MessageKey, string> = {
  'site.skipToContent': 'الانتقال إلى المحتوى الرئيسي',
  'site.mainNav': 'القائمة الرئيسية',
  'site.languages': 'اللغات',
  'site.currentLanguage': 'اللغة الحالية',
  'site.breadcrumbs': 'مسار التصفح',
  'site.home': 'الرئيسية',
  'site.officialSite': 'الموقع الرسمي',
  'site.backToPortal': 'بوابة جماعة الدار البيضاء',
  'site.footerNav': 'روابط مفيدة',
  'site.contact': 'اتصل بنا',
  'site.address': 'العنوان',
  'site.phone': 'الهاتف',
  'site.email': 'البريد الإلكتروني',
  'site.hours': 'أوقات الاستقبال',
  'site.followUs': 'تابعونا',
  'site.rss': 'خلاصة الأخبار (RSS)',
  'site.rssTitle': 'أخبار — {name}',
  'site.copyright': '© {year} {name}',
  'site.newTab': '(يفتح في نافذة جديدة)',
  'site.externalLink': '(رابط خارجي)',

  'social.facebook': 'فيسبوك',
  'social.instagram': 'إنستغرام',
  'social.x': 'إكس',
  'social.youtube': 'يوتيوب',
  'social.linkedin': 'لينكدإن',
  'social.tiktok': 'تيك توك',

  'nav.news': 'الأخبار',
  'nav.events': 'الأنشطة والمواعيد',
  'nav.arrondissements': 'المقاطعات',

  'home.welcome': 'مرحبا بكم في الموقع الرسمي لـ{name}',
  'home.introCentral':
    'تابعوا أخبار الجماعة ومواعيد أنشطتها، واطلعوا على الخدمات المقدمة لساكنة الدار البيضاء ومقاطعاتها الست عشرة.',
  'home.introDistrict':
    'تابعوا أخبار المقاطعة ومواعيد أنشطة القرب، واطلعوا على الخدمات المقدمة للساكنة.',
  'home.latestNews': 'آخر الأخبار',
  'home.upcomingEvents': 'المواعيد القادمة',
  'home.quickLinks': 'الخدمات والمساطر',
  'home.allNews': 'جميع الأخبار',
  'home.allEvents': 'جميع المواعيد',
  'home.noUpcoming': 'لا توجد مواعيد مبرمجة في الوقت الحالي.',

  'news.title': 'الأخبار',
  'news.publishedOn': 'نشر بتاريخ {date}',
  'news.updatedOn': 'آخر تحديث بتاريخ {date}',
  'news.empty': 'لم يتم نشر أي خبر بعد.',
  'news.fromPortal': 'بوابة الجماعة',
  'news.fromPortalLong': 'خبر منشور من طرف بوابة جماعة الدار البيضاء',
  'news.category': 'الصنف',
  'news.category.announcement': 'إعلان',
  'news.category.council': 'المجلس',
  'news.category.urbanism': 'التعمير',
  'news.category.culture': 'الثقافة',
  'news.category.sport': 'الرياضة',
  'news.category.social': 'العمل الاجتماعي',
  'news.category.environment': 'البيئة',
  'news.category.mobility': 'التنقل',

  'events.title': 'الأنشطة والمواعيد',
  'events.upcoming': 'المواعيد القادمة',
  'events.past': 'المواعيد السابقة',
  'events.empty': 'لم يتم نشر أي موعد بعد.',
  'events.when': 'التاريخ',
  'events.where': 'المكان',
  'events.fromPortal': 'موعد منشور من طرف بوابة جماعة الدار البيضاء',
  'events.category': 'المجال',
  'events.category.culture': 'الثقافة',
  'events.category.sport': 'الرياضة',
  'events.category.citizenship': 'المواطنة',
  'events.category.youth': 'الشباب',
  'events.category.health': 'الصحة',
  'events.category.environment': 'البيئة',
  'events.category.heritage': 'التراث',

  'pagination.label': 'ترقيم الصفحات',
  'pagination.previous': 'الصفحة السابقة',
  'pagination.next': 'الصفحة التالية',
  'pagination.page': 'الصفحة {page} من {total}',
  'pagination.goTo': 'الصفحة {page}',

  'page.inThisSection': 'في هذا القسم',
  'page.updatedOn': 'آخر تحديث: {date}',

  'fallback.notice': 'هذا المحتوى غير متوفر بعد باللغة {pageLanguage}، ويُعرض باللغة {language}.',
  'fallback.partial':
    'بعض أجزاء هذا المحتوى غير مترجمة بعد إلى اللغة {pageLanguage}، وتُعرض باللغة {language}.',

  'fallback.tag': 'باللغة {language}',
  'language.ar': 'العربية',
  'language.fr': 'الفرنسية',
  'language.zgh': 'الأمازيغية',
  'language.en': 'الإنجليزية',

  'arrondissements.title': 'المقاطعات الست عشرة',
  'arrondissements.intro':
    'تضم جماعة الدار البيضاء 16 مقاطعة موزعة على 8 عمالات مقاطعات، ولكل مقاطعة موقعها الخاص.',
  'arrondissements.visit': 'موقع {name}',
  'arrondissements.count': '{count} مقاطعات',

  'block.contact': 'معلومات الاتصال',
  'media.credit': 'حقوق الصورة: {credit}',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.text':
    'الصفحة المطلوبة غير موجودة أو تم نقلها. تحققوا من العنوان أو عودوا إلى الصفحة الرئيسية.',
  'notFound.home': 'العودة إلى الصفحة الرئيسية',

  'redirect.title': 'إعادة التوجيه',
  'redirect.text': 'الدخول إلى الموقع',
}
