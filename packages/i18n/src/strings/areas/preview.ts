import { area } from '../area.ts'

/** UI strings of the preview of a draft (on demand, staff only, never indexed). */
export const preview = area({
  fr: {
    'preview.banner': 'Aperçu — non publié',
    'preview.bannerText':
      'Cette page montre un brouillon tel qu’il serait publié. Seul ce lien, valable quelques minutes, permet de la voir.',
    'preview.forbidden.title': 'Lien d’aperçu invalide ou expiré',
    'preview.forbidden.text':
      'Ce lien d’aperçu n’est plus valable ou ne concerne pas cette page. Ouvrez à nouveau l’aperçu depuis l’administration.',
    'preview.invalid.title': 'Ce brouillon ne peut pas encore être affiché',
    'preview.invalid.text':
      'Des champs nécessaires à la publication manquent ou sont invalides. Complétez le brouillon puis ouvrez à nouveau l’aperçu.',
    'preview.unavailable.title': 'Aperçu indisponible',
    'preview.unavailable.text':
      'Le brouillon n’a pas pu être lu. Réessayez dans un instant depuis l’administration.',
  },
  ar: {
    'preview.banner': 'معاينة — غير منشور',
    'preview.bannerText':
      'تعرض هذه الصفحة مسودة كما ستظهر عند نشرها. لا يمكن رؤيتها إلا عبر هذا الرابط الصالح لبضع دقائق.',
    'preview.forbidden.title': 'رابط المعاينة غير صالح أو منتهي الصلاحية',
    'preview.forbidden.text':
      'لم يعد رابط المعاينة هذا صالحا أو أنه لا يخص هذه الصفحة. افتحوا المعاينة من جديد من لوحة الإدارة.',
    'preview.invalid.title': 'لا يمكن عرض هذه المسودة بعد',
    'preview.invalid.text':
      'بعض الحقول اللازمة للنشر ناقصة أو غير صالحة. أكملوا المسودة ثم افتحوا المعاينة من جديد.',
    'preview.unavailable.title': 'المعاينة غير متاحة',
    'preview.unavailable.text': 'تعذرت قراءة المسودة. أعيدوا المحاولة بعد لحظات من لوحة الإدارة.',
  },
  en: {
    'preview.banner': 'Preview — not published',
    'preview.bannerText':
      'This page shows a draft as it would be published. Only this link, valid for a few minutes, shows it.',
    'preview.forbidden.title': 'Invalid or expired preview link',
    'preview.forbidden.text':
      'This preview link is no longer valid or is not for this page. Open the preview again from the admin.',
    'preview.invalid.title': 'This draft cannot be shown yet',
    'preview.invalid.text':
      'Some fields needed for publishing are missing or invalid. Complete the draft, then open the preview again.',
    'preview.unavailable.title': 'Preview unavailable',
    'preview.unavailable.text':
      'The draft could not be read. Try again in a moment from the admin.',
  },
  zgh: {
    'preview.banner': 'ⴰⵙⴽⴰⵏ — ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ',
    'preview.bannerText':
      'ⴰⵙⵎⵍ ⴰ ⵉⵙⴽⴰⵏ ⴰⵣⵔⴰⵔ ⴰⵎⵣⵡⴰⵔⵓ ⵎⴰⵎⴽ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ. ⵖⴰⵙ ⴰⵣⴷⴰⵢ ⴰ, ⵉⵜⵜⵉⵡⵙⴰⵏ ⵉ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⴰⴷ ⵜ ⵉⵙⴽⴰⵏ.',
    'preview.forbidden.title': 'ⴰⵣⴷⴰⵢ ⵏ ⵓⵙⴽⴰⵏ ⵓⵔ ⵉⵚⵃⵉⵃ ⵏⵖ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ',
    'preview.forbidden.text': 'ⴰⵣⴷⴰⵢ ⴰ ⵓⵔ ⵉⵚⵃⵉⵃ ⵙⵓⵍ ⵏⵖ ⵓⵔ ⵉⴳⵉ ⵉ ⵓⵙⵎⵍ ⴰ. ⵕⵥⵎ ⴰⵙⴽⴰⵏ ⴷⴰⵖ ⵙⴳ ⵓⵙⵏⴱⴰⴹ.',
    'preview.invalid.title': 'ⴰⵣⵔⴰⵔ ⴰ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⴱⴰⵢⵏ ⵙⵓⵍ',
    'preview.invalid.text':
      'ⴽⵔⴰ ⵏ ⵉⴳⵔⴰⵏ ⵉⵍⴰⵇⵇⴰⵏ ⵉ ⵓⵙⵙⵓⴼⵖ ⵓⵔ ⵍⵍⵉⵏ ⵏⵖ ⵓⵔ ⵚⵃⵉⵃⵏ. ⵙⵎⴷ ⴰⵣⵔⴰⵔ, ⵙⴽⵔ ⴷⴰⵖ ⴰⵙⴽⴰⵏ.',
    'preview.unavailable.title': 'ⴰⵙⴽⴰⵏ ⵓⵔ ⵉⵍⵍⵉ',
    'preview.unavailable.text': 'ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ ⵓⵣⵔⴰⵔ. ⴰⵍⵙ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵙⴳ ⵓⵙⵏⴱⴰⴹ.',
  },
})
