import type { LibraryDocSeed } from './types.ts'

/** Arrondissements (1/4): Anfa, Maârif, Sidi Belyout, Aïn Chock. */
export const docsD: LibraryDocSeed[] = [
  {
    slug: 'plan-amenagement-anfa',
    site: 'anfa',
    kind: 'development-plan',
    reference: 'PA-ANF-2019',
    date: '2019-03-14',
    title: {
      ar: 'تصميم التهيئة لمقاطعة أنفا: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement d'Anfa : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة الذي يغطي تراب المقاطعة: الحفاظ على الطابع السكني لهضبة أنفا، وتهيئة الواجهة البحرية لعين الذئاب، والتجهيزات العمومية والمساحات الخضراء. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement couvrant l'arrondissement : préservation du caractère résidentiel de la colline d'Anfa, aménagement du front de mer d'Aïn Diab, équipements publics et espaces verts. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement d'Anfa",
      'Note de synthèse - Référence : PA-ANF-2019 - Date : 14/03/2019',
      "Colline d'Anfa : caractère résidentiel préservé.",
      "Front de mer d'Aïn Diab, équipements publics, espaces verts.",
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-anfa-2025',
    site: 'anfa',
    kind: 'report',
    reference: 'RA-ANF-2025',
    date: '2026-03-09',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة أنفا برسم سنة 2025',
      fr: "Rapport d'activité 2025 de l'arrondissement d'Anfa",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2025: صيانة المساحات الخضراء والتجهيزات الرياضية للقرب، والأنشطة الثقافية والاجتماعية، وخدمات الحالة المدنية وتصحيح الإمضاءات.',
      fr: "Bilan de l'arrondissement en 2025 : entretien des espaces verts et des équipements sportifs de proximité, activités culturelles et sociales, services d'état civil et de légalisation.",
    },
    lines: [
      "Rapport d'activité 2025 - Arrondissement d'Anfa",
      'Référence : RA-ANF-2025 - Date : 09/03/2026',
      'Espaces verts, équipements sportifs de proximité.',
      'Activités culturelles et sociales, état civil, légalisation.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-maarif',
    site: 'maarif',
    kind: 'development-plan',
    reference: 'PA-MAA-2018',
    date: '2018-11-26',
    title: {
      ar: 'تصميم التهيئة لمقاطعة المعاريف: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Maârif : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة المعاريف: تنظيم الأنشطة التجارية والخدماتية، والسير والوقوف، وإعادة هيكلة محيط سوق درب غلف، وإحداث مساحات خضراء للقرب. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement du Maârif : organisation des activités commerciales et tertiaires, circulation et stationnement, restructuration des abords du marché de Derb Ghallef, espaces verts de proximité. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Maârif",
      'Note de synthèse - Référence : PA-MAA-2018 - Date : 26/11/2018',
      'Activités commerciales et tertiaires, circulation, stationnement.',
      'Abords du marché de Derb Ghallef, espaces verts de proximité.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-centre-medina',
    site: 'sidi-belyout',
    kind: 'development-plan',
    reference: 'PA-SBY-2017',
    date: '2017-06-19',
    title: {
      ar: 'تصميم التهيئة لوسط المدينة والمدينة القديمة: مذكرة تركيبية',
      fr: "Plan d'aménagement du centre-ville et de l'ancienne médina : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة سيدي بليوط: حماية الرصيد المعماري لوسط المدينة، وإعادة تأهيل المدينة القديمة، وتهيئة الفضاءات العمومية والمحاور المخصصة للراجلين. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Sidi Belyout : protection du patrimoine architectural du centre-ville, réhabilitation de l'ancienne médina, requalification des espaces publics et des axes piétons. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement du centre-ville et de l'ancienne médina",
      'Note de synthèse - Référence : PA-SBY-2017 - Date : 19/06/2017',
      'Protection du patrimoine architectural du centre-ville.',
      "Réhabilitation de l'ancienne médina, espaces publics, axes piétons.",
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-sidi-belyout-2025',
    site: 'sidi-belyout',
    kind: 'report',
    reference: 'RA-SBY-2025',
    date: '2026-03-16',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة سيدي بليوط برسم سنة 2025',
      fr: "Rapport d'activité 2025 de l'arrondissement de Sidi Belyout",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2025: تتبع أشغال تأهيل الفضاءات العمومية بوسط المدينة، والأنشطة الثقافية بالمدينة القديمة، وخدمات القرب الإدارية.',
      fr: "Bilan de l'arrondissement en 2025 : suivi des travaux de requalification des espaces publics du centre-ville, activités culturelles dans l'ancienne médina, services administratifs de proximité.",
    },
    lines: [
      "Rapport d'activité 2025 - Arrondissement de Sidi Belyout",
      'Référence : RA-SBY-2025 - Date : 16/03/2026',
      'Requalification des espaces publics du centre-ville.',
      "Activités culturelles dans l'ancienne médina, services de proximité.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-ain-chock',
    site: 'ain-chock',
    kind: 'development-plan',
    reference: 'PA-ACH-2020',
    date: '2020-02-10',
    title: {
      ar: 'تصميم التهيئة لمقاطعة عين الشق: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement d'Aïn Chock : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة عين الشق: القطب الجامعي، ومناطق الأنشطة الاقتصادية، والأحياء السكنية الجديدة وتجهيزاتها، والربط بشبكة النقل العمومي. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement d'Aïn Chock : pôle universitaire, zones d'activités économiques, nouveaux quartiers résidentiels et leurs équipements, desserte par les transports publics. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement d'Aïn Chock",
      'Note de synthèse - Référence : PA-ACH-2020 - Date : 10/02/2020',
      "Pôle universitaire, zones d'activités économiques.",
      'Nouveaux quartiers résidentiels, équipements, transports publics.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
]
