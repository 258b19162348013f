import { cap } from '../helpers.ts'
import type { Topic } from './topic.ts'

export const festival: Topic = {
  key: 'festival-culturel-de-proximite',
  category: 'culture',
  motif: 'crowd',
  build: ({ n, s1 }) => ({
    title: {
      ar: 'مهرجان ثقافي للقرب: موسيقى ومسرح وورشات لجميع الفئات',
      fr: 'Festival culturel de proximité : musique, théâtre et ateliers pour tous',
    },
    summary: {
      ar: `برنامج فني متنوع تنظمه ${n.ar} بشراكة مع الجمعيات الثقافية المحلية، والولوج مجاني.`,
      fr: `Un programme varié proposé par ${n.frIn} avec les associations culturelles locales, en accès libre.`,
    },
    body: {
      ar: [
        `اختتمت فعاليات المهرجان الثقافي للقرب الذي نظمته ${n.ar} بشراكة مع الجمعيات الثقافية المحلية، وعرف إقبالا كبيرا من الأسر والشباب.`,
        'وتضمن البرنامج سهرات للموسيقى المغربية بمختلف ألوانها، وعروضا مسرحية للأطفال، وورشات للقراءة والرسم، ومعرضا لمنتوجات الصناع التقليديين والتعاونيات.',
        `واحتضنت فضاءات مفتوحة في ${s1.ar} جزءا من العروض، في إطار توجه يرمي إلى تقريب الثقافة من السكان وتشجيع المواهب المحلية.`,
      ],
      fr: [
        `Le festival culturel de proximité organisé par ${n.frIn} avec les associations culturelles locales s'est achevé après plusieurs soirées très suivies par les familles et les jeunes.`,
        "Au programme : concerts de musiques marocaines dans toute leur diversité, spectacles de théâtre pour enfants, ateliers de lecture et de dessin, et une exposition d'artisans et de coopératives.",
        `Plusieurs spectacles ont été donnés en plein air, dans des secteurs comme ${s1.fr}, afin de rapprocher la culture des habitants et d'encourager les talents du quartier.`,
      ],
    },
  }),
  en: ({ n }) => ({
    title: 'A neighbourhood cultural festival: music, theatre and workshops for all',
    summary: `A varied free programme organised by ${n.en} with local cultural associations.`,
    body: [
      `The neighbourhood cultural festival organised by ${n.en} with local cultural associations has come to a close after several well-attended evenings.`,
      "The programme included Moroccan music concerts, children's theatre, reading and drawing workshops, and an exhibition of local craftspeople and cooperatives.",
      'Part of the programme took place outdoors, to bring culture closer to residents and encourage local talent.',
    ],
  }),
}

export const youthSport: Topic = {
  key: 'terrains-de-sport-de-proximite',
  category: 'sport',
  motif: 'sport',
  build: ({ n, s1, s2 }) => ({
    title: {
      ar: `تجديد ملاعب القرب لفائدة شباب ${n.ar}`,
      fr: `Des terrains de proximité rénovés pour les jeunes de ${n.frIn}`,
    },
    summary: {
      ar: 'عشب اصطناعي جديد وإنارة ومستودعات للملابس، مع برمجة حصص لفائدة الجمعيات الرياضية.',
      fr: 'Gazon synthétique neuf, éclairage et vestiaires, avec des créneaux réservés aux associations sportives.',
    },
    body: {
      ar: [
        `أنهت ${n.ar} أشغال تجديد عدد من ملاعب القرب، ولا سيما في ${s1.ar} و${s2.ar}، وذلك بتكسيتها بالعشب الاصطناعي وتجديد الإنارة والسياج وتهيئة مستودعات للملابس.`,
        'وتم إعداد جدول زمني لاستعمال هذه الملاعب يخصص حصصا للجمعيات الرياضية ومدارس كرة القدم، وحصصا مفتوحة للشباب خلال عطل نهاية الأسبوع والعطل المدرسية.',
        'ويمكن للجمعيات الراغبة في الاستفادة من الحصص إيداع طلباتها لدى مصلحة الشؤون الرياضية بالمقاطعة.',
      ],
      fr: [
        `${cap(n.frIn)} a achevé la rénovation de plusieurs terrains de proximité, qui desservent notamment ${s1.fr} et ${s2.fr} : gazon synthétique, éclairage, clôtures et vestiaires ont été refaits.`,
        "Un planning d'utilisation réserve des créneaux aux associations sportives et aux écoles de football, et des créneaux libres aux jeunes le week-end et pendant les vacances scolaires.",
        "Les associations intéressées peuvent déposer leur demande auprès du service des sports de l'arrondissement.",
      ],
    },
  }),
  en: ({ n }) => ({
    title: `Local sports pitches renovated for young people in ${n.en}`,
    summary:
      'New artificial turf, lighting and changing rooms, with slots for sports associations.',
    body: [
      `${cap(n.en)} has finished renovating several local pitches, with new artificial turf, lighting, fences and changing rooms.`,
      'A timetable reserves slots for sports associations and football schools, and open sessions for young people at weekends and during school holidays.',
    ],
  }),
}
