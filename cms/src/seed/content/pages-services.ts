import type { Names } from './helpers.ts'
import { cap, hours, pageLink } from './helpers.ts'
import { platformLinks } from './platforms.ts'
import type { Paras, SeedPage, SiteSeed } from './types.ts'

const faq: { question: { ar: string; fr: string }; answer: Paras }[] = [
  {
    question: {
      ar: 'كيف أحصل على نسخة من رسم الولادة؟',
      fr: "Comment obtenir un extrait d'acte de naissance ?",
    },
    answer: {
      ar: [
        'يمكن طلب النسخة لدى مكتب الحالة المدنية الذي سجل فيه الرسم، بتقديم البطاقة الوطنية للتعريف أو الدفتر العائلي.',
        'كما يمكن طلبها عن بعد عبر منصة «وثيقة» وتسلمها بالعنوان المصرح به.',
      ],
      fr: [
        "Adressez-vous au bureau d'état civil où l'acte a été enregistré, muni de votre carte nationale d'identité ou du livret de famille.",
        "Vous pouvez aussi le commander en ligne sur la plateforme Watiqa et le recevoir à l'adresse indiquée.",
      ],
    },
  },
  {
    question: {
      ar: 'أين يمكنني تصحيح الإمضاء أو الإشهاد على مطابقة نسخة لأصلها؟',
      fr: 'Où faire légaliser une signature ou certifier une copie conforme ?',
    },
    answer: {
      ar: [
        'بمكاتب تصحيح الإمضاءات التابعة للمقاطعات، بحضور المعني بالأمر شخصيا مع بطاقته الوطنية للتعريف، مقابل أداء الرسوم الجاري بها العمل. ويجب الإدلاء بالوثيقة الأصلية عند طلب الإشهاد على مطابقة النسخ.',
      ],
      fr: [
        "Dans les bureaux de légalisation des arrondissements, en présence de l'intéressé muni de sa carte nationale d'identité, moyennant les droits en vigueur. Pour une copie conforme, l'original doit être présenté.",
      ],
    },
  },
  {
    question: {
      ar: 'كيف أودع طلب رخصة البناء أو الإصلاح؟',
      fr: "Comment déposer une demande d'autorisation de construire ou de réfection ?",
    },
    answer: {
      ar: [
        'تودع طلبات رخص البناء والإصلاح والتقسيم عبر منصة «رخص» الإلكترونية، عن طريق مهندس معماري بالنسبة للمشاريع التي تستلزم ذلك. ويمكن تتبع مآل الطلب عبر المنصة نفسها.',
      ],
      fr: [
        "Les demandes d'autorisation de construire, de réfection et de lotissement se déposent sur la plateforme Rokhas, par l'intermédiaire d'un architecte lorsque le projet l'exige. Le dossier se suit sur la même plateforme.",
      ],
    },
  },
  {
    question: {
      ar: 'كيف أقدم شكاية أو اقتراحا؟',
      fr: 'Comment déposer une réclamation ou une suggestion ?',
    },
    answer: {
      ar: [
        'عبر البوابة الوطنية للشكايات «شكاية»، أو كتابيا لدى مكتب الضبط. وتتم معالجة الشكايات والرد عليها داخل الآجال المحددة قانونا.',
      ],
      fr: [
        "Sur le portail national Chikaya, ou par écrit auprès du bureau d'ordre. Les réclamations sont traitées et reçoivent une réponse dans les délais réglementaires.",
      ],
    },
  },
  {
    question: { ar: 'ما هي أوقات العمل؟', fr: "Quels sont les horaires d'ouverture ?" },
    answer: {
      ar: [`${hours.ar}. وتعتمد المكاتب توقيتا خاصا خلال شهر رمضان يعلن عنه في حينه.`],
      fr: [
        `${hours.fr}. Un horaire spécial est appliqué pendant le mois de Ramadan ; il est annoncé en temps utile.`,
      ],
    },
  },
]

/** The services page: the national platforms, a FAQ and a pointer to the contact page. */
export function servicesPage(n: Names): SeedPage {
  return {
    slug: 'services',
    title: { ar: 'الخدمات', fr: 'Services' },
    summary: {
      ar: 'الخدمات الإدارية والمنصات الرقمية الوطنية وأجوبة عن الأسئلة المتداولة.',
      fr: 'Démarches administratives, plateformes nationales en ligne et questions fréquentes.',
    },
    blocks: [
      {
        type: 'richText',
        paragraphs: {
          ar: [
            `توفر ${n.ar} لمرتفقيها مجموعة من الخدمات الإدارية بمقرها وملحقاتها، كما يمكن إنجاز عدد متزايد من الإجراءات عن بعد عبر المنصات الوطنية أسفله.`,
          ],
          fr: [
            `${cap(n.frIn)} offre à ses usagers de nombreuses prestations administratives dans ses locaux ; un nombre croissant de démarches peut aussi se faire en ligne, sur les plateformes nationales ci-dessous.`,
          ],
        },
      },
      {
        type: 'linkList',
        title: { ar: 'الخدمات الرقمية الوطنية', fr: 'Services nationaux en ligne' },
        links: platformLinks(),
      },
      {
        type: 'accordion',
        title: { ar: 'أسئلة متداولة', fr: 'Questions fréquentes' },
        items: faq,
      },
      {
        type: 'callToAction',
        heading: { ar: 'لم تجدوا جوابا عن سؤالكم؟', fr: 'Vous ne trouvez pas de réponse ?' },
        text: {
          ar: 'فريق الاستقبال والتوجيه رهن إشارتكم خلال أوقات العمل.',
          fr: "L'équipe d'accueil et d'orientation vous répond aux heures d'ouverture.",
        },
        link: pageLink('contact', { ar: 'اتصلوا بنا', fr: 'Nous contacter' }),
      },
    ],
  }
}

/** The contact page: the card and how to reach the services. */
export function contactPage(n: Names, contact: SiteSeed['contact']): SeedPage {
  return {
    slug: 'contact',
    title: { ar: 'اتصلوا بنا', fr: 'Contact' },
    summary: {
      ar: 'العنوان والهاتف والبريد الإلكتروني وأوقات الاستقبال.',
      fr: "Adresse, téléphone, courriel et horaires d'accueil.",
    },
    blocks: [
      {
        type: 'contactCard',
        name: { ar: n.ar, fr: n.fr },
        role: { ar: 'مكتب الاستقبال والتوجيه', fr: "Bureau d'accueil et d'orientation" },
        ...contact,
      },
      {
        type: 'richText',
        heading: { ar: 'كيف تتواصلون معنا', fr: 'Nous joindre' },
        paragraphs: {
          ar: [
            'يستقبلكم مكتب الاستقبال والتوجيه خلال أوقات العمل للإجابة عن أسئلتكم وتوجيهكم نحو المصلحة المختصة.',
            `يمكنكم أيضا مراسلتنا عبر البريد الإلكتروني ${contact.email}، مع ذكر الاسم الكامل ورقم الهاتف وموضوع الطلب. أما الشكايات فتودع عبر البوابة الوطنية «شكاية».`,
          ],
          fr: [
            "Le bureau d'accueil et d'orientation vous reçoit aux heures d'ouverture pour répondre à vos questions et vous orienter vers le service compétent.",
            `Vous pouvez aussi nous écrire à ${contact.email} en précisant vos nom et prénom, votre numéro de téléphone et l'objet de votre demande. Les réclamations se déposent sur le portail national Chikaya.`,
          ],
        },
      },
    ],
  }
}
