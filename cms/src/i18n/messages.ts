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
  alreadyInReview: {
    ar: 'هذه المادة بانتظار المراجعة من قبل.',
    fr: 'Cet élément attend déjà une relecture.',
    en: 'This item is already awaiting review.',
  },
  notReviewable: {
    ar: 'لا يمكن طلب مراجعة هذه المادة.',
    fr: 'Cet élément ne peut pas être soumis à relecture.',
    en: 'This item cannot be submitted for review.',
  },
  publishAtPast: {
    ar: 'يجب أن يكون تاريخ النشر المرغوب في المستقبل.',
    fr: 'La date de publication souhaitée doit être dans le futur.',
    en: 'The wished publication date must be in the future.',
  },
  notPending: {
    ar: 'هذه المادة لم تعد بانتظار المراجعة.',
    fr: 'Cet élément n’attend plus de relecture.',
    en: 'This item is no longer awaiting review.',
  },
  commentRequired: {
    ar: 'اكتب للمحرر ما يجب تغييره.',
    fr: 'Écrivez au rédacteur ce qu’il faut changer.',
    en: 'Tell the editor what to change.',
  },
  tooLong: {
    ar: 'النص طويل جدًا (2000 حرف على الأكثر).',
    fr: 'Texte trop long (2 000 caractères au plus).',
    en: 'Text too long (2,000 characters at most).',
  },
  cannotReview: {
    ar: 'المراجعة من صلاحية ناشري الموقع.',
    fr: 'La relecture revient aux publicateurs du site.',
    en: 'Reviewing is for the site’s publishers.',
  },
  cannotSchedule: {
    ar: 'برمجة النشر من صلاحية الناشر؛ اطلب المراجعة واذكر تاريخ النشر المرغوب.',
    fr: 'La programmation revient au publicateur : demandez une relecture en indiquant la date souhaitée.',
    en: 'Scheduling is for publishers: ask for a review with the wished date.',
  },
  badRequest: {
    ar: 'الطلب غير صالح.',
    fr: 'Requête invalide.',
    en: 'Invalid request.',
  },
} as const

export type MessageKey = keyof typeof messages
type AdminLanguage = 'ar' | 'fr' | 'en'

export function message(key: MessageKey, language: string | undefined): string {
  const lang: AdminLanguage = language === 'fr' || language === 'en' ? language : 'ar'
  return messages[key][lang]
}

/** The admin language of a request (Payload's i18n), Arabic by default. */
export function languageOf(req: { i18n?: { language?: string } }): string | undefined {
  return req.i18n?.language
}
