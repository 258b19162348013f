/**
 * Corrections to Payload's own admin strings (`i18n.translations` in the config), where its
 * Arabic or French is wrong for this platform:
 * - a placeholder translated with the text ("{{العنوان}}", "{{titre}}") shows literally;
 * - Arabic calls a content locale "الموقع" — here that word means a site (an arrondissement's
 *   or the portal's), so a locale is "لغة المحتوى", and French "paramètres régionaux" is
 *   "langue";
 * - scheduled publishing calls its jobs "events" (the sites have events of their own).
 */
export const adminTranslations = {
  ar: {
    general: {
      allLocales: 'كل لغات المحتوى',
      locale: 'لغة المحتوى',
      locales: 'لغات المحتوى',
      schedulePublishFor: 'برمجة نشر «{{title}}»',
      upcomingEvents: 'العمليات المبرمجة',
      noUpcomingEventsScheduled: 'لا توجد عملية مبرمجة.',
      time: 'الساعة',
    },
    localization: {
      cannotCopySameLocale: 'لا يمكن النسخ إلى لغة المحتوى نفسها',
      copyToLocale: 'نسخ إلى لغة محتوى أخرى',
      localeToPublish: 'لغة المحتوى المراد نشرها',
      selectedLocales: 'لغات المحتوى المختارة',
      selectLocaleToCopy: 'اختر لغة المحتوى التي تُنسخ إليها',
      selectLocaleToDuplicate: 'اختر لغات المحتوى التي تُنسخ',
    },
    version: {
      publishAllLocales: 'نشر كل لغات المحتوى',
      aboutToUnpublishIn: 'أنت على وشك إلغاء نشر هذه الوثيقة بلغة {{locale}}. هل أنت متأكد؟',
      publishIn: 'نشر بلغة {{locale}}',
      unpublishIn: 'إلغاء النشر بلغة {{locale}}',
    },
  },
  fr: {
    general: {
      allLocales: 'Toutes les langues',
      locale: 'Langue du contenu',
      locales: 'Langues du contenu',
      schedulePublishFor: 'Programmer la publication de « {{title}} »',
      upcomingEvents: 'Opérations programmées',
      noUpcomingEventsScheduled: 'Aucune opération programmée.',
      fallbackToDefaultLocale: 'Revenir à la langue par défaut',
      time: 'Heure',
    },
    localization: {
      cannotCopySameLocale: 'Impossible de copier vers la même langue',
      copyTo: 'Copier vers',
      copyToLocale: 'Copier vers une autre langue',
      localeToPublish: 'Langue à publier',
      selectLocaleToCopy: 'Choisissez la langue vers laquelle copier',
      selectLocaleToDuplicate: 'Choisissez les langues à dupliquer',
    },
    version: {
      noRowsSelected: 'Aucun élément « {{label}} » sélectionné',
      publishAllLocales: 'Publier toutes les langues',
      selectLocales: 'Choisissez les langues à afficher',
      showLocales: 'Afficher les langues :',
    },
  },
  en: {
    general: {
      upcomingEvents: 'Scheduled actions',
      noUpcomingEventsScheduled: 'Nothing is scheduled.',
    },
  },
}
