import type { LibraryDocSeed } from './types.ts'

/** Arrondissements (2/4): Hay Hassani, Al Fida, Mers Sultan, Ben M'Sick. */
export const docsE: LibraryDocSeed[] = [
  {
    slug: 'plan-amenagement-hay-hassani',
    site: 'hay-hassani',
    kind: 'development-plan',
    reference: 'PA-HHS-2020',
    date: '2020-05-18',
    title: {
      ar: 'تصميم التهيئة لمقاطعة الحي الحسني: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Hay Hassani : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة الحي الحسني: تأطير التوسع العمراني على محور طريق أزمور، وتجهيزات القرب التعليمية والصحية والرياضية، والمساحات الخضراء. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Hay Hassani : encadrement de l'urbanisation le long de la route d'Azemmour, équipements scolaires, sanitaires et sportifs de proximité, espaces verts. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Hay Hassani",
      'Note de synthèse - Référence : PA-HHS-2020 - Date : 18/05/2020',
      "Urbanisation le long de la route d'Azemmour.",
      'Équipements de proximité, espaces verts.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-hay-hassani-2024',
    site: 'hay-hassani',
    kind: 'report',
    reference: 'RA-HHS-2024',
    date: '2025-03-24',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة الحي الحسني برسم سنة 2024',
      fr: "Rapport d'activité 2024 de l'arrondissement de Hay Hassani",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2024: صيانة الطرق والمساحات الخضراء، والتجهيزات الرياضية والثقافية للقرب، والأنشطة الاجتماعية، والخدمات الإدارية.',
      fr: "Bilan de l'arrondissement en 2024 : entretien de la voirie et des espaces verts, équipements sportifs et culturels de proximité, action sociale et services administratifs.",
    },
    lines: [
      "Rapport d'activité 2024 - Arrondissement de Hay Hassani",
      'Référence : RA-HHS-2024 - Date : 24/03/2025',
      'Voirie, espaces verts, équipements de proximité.',
      'Action sociale, services administratifs.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-al-fida',
    site: 'al-fida',
    kind: 'development-plan',
    reference: 'PA-FID-2018',
    date: '2018-04-23',
    title: {
      ar: 'تصميم التهيئة لمقاطعة الفداء: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement d'Al Fida : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة الفداء: تأهيل الأنسجة العتيقة لدرب السلطان، وتنظيم الأسواق والقيساريات، ومعالجة المباني الآيلة للسقوط، وتحسين التجهيزات العمومية. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement d'Al Fida : réhabilitation des tissus anciens de Derb Sultan, organisation des marchés et des kissariats, traitement du bâti menaçant ruine, amélioration des équipements publics. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement d'Al Fida",
      'Note de synthèse - Référence : PA-FID-2018 - Date : 23/04/2018',
      'Tissus anciens de Derb Sultan, marchés et kissariats.',
      'Bâti menaçant ruine, équipements publics.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-mers-sultan',
    site: 'mers-sultan',
    kind: 'development-plan',
    reference: 'PA-MSU-2018',
    date: '2018-05-07',
    title: {
      ar: 'تصميم التهيئة لمقاطعة مرس السلطان: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Mers Sultan : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة مرس السلطان: صون الطابع المعماري لحي الأحباس، وتأهيل المحاور التجارية، وتنظيم السير والوقوف، والمساحات الخضراء للقرب. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Mers Sultan : sauvegarde du caractère architectural du quartier des Habous, requalification des axes commerçants, circulation et stationnement, espaces verts de proximité. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Mers Sultan",
      'Note de synthèse - Référence : PA-MSU-2018 - Date : 07/05/2018',
      'Sauvegarde du quartier des Habous.',
      'Axes commerçants, circulation, stationnement, espaces verts.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-mers-sultan-2025',
    site: 'mers-sultan',
    kind: 'report',
    reference: 'RA-MSU-2025',
    date: '2026-02-23',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة مرس السلطان برسم سنة 2025',
      fr: "Rapport d'activité 2025 de l'arrondissement de Mers Sultan",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2025: الأنشطة الثقافية بحي الأحباس، وصيانة الطرق والإنارة، والتجهيزات الرياضية للقرب، والخدمات الإدارية.',
      fr: "Bilan de l'arrondissement en 2025 : activités culturelles aux Habous, entretien de la voirie et de l'éclairage, équipements sportifs de proximité, services administratifs.",
    },
    lines: [
      "Rapport d'activité 2025 - Arrondissement de Mers Sultan",
      'Référence : RA-MSU-2025 - Date : 23/02/2026',
      'Activités culturelles aux Habous, voirie, éclairage.',
      'Équipements sportifs de proximité, services administratifs.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-restructuration-ben-msick',
    site: 'ben-msick',
    kind: 'restructuring-plan',
    reference: 'PR-BMS-2021',
    date: '2021-09-27',
    title: {
      ar: 'تصميم إعادة الهيكلة لمقاطعة ابن مسيك: مذكرة تركيبية',
      fr: "Plan de restructuration de l'arrondissement de Ben M'Sick : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم إعادة هيكلة الأنسجة السكنية القديمة بمقاطعة ابن مسيك: فتح الطرق وتوسيعها، وإحداث التجهيزات الجماعية، وتحسين الشبكات، ومحيط القطب الجامعي. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan de restructuration des tissus d'habitat anciens de Ben M'Sick : ouverture et élargissement des voies, équipements collectifs, amélioration des réseaux, abords du pôle universitaire. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan de restructuration de l'arrondissement de Ben M'Sick",
      'Note de synthèse - Référence : PR-BMS-2021 - Date : 27/09/2021',
      'Ouverture et élargissement des voies, réseaux.',
      'Équipements collectifs, abords du pôle universitaire.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
]
