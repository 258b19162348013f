/**
 * Messages the CMS itself shows staff (errors from our own rules). Payload's own admin
 * strings come from @payloadcms/translations; these follow the admin language.
 */
const messages = {
  notYourSite: {
    ar: 'لا يمكنك العمل إلا على محتوى موقعك.',
    fr: 'Vous ne pouvez travailler que sur le contenu de votre site.',
    en: 'You can only work on your own site’s content.',
  },
  cannotMove: {
    ar: 'لا يمكن نقل وثيقة إلى موقع آخر.',
    fr: 'Un document ne peut pas être déplacé vers un autre site.',
    en: 'A document cannot be moved to another site.',
  },
  cannotPublish: {
    ar: 'يحفظ المحرر مسودات فقط؛ النشر من صلاحية الناشر.',
    fr: 'Un rédacteur enregistre des brouillons ; la publication revient au publicateur.',
    en: 'Editors save drafts; publishing is for publishers.',
  },
  slugTaken: {
    ar: 'هذا المعرّف مستعمل من قبل في هذا الموقع.',
    fr: 'Cet identifiant est déjà utilisé sur ce site.',
    en: 'This slug is already used on this site.',
  },
  slugFormat: {
    ar: 'المعرّف: حروف لاتينية صغيرة وأرقام وشرطات فقط.',
    fr: 'Identifiant : lettres latines minuscules, chiffres et tirets uniquement.',
    en: 'Slug: lower-case Latin letters, digits and hyphens only.',
  },
  parentOtherSite: {
    ar: 'يجب أن تكون الصفحة الأم من نفس الموقع.',
    fr: 'La page parente doit appartenir au même site.',
    en: 'The parent page must belong to the same site.',
  },
  parentCycle: {
    ar: 'لا يمكن أن تكون الصفحة أمًّا لنفسها.',
    fr: 'Une page ne peut pas être sa propre parente.',
    en: 'A page cannot be its own ancestor.',
  },
  featureCentralOnly: {
    ar: 'لا تُبرز على مواقع المقاطعات إلا مواد الموقع المركزي.',
    fr: 'Seuls les contenus du portail central peuvent être mis en avant sur les arrondissements.',
    en: 'Only central items can be featured on district sites.',
  },
  endBeforeStart: {
    ar: 'يجب أن يكون تاريخ النهاية بعد تاريخ البداية.',
    fr: 'La fin doit être postérieure au début.',
    en: 'The end must come after the start.',
  },
  linkTarget: {
    ar: 'اختر صفحة أو أدخل رابطًا يبدأ بـ https://',
    fr: 'Choisissez une page ou saisissez un lien commençant par https://',
    en: 'Choose a page or enter a link starting with https://',
  },
  ordinarySessionMonth: {
    ar: 'تُعقد الدورات العادية في أشهر فبراير وماي وأكتوبر (القانون التنظيمي 113.14، المادة 33).',
    fr: 'Les sessions ordinaires se tiennent en février, mai et octobre (loi organique 113-14, art. 33).',
    en: 'Ordinary sessions are held in February, May and October (organic law 113-14, art. 33).',
  },
  httpsOnly: {
    ar: 'يجب أن يبدأ الرابط بـ https://',
    fr: 'Le lien doit commencer par https://',
    en: 'The link must start with https://',
  },
  decisionNumberTaken: {
    ar: 'رقم المقرر هذا مستعمل من قبل في هذا الموقع.',
    fr: 'Ce numéro de délibération est déjà utilisé sur ce site.',
    en: 'This decision number is already used on this site.',
  },
  sessionOtherSite: {
    ar: 'يجب أن تكون الدورة من نفس الموقع.',
    fr: 'La session doit appartenir au même site.',
    en: 'The session must belong to the same site.',
  },
  sessionDateRequired: {
    ar: 'تاريخ الدورة إلزامي.',
    fr: 'La date de la session est obligatoire.',
    en: 'The session date is required.',
  },
  termEndBeforeStart: {
    ar: 'يجب أن تكون نهاية الولاية بعد بدايتها.',
    fr: 'La fin du mandat doit être postérieure à son début.',
    en: 'The end of the term must come after its start.',
  },
  slugTakenShared: {
    ar: 'هذا المعرّف مستعمل من قبل.',
    fr: 'Cet identifiant est déjà utilisé.',
    en: 'This slug is already used.',
  },
  clockFormat: {
    ar: 'أدخل الساعة بصيغة 08:30.',
    fr: 'Saisissez l’heure au format 08:30.',
    en: 'Enter the time as 08:30.',
  },
  closesBeforeOpens: {
    ar: 'يجب أن تكون ساعة الإغلاق بعد ساعة الفتح.',
    fr: 'L’heure de fermeture doit suivre l’heure d’ouverture.',
    en: 'Closing time must come after opening time.',
  },
  procedureNeedsChannel: {
    ar: 'حدد رابطًا إلكترونيًا أو استمارة أو مكاتب تعالج هذا الإجراء.',
    fr: 'Indiquez un lien en ligne, un formulaire ou les bureaux qui traitent cette démarche.',
    en: 'Give an online link, a form or the offices that handle this procedure.',
  },
  unsafeLink: {
    ar: 'رابط مرفوض: تُقبل فقط روابط https:// و http:// و mailto: و tel: وروابط صفحات الموقع نفسه.',
    fr: 'Lien refusé : seuls les liens https://, http://, mailto:, tel: et les liens vers les pages du site sont acceptés.',
    en: 'Link refused: only https://, http://, mailto:, tel: and links to this site’s pages are accepted.',
  },
  richTextRelation: {
    ar: 'لا يمكن أن يشير النص إلا إلى محتوى منشور للعموم (أخبار، صفحات، صور، وثائق…).',
    fr: 'Le texte ne peut renvoyer qu’à des contenus publics (actualités, pages, images, documents…).',
    en: 'Text can only refer to public content (news, pages, images, documents…).',
  },
  apiKeyFormsServiceOnly: {
    ar: 'مفاتيح الواجهة البرمجية خاصة بحساب خدمة الاستمارات، ولا ينشئها إلا مدير المنصة.',
    fr: 'Les clés d’API sont réservées au compte de service des formulaires et créées par l’administrateur de la plateforme.',
    en: 'API keys are for the forms service account only, and are set by the platform admin.',
  },
  tooManyAttempts: {
    ar: 'محاولات كثيرة من شبكتك. أعد المحاولة بعد {minutes} دقيقة.',
    fr: 'Trop de tentatives depuis votre réseau. Réessayez dans {minutes} min.',
    en: 'Too many attempts from your network. Try again in {minutes} min.',
  },
  resetThroughAdmin: {
    ar: 'اطلب إعادة تعيين كلمة المرور من صفحة الدخول إلى لوحة الإدارة.',
    fr: 'Demandez la réinitialisation du mot de passe depuis la page de connexion de l’administration.',
    en: 'Ask for a password reset from the admin’s sign-in page.',
  },
  emailRequired: {
    ar: 'أدخل عنوان البريد الإلكتروني.',
    fr: 'Saisissez l’adresse électronique.',
    en: 'Enter the email address.',
  },
  pdfActiveContent: {
    ar: 'رُفض ملف PDF: يحتوي على محتوى نشط (برامج نصية، أو أوامر تشغيل، أو ملفات مضمنة، أو فتح تلقائي لرابط).',
    fr: 'PDF refusé : il contient du contenu actif (scripts, commandes de lancement, fichiers joints ou ouverture automatique d’un lien).',
    en: 'PDF refused: it holds active content (scripts, launch actions, embedded files or a link opened automatically).',
  },
  pdfUnreadable: {
    ar: 'رُفض ملف PDF: تعذرت قراءته أو فحصه (ملف تالف أو مشفر).',
    fr: 'PDF refusé : il n’a pas pu être lu ni vérifié (fichier endommagé ou chiffré).',
    en: 'PDF refused: it could not be read or checked (damaged or encrypted file).',
  },
  notFound: {
    ar: 'غير موجود.',
    fr: 'Introuvable.',
    en: 'Not found.',
  },
  badQuery: {
    ar: 'طلب غير صالح: شرط where غير مفهوم (JSON غير صالح أو عامل لا يناسب الحقل).',
    fr: 'Requête invalide : condition where illisible (JSON invalide ou opérateur inadapté au champ).',
    en: 'Bad request: the where condition cannot be read (invalid JSON or an operator the field does not take).',
  },
  ceilingLimit: {
    ar: 'يجب أن يكون limit عددًا صحيحًا من 1 إلى {max} (القيمة المرسلة: {got})؛ اطلب الصفحات التالية بـ page=2 و3…',
    fr: 'limit doit être un entier de 1 à {max} (reçu : {got}) ; demandez les pages suivantes avec page=2, 3…',
    en: 'limit must be a whole number from 1 to {max} (got {got}); read further pages with page=2, 3…',
  },
  ceilingUnbounded: {
    ar: 'يتطلب pagination=false تحديد limit (بحد أقصى {max}).',
    fr: 'pagination=false exige un limit (au plus {max}).',
    en: 'pagination=false needs a limit (at most {max}).',
  },
  ceilingCost: {
    ar: 'الطلب مكلف جدًا: أكثر من {max} حقلًا بعد ضرب كل قائمة في limit الخاص بها؛ اطلب عناصر أو حقولًا أقل.',
    fr: 'Requête trop coûteuse : plus de {max} champs une fois chaque liste multipliée par son limit ; demandez moins d’éléments ou de champs.',
    en: 'Query too costly: more than {max} fields once each list is multiplied by its limit; ask for fewer items or fields.',
  },
  ceilingRootFields: {
    ar: 'يحتوي الطلب على {got} حقلًا في مستواه الأول (تُحسب الأسماء المستعارة كلٌّ على حدة)؛ الحد الأقصى {max}.',
    fr: 'La requête a {got} champs de premier niveau (les alias comptent chacun) ; au plus {max}.',
    en: 'The query has {got} top-level fields (aliases count apart); at most {max}.',
  },
  ceilingDepth: {
    ar: 'الطلب متداخل بأكثر من {max} مستويات.',
    fr: 'Requête imbriquée sur plus de {max} niveaux.',
    en: 'Query nested deeper than {max} levels.',
  },
  ceilingSize: {
    ar: 'الطلب أكبر من {max} بايت أو من {got} وحدة لغوية.',
    fr: 'Requête de plus de {max} octets ou de {got} unités lexicales.',
    en: 'Query larger than {max} bytes or {got} tokens.',
  },
} as const

export type MessageKey = keyof typeof messages
type AdminLanguage = 'ar' | 'fr' | 'en'

/** A message in the admin language; `{name}` placeholders take `values`. */
export function message(
  key: MessageKey,
  language: string | undefined,
  values: Record<string, string | number> = {},
): string {
  const lang: AdminLanguage = language === 'fr' || language === 'en' ? language : 'ar'
  return messages[key][lang].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  )
}

/**
 * The language of a request that Payload has not read yet (a route's own check): the admin's
 * language cookie, else the first of ar, fr, en the browser accepts; Arabic by default.
 */
export function languageOfHeaders(headers: Headers): AdminLanguage {
  const cookie = /(?:^|;\s*)payload-lng=(ar|fr|en)\b/.exec(headers.get('cookie') ?? '')?.[1]
  if (cookie) return cookie as AdminLanguage
  for (const part of (headers.get('accept-language') ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'ar' || tag === 'fr' || tag === 'en') return tag
  }
  return 'ar'
}

/** The admin language of a request (Payload's i18n), Arabic by default. */
export function languageOf(req: { i18n?: { language?: string } }): string | undefined {
  return req.i18n?.language
}
