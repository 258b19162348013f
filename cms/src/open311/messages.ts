import { fallbackChain, type Locale } from '@bawaba/registry'

/**
 * What the Open311 API says about the protocol itself (a missing key, an unknown service, a
 * date range too wide), in ar/fr/en. Field errors reuse the forms' own wording
 * (`forms.error.<rule>` in @bawaba/i18n); these few are kept here until they can move there
 * (the i18n tables are being edited elsewhere). zgh reads Arabic, as the i18n fallback does.
 */
const table = {
  forbidden: {
    ar: 'مفتاح الولوج (api_key) غير موجود أو غير صالح: إنشاء الطلبات مقصور على الحسابات المرخص لها.',
    fr: 'Clé d’accès (api_key) absente ou non valide : seuls les comptes autorisés peuvent créer des demandes.',
    en: 'Missing or invalid api_key: only authorised accounts may create requests.',
  },
  'jurisdiction-unknown': {
    ar: 'jurisdiction_id غير معروف: «{id}».',
    fr: 'jurisdiction_id inconnu : « {id} ».',
    en: 'Unknown jurisdiction_id: "{id}".',
  },
  'service-unknown': {
    ar: 'service_code غير معروف: «{code}». انظر services.json.',
    fr: 'service_code inconnu : « {code} ». Voir services.json.',
    en: 'Unknown service_code: "{code}". See services.json.',
  },
  'request-unknown': {
    ar: 'لا يوجد طلب يحمل المعرف «{id}».',
    fr: 'Aucune demande ne porte l’identifiant « {id} ».',
    en: 'No request has the id "{id}".',
  },
  'status-unknown': {
    ar: 'status غير صالح: «{value}». القيم الممكنة: open وclosed.',
    fr: 'status non valide : « {value} ». Valeurs possibles : open, closed.',
    en: 'Invalid status: "{value}". Possible values: open, closed.',
  },
  'date-format': {
    ar: '{field} ليس تاريخا صالحا. الصيغة المنتظرة: ISO 8601 مع المنطقة الزمنية، مثال: 2026-03-01T00:00:00+01:00.',
    fr: '{field} n’est pas une date valide. Format attendu : ISO 8601 avec fuseau horaire, par exemple 2026-03-01T00:00:00+01:00.',
    en: '{field} is not a valid date. Expected ISO 8601 with a time zone, e.g. 2026-03-01T00:00:00+01:00.',
  },
  'date-range': {
    ar: 'يجب أن يسبق start_date تاريخ end_date، وألا تتجاوز المدة {days} يوما.',
    fr: 'start_date doit précéder end_date, et la période ne peut pas dépasser {days} jours.',
    en: 'start_date must come before end_date, and the range may not span more than {days} days.',
  },
  'too-many-ids': {
    ar: 'service_request_id: {max} معرف على الأكثر في الطلب الواحد.',
    fr: 'service_request_id : {max} identifiants au maximum par appel.',
    en: 'service_request_id: at most {max} ids per call.',
  },
  'location-required': {
    ar: 'حددوا المكان: lat وlong، أو address_string.',
    fr: 'Indiquez le lieu : lat et long, ou address_string.',
    en: 'Give the location: lat and long, or address_string.',
  },
  body: {
    ar: 'تعذرت قراءة محتوى الطلب: أرسلوا الحقول بصيغة application/x-www-form-urlencoded أو multipart/form-data أو كائن JSON.',
    fr: 'Corps de la requête illisible : envoyez les champs en application/x-www-form-urlencoded, multipart/form-data ou un objet JSON.',
    en: 'Unreadable request body: send the fields as application/x-www-form-urlencoded, multipart/form-data or a JSON object.',
  },
  'body-too-large': {
    ar: 'محتوى الطلب كبير جدا: {max} كيلوبايت على الأكثر.',
    fr: 'Corps de la requête trop volumineux : {max} Ko au maximum.',
    en: 'Request body too large: {max} KB at most.',
  },
  'idempotency-key': {
    ar: 'ترويسة Idempotency-Key غير صالحة: من 1 إلى {max} حرفا قابلا للطباعة (ASCII).',
    fr: 'En-tête Idempotency-Key non valide : de 1 à {max} caractères ASCII imprimables.',
    en: 'Invalid Idempotency-Key header: 1 to {max} printable ASCII characters.',
  },
  'idempotency-conflict': {
    ar: 'سبق استعمال مفتاح Idempotency-Key هذا لطلب مختلف.',
    fr: 'Cette clé Idempotency-Key a déjà servi pour une demande différente.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  unavailable: {
    ar: 'الخدمة غير متاحة مؤقتا؛ لم يُسجَّل أي شيء. يرجى إعادة المحاولة بعد لحظات.',
    fr: 'Service momentanément indisponible ; rien n’a été enregistré. Veuillez réessayer dans un instant.',
    en: 'Service temporarily unavailable; nothing was stored. Please try again shortly.',
  },
} as const satisfies Record<string, Record<'ar' | 'fr' | 'en', string>>

export type ProtocolMessage = keyof typeof table

/** The protocol message `key` in `locale` (zgh → ar, as the platform's fallback chain says). */
export function say(
  locale: Locale,
  key: ProtocolMessage,
  vars: Record<string, string | number> = {},
): string {
  const texts: Partial<Record<Locale, string>> = table[key]
  const found = fallbackChain(locale)
    .map((candidate) => texts[candidate])
    .find(Boolean)
  const template = found ?? table[key].fr
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name]
    if (value === undefined) throw new Error(`open311 message '${key}': '{${name}}' not given`)
    return String(value)
  })
}
