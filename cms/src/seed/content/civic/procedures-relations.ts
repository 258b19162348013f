import { both, cost, doc, law, online, place } from './procedures-common.ts'
import type { ProcedureSeed } from './types.ts'

const receipt = {
  ar: 'إشعار فوري بالتوصل يتضمن رقما للتتبع',
  fr: 'Accusé de réception immédiat avec un numéro de suivi',
}
const delegatedManagement = {
  ar: 'القانون رقم 54.05 المتعلق بالتدبير المفوض للمرافق العامة',
  fr: 'Loi n° 54-05 relative à la gestion déléguée des services publics',
}

/** Relations with citizens: complaints, mail, access to information, city services. */
export const relationsProcedures: ProcedureSeed[] = [
  {
    slug: 'complaint',
    theme: 'citizen-relations',
    title: { ar: 'تقديم شكاية إلى الجماعة', fr: 'Adresser une réclamation à la commune' },
    summary: {
      ar: 'التظلم من خدمة جماعية أو من تأخر في معالجة ملف، أو تقديم ملاحظة أو اقتراح. تسجل كل شكاية وتحال على المصلحة المختصة.',
      fr: "Contester un service communal ou le retard d'un dossier, ou formuler une observation ou une proposition. Chaque réclamation est enregistrée et transmise au service compétent.",
    },
    audience: {
      ar: 'كل مرتفق، شخصا ذاتيا أو معنويا',
      fr: 'Tout usager, personne physique ou morale',
    },
    documents: [doc.description, doc.evidence, doc.contact],
    cost: cost.free,
    timeLimit: {
      ar: 'إشعار بالتوصل، ثم معالجة الشكاية داخل الآجال التي يحددها المرسوم رقم 2.17.265',
      fr: 'Accusé de réception, puis traitement dans les délais fixés par le décret n° 2-17-265',
    },
    submitAt: {
      ar: 'عبر الاستمارة الإلكترونية لهذه البوابة أو البوابة الوطنية «شكاية»، أو بمكتب الضبط',
      fr: "Via le formulaire de ce portail ou le portail national Chikaya, ou au bureau d'ordre",
    },
    collectAt: place.byMail,
    legalBasis: law.complaints,
    officeKinds: ['one-stop', 'district-hq'],
    online: online.chikaya,
    form: 'complaint',
  },
  {
    slug: 'correspondence',
    theme: 'citizen-relations',
    title: { ar: 'مراسلة مكتب الضبط', fr: "Écrire au bureau d'ordre" },
    summary: {
      ar: 'توجيه رسالة أو طلب أو ملف إلى الجماعة أو المقاطعة. يسجل مكتب الضبط كل مراسلة برقم وتاريخ، ويسلم وصلا بالإيداع.',
      fr: "Adresser une lettre, une demande ou un dossier à la commune ou à l'arrondissement. Le bureau d'ordre enregistre chaque courrier avec un numéro et une date, et remet un récépissé.",
    },
    audience: {
      ar: 'المواطنون والجمعيات والمقاولات والإدارات',
      fr: 'Citoyens, associations, entreprises et administrations',
    },
    documents: [
      {
        ar: 'الرسالة موقعة، مع بيان موضوعها والجهة الموجهة إليها',
        fr: 'Le courrier signé, avec son objet et son destinataire',
      },
      {
        ar: 'المرفقات عند الاقتضاء',
        fr: 'Les pièces jointes, le cas échéant',
      },
      doc.contact,
    ],
    cost: cost.free,
    timeLimit: {
      ar: 'تسجيل فوري وتسليم وصل الإيداع؛ تجيب المصلحة المختصة داخل الآجال المطبقة على موضوع المراسلة',
      fr: "Enregistrement et récépissé immédiats ; le service compétent répond dans les délais applicables à l'objet du courrier",
    },
    submitAt: place.form,
    collectAt: place.byMail,
    legalBasis: law.simplification,
    officeKinds: ['one-stop', 'district-hq'],
    form: 'correspondence',
  },
  {
    slug: 'access-to-information',
    theme: 'citizen-relations',
    title: { ar: 'طلب الحصول على المعلومات', fr: "Demande d'accès à l'information" },
    summary: {
      ar: 'الحصول على معلومات أو وثائق تحوزها الجماعة، في حدود الاستثناءات التي ينص عليها القانون رقم 31.13 (حماية المعطيات الشخصية، الأمن، الحياة الخاصة...).',
      fr: 'Obtenir des informations ou documents détenus par la commune, dans la limite des exceptions prévues par la loi n° 31-13 (données personnelles, sécurité, vie privée…).',
    },
    audience: {
      ar: 'المواطنات والمواطنون، والأجانب المقيمون بالمغرب بصفة قانونية',
      fr: 'Citoyennes et citoyens, et étrangers résidant légalement au Maroc',
    },
    documents: [
      {
        ar: 'طلب يحدد المعلومات المطلوبة وطريقة التوصل بها',
        fr: 'Demande précisant les informations souhaitées et le mode de communication',
      },
      doc.cnieOrResidence,
    ],
    cost: {
      ar: 'مجاني، مع إمكانية استيفاء مصاريف النسخ أو الإرسال عند الاقتضاء',
      fr: "Gratuit, sous réserve des frais éventuels de reproduction ou d'envoi",
    },
    timeLimit: {
      ar: 'عشرون يوم عمل من تاريخ التوصل، قابلة للتمديد مرة واحدة لمدة مماثلة؛ ثلاثة أيام عمل في حالات الاستعجال المبررة',
      fr: "Vingt jours ouvrables à compter de la réception, prorogeables une fois pour la même durée ; trois jours ouvrables en cas d'urgence justifiée",
    },
    submitAt: place.form,
    collectAt: place.byMail,
    legalBasis: {
      ar: 'القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات',
      fr: "Loi n° 31-13 relative au droit d'accès à l'information",
    },
    officeKinds: ['one-stop', 'district-hq'],
    form: 'access-to-info',
  },
  {
    slug: 'bus-network-feedback',
    theme: 'citizen-relations',
    title: {
      ar: 'ملاحظات وشكايات حول شبكة الحافلات',
      fr: 'Réclamation ou suggestion sur le réseau de bus',
    },
    summary: {
      ar: 'تدبر شبكة الحافلات في إطار عقد للتدبير المفوض أبرمته مؤسسة التعاون بين الجماعات «البيضاء»، وتتولى شركة التنمية المحلية «الدار البيضاء للنقل» تتبعه. توجه الملاحظات حول الخطوط والمواعيد والمحطات إلى المفوض له مباشرة أو عبر هذه البوابة.',
      fr: "Le réseau de bus est exploité dans le cadre d'un contrat de gestion déléguée conclu par l'établissement de coopération intercommunale Al Baida et suivi par la SDL Casa Transports. Les remarques sur les lignes, horaires et arrêts sont adressées directement au délégataire ou via ce portail.",
    },
    audience: {
      ar: 'مستعملو الحافلات والسكان المعنيون',
      fr: 'Usagers des bus et riverains concernés',
    },
    documents: [
      {
        ar: 'رقم الخط والمحطة وتاريخ وساعة الواقعة',
        fr: "Numéro de ligne, arrêt, date et heure de l'incident",
      },
      doc.description,
      doc.contact,
    ],
    cost: cost.free,
    timeLimit: receipt,
    submitAt: {
      ar: 'خدمة الزبناء لدى المفوض له، أو عبر الاستمارة الإلكترونية لهذه البوابة',
      fr: 'Service clients du délégataire, ou formulaire en ligne de ce portail',
    },
    collectAt: place.byMail,
    legalBasis: delegatedManagement,
    officeKinds: ['one-stop'],
    form: 'complaint',
    partner: 'alsa-al-baida',
  },
  {
    slug: 'lighting-sanitation-report',
    theme: 'citizen-relations',
    title: {
      ar: 'الإبلاغ عن عطب في الإنارة العمومية أو شبكة التطهير',
      fr: "Signaler une panne d'éclairage public ou un problème d'assainissement",
    },
    summary: {
      ar: 'الإنارة العمومية المنطفئة، أو بالوعة مسدودة أو غطاء مفقود: تتولى الشركة الجهوية متعددة الخدمات الدار البيضاء-سطات هذه الشبكات، ويمكن التبليغ لديها مباشرة أو عبر هذه البوابة.',
      fr: "Lampadaire éteint, avaloir bouché ou regard sans tampon : ces réseaux sont gérés par la Société régionale multiservices Casablanca-Settat, que l'on peut saisir directement ou via ce portail.",
    },
    audience: {
      ar: 'جميع السكان',
      fr: 'Tous les habitants',
    },
    documents: [
      {
        ar: 'المكان بدقة (الشارع، أقرب رقم أو معلمة)',
        fr: 'Lieu précis (rue, numéro ou repère le plus proche)',
      },
      doc.evidence,
      doc.contact,
    ],
    cost: cost.free,
    timeLimit: receipt,
    submitAt: {
      ar: 'مصالح الشركة الجهوية متعددة الخدمات، أو عبر الاستمارة الإلكترونية لهذه البوابة',
      fr: 'Services de la SRM Casablanca-Settat, ou formulaire en ligne de ce portail',
    },
    collectAt: place.byMail,
    legalBasis: both(
      {
        ar: 'القانون رقم 83.21 المتعلق بالشركات الجهوية متعددة الخدمات',
        fr: 'Loi n° 83-21 relative aux sociétés régionales multiservices',
      },
      law.communes,
    ),
    officeKinds: ['district-hq'],
    form: 'complaint',
    partner: 'srm-casablanca-settat',
  },
]
