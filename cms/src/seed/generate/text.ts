import type { Locale } from '@bawaba/registry'
import { pick, type Rand } from '../random.ts'

/** A phrase in the four locales; Amazigh and English are used only where a document has them. */
type Phrase = Record<Locale, string>

export const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1))

const p = (ar: string, fr: string, zgh: string, en: string): Phrase => ({ ar, fr, zgh, en })

/** What the commune does: the first half of a headline. */
const actions: Phrase[] = [
  p('افتتاح', 'Inauguration de', 'ⴰⵔⵣⵣⵓⵎ ⵏ', 'Opening of'),
  p('إعادة تأهيل', 'Réhabilitation de', 'ⴰⵙⴳⴳⴷ ⵏ', 'Renovation of'),
  p('أشغال صيانة', 'Travaux d’entretien de', 'ⵜⵉⵡⵓⵔⵉ ⵏ ⵓⵃⵟⵟⵓ ⵏ', 'Maintenance works on'),
  p(
    'حملة نظافة حول',
    'Campagne de propreté autour de',
    'ⴰⵎⵓⵙⵙⵓ ⵏ ⵜⵣⴷⴰⵢⵜ ⵏ',
    'Clean-up campaign around',
  ),
  p('تهيئة', 'Aménagement de', 'ⴰⵙⵏⵓⴷⵏ ⵏ', 'Redevelopment of'),
  p('توسيع', 'Extension de', 'ⴰⵙⵎⵖⵔ ⵏ', 'Extension of'),
  p('لقاء تواصلي حول', 'Rencontre de proximité sur', 'ⴰⵎⵢⴰⵡⴰⴹ ⵅⴼ', 'Public meeting on'),
  p('برنامج جديد لفائدة', 'Nouveau programme pour', 'ⴰⵖⴰⵡⵙ ⴰⵎⴰⵢⵏⵓ ⵉ', 'New programme for'),
  p('تحديث', 'Modernisation de', 'ⴰⵙⵎⴰⵢⵏⵓ ⵏ', 'Modernisation of'),
  p('إغلاق مؤقت', 'Fermeture temporaire de', 'ⴰⵇⵇⵏ ⵏ ⵢⴰⵜ ⵜⵉⵣⵉ ⵏ', 'Temporary closure of'),
]

/** Where it happens: the second half. */
const places: Phrase[] = [
  p('الحديقة العمومية', 'le jardin public', 'ⵓⵊⵏⵏⴰⵏ ⴰⵎⴰⵜⴰⵢ', 'the public garden'),
  p('السوق البلدي', 'le marché municipal', 'ⵓⵙⵓⵇ ⵏ ⵜⵎⴷⵉⵏⵜ', 'the municipal market'),
  p('دار الشباب', 'la maison des jeunes', 'ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ', 'the youth centre'),
  p('المكتبة الجماعية', 'la bibliothèque communale', 'ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵜⴳⵎⴰⵎⵜ', 'the communal library'),
  p(
    'الملعب الجماعي',
    'le terrain de sport communal',
    'ⴰⵙⵏⴱⴰⴹ ⵏ ⵜⴳⵎⴰⵎⵜ',
    'the communal sports ground',
  ),
  p('شارع الحسن الثاني', 'le boulevard Hassan II', 'ⴰⴱⵔⵉⴷ ⵏ ⵍⵃⴰⵙⴰⵏ II', 'Hassan II boulevard'),
  p(
    'ملحقة الحالة المدنية',
    'l’annexe de l’état civil',
    'ⵜⴰⵎⵙⵙⴰⵖⵜ ⵏ ⵜⴰⴷⴷⴰⵙⵜ ⵜⴰⵖⴰⵔⴰⵏⵜ',
    'the civil registry annex',
  ),
  p('الإنارة العمومية', 'l’éclairage public', 'ⴰⵙⵏⴼⵍⵓ ⴰⵎⴰⵜⴰⵢ', 'street lighting'),
  p('المركز الثقافي', 'le centre culturel', 'ⴰⵎⵙⵙⵓⴷⵙ ⴰⴷⵍⴰⵙⴰⵏ', 'the cultural centre'),
  p('الساحة العمومية', 'la place publique', 'ⴰⵙⴰⵢⵙ ⴰⵎⴰⵜⴰⵢ', 'the public square'),
  p('المسبح الجماعي', 'la piscine communale', 'ⴰⵎⴰⵏ ⵏ ⵜⴳⵎⴰⵎⵜ', 'the communal pool'),
  p('المدرسة الابتدائية', 'l’école primaire', 'ⵜⵉⵏⵎⵍ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ', 'the primary school'),
]

/** Sentences of a body; `{place}` is replaced by the headline's place. */
const sentences: Phrase[] = [
  p(
    'أعلنت المقاطعة عن انطلاق الأشغال في {place} ابتداء من الأسبوع المقبل.',
    'L’arrondissement annonce le début des travaux dans {place} dès la semaine prochaine.',
    'ⵜⵙⵙⴼⵍⴷ ⵜⴳⵎⴰⵎⵜ ⴰⵙⵙⵏⵜⵉ ⵏ ⵜⵡⵓⵔⵉ ⴳ {place}.',
    'The arrondissement announces that works in {place} start next week.',
  ),
  p(
    'يهدف هذا المشروع إلى تحسين جودة الخدمات المقدمة للسكان وتيسير الولوج إليها.',
    'Ce projet vise à améliorer la qualité des services rendus aux habitants et à en faciliter l’accès.',
    'ⴰⵙⵏⴼⴰⵔ ⴰⴷ ⵉⵙⵙⵓⵎⵔ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵉ ⵉⵎⵣⴷⴰⵖ.',
    'The project aims to improve the services offered to residents and make them easier to reach.',
  ),
  p(
    'رصدت الجماعة لهذا الغرض غلافا ماليا يناهز مليوني درهم.',
    'La commune y consacre une enveloppe d’environ deux millions de dirhams.',
    'ⵜⴳⴰ ⵜⴳⵎⴰⵎⵜ ⵙⵉⵏ ⵉⵎⵍⵢⵓⵏⵏ ⵏ ⴷⴷⵔⵀⵎ.',
    'The commune has set aside about two million dirhams for it.',
  ),
  p(
    'وتدعو المقاطعة السكان إلى احترام علامات التشوير خلال مدة الأشغال.',
    'L’arrondissement invite les riverains à respecter la signalisation pendant la durée du chantier.',
    'ⵜⵙⵙⵓⵜⵔ ⵜⴳⵎⴰⵎⵜ ⵙⴳ ⵉⵎⵣⴷⴰⵖ ⴰⴷ ⴹⴼⵕⵏ ⵜⵉⵎⵍⵉⵜⵉⵏ.',
    'Residents are asked to follow the signs while the works last.',
  ),
  p(
    'سيتم إشراك جمعيات الأحياء في تتبع المشروع عبر لقاءات دورية.',
    'Les associations de quartier seront associées au suivi du projet lors de réunions régulières.',
    'ⵜⵉⵎⵓⵏⴰ ⵏ ⵉⴳⵔⵓⵜⵏ ⴰⴷ ⵜⵜⵉⵍⵉⵏⵜ ⴳ ⵓⴹⴼⴼⵓⵕ ⵏ ⵓⵙⵏⴼⴰⵔ.',
    'Neighbourhood associations will follow the project in regular meetings.',
  ),
  p(
    'للمزيد من المعلومات، يمكن التوجه إلى مكتب الاستقبال بمقر المقاطعة.',
    'Pour plus d’informations, le bureau d’accueil du siège de l’arrondissement est à votre disposition.',
    'ⵉ ⵓⴳⴳⴰⵔ ⵏ ⵉⵙⴰⵍⵍⵏ, ⴷⴷⵓ ⵖⵔ ⵓⵖⵔⴰⴱ ⵏ ⵓⵙⵏⵓⴱⴳ.',
    'For more information, the reception desk at the arrondissement’s offices can help.',
  ),
  p(
    'ويندرج هذا العمل في إطار برنامج عمل الجماعة للفترة 2022-2027.',
    'Cette action s’inscrit dans le programme d’action de la commune 2022-2027.',
    'ⵜⴰⵡⵓⵔⵉ ⴰ ⵜⴳⴰ ⴰⵃⵔⵉⵛ ⵏ ⵓⵖⴰⵡⵙ ⵏ ⵜⴳⵎⴰⵎⵜ 2022-2027.',
    'This is part of the commune’s 2022–2027 action programme.',
  ),
  p(
    'وقد عرفت المرحلة الأولى مشاركة واسعة من طرف الساكنة والفاعلين المحليين.',
    'La première phase a connu une large participation des habitants et des acteurs locaux.',
    'ⵜⴰⵙⵡⵉⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵜⵙⵙⵏ ⴰⵜⵜⵉⵍⵉ ⴰⵎⵇⵔⴰⵏ ⵏ ⵉⵎⵣⴷⴰⵖ.',
    'The first phase drew wide participation from residents and local partners.',
  ),
]

const venues: Phrase[] = places

export interface GeneratedText {
  title: Phrase
  summary: Phrase
  paragraphs: Record<Locale, string[]>
}

/** A headline, a summary and 3–6 paragraphs about one place, in every locale. */
export function article(r: Rand): GeneratedText {
  const action = pick(r, actions)
  const place = pick(r, places)
  const count = int(r, 3, 6)
  const chosen = Array.from({ length: count }, () => pick(r, sentences))
  const forLocale = (l: Locale) => {
    const sentencesIn = chosen.map((s) => s[l].replace('{place}', place[l]))
    // Two sentences a paragraph, as press releases are written.
    const paragraphs: string[] = []
    for (let i = 0; i < sentencesIn.length; i += 2)
      paragraphs.push(sentencesIn.slice(i, i + 2).join(' '))
    return paragraphs
  }
  const title = Object.fromEntries(
    (['ar', 'fr', 'zgh', 'en'] as const).map((l) => [l, `${action[l]} ${place[l]}`]),
  ) as Phrase
  const summary = Object.fromEntries(
    (['ar', 'fr', 'zgh', 'en'] as const).map((l) => [
      l,
      chosen[0]![l].replace('{place}', place[l]),
    ]),
  ) as Phrase
  return {
    title,
    summary,
    paragraphs: {
      ar: forLocale('ar'),
      fr: forLocale('fr'),
      zgh: forLocale('zgh'),
      en: forLocale('en'),
    },
  }
}

/** A venue for an event. */
export const venue = (r: Rand): Phrase => pick(r, venues)

/** A content page's subject. */
export const pageTopics: Phrase[] = [
  p(
    'الخدمات الإدارية',
    'Services administratifs',
    'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵜⵉⵏⴱⴱⴰⴹⵉⵏ',
    'Administrative services',
  ),
  p(
    'البيئة والمساحات الخضراء',
    'Environnement et espaces verts',
    'ⵜⴰⵡⵏⴰⴹⵜ',
    'Environment and green spaces',
  ),
  p('الشؤون الاجتماعية', 'Affaires sociales', 'ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵉⵏⴰⵎⵓⵏⵉⵏ', 'Social affairs'),
  p('الرياضة والثقافة', 'Sport et culture', 'ⵜⴰⵏⵏⴰⵡⵜ ⴷ ⵜⴷⵍⵙⴰ', 'Sport and culture'),
  p('التعمير', 'Urbanisme', 'ⴰⵙⵏⵓⴷⵏ', 'Urban planning'),
  p('الميزانية', 'Budget', 'ⵜⴰⵙⵏⵎⵉⴽⵜ', 'Budget'),
  p('الشراكات', 'Partenariats', 'ⵜⵉⵏⵎⵍⵉⵍⵉⵏ', 'Partnerships'),
  p('الأسئلة الشائعة', 'Questions fréquentes', 'ⵉⵙⵇⵙⵉⵜⵏ', 'Frequently asked questions'),
]
