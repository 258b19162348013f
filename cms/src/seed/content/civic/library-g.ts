import type { LibraryDocSeed } from './types.ts'

/** Arrondissements (4/4): Hay Mohammadi, Roches Noires, Sidi Bernoussi, Sidi Moumen. */
export const docsG: LibraryDocSeed[] = [
  {
    slug: 'plan-restructuration-hay-mohammadi',
    site: 'hay-mohammadi',
    kind: 'restructuring-plan',
    reference: 'PR-HMD-2022',
    date: '2022-03-21',
    title: {
      ar: 'تصميم إعادة الهيكلة لمقاطعة الحي المحمدي: مذكرة تركيبية',
      fr: "Plan de restructuration de l'arrondissement de Hay Mohammadi : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم إعادة الهيكلة بمقاطعة الحي المحمدي: تحسين الأنسجة السكنية القديمة، وصون العمارات التاريخية لكاريان سنطرال، وإحداث تجهيزات ثقافية واجتماعية للقرب. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan de restructuration de Hay Mohammadi : amélioration des tissus d'habitat anciens, sauvegarde des immeubles historiques des Carrières Centrales, équipements culturels et sociaux de proximité. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan de restructuration de l'arrondissement de Hay Mohammadi",
      'Note de synthèse - Référence : PR-HMD-2022 - Date : 21/03/2022',
      "Tissus d'habitat anciens, immeubles des Carrières Centrales.",
      'Équipements culturels et sociaux de proximité.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-roches-noires',
    site: 'roches-noires',
    kind: 'development-plan',
    reference: 'PA-RNO-2020',
    date: '2020-10-12',
    title: {
      ar: 'تصميم التهيئة لمقاطعة الصخور السوداء: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement des Roches Noires : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة الصخور السوداء: العلاقة بين الأحياء السكنية ومحيط الميناء، وتهيئة الواجهة البحرية، وإعادة توظيف المواقع الصناعية القديمة. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement des Roches Noires : interface entre quartiers résidentiels et abords du port, aménagement du front de mer, reconversion d'anciens sites industriels. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement des Roches Noires",
      'Note de synthèse - Référence : PA-RNO-2020 - Date : 12/10/2020',
      'Quartiers résidentiels et abords du port, front de mer.',
      'Reconversion des anciens sites industriels.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-sidi-bernoussi',
    site: 'sidi-bernoussi',
    kind: 'development-plan',
    reference: 'PA-SBR-2021',
    date: '2021-06-14',
    title: {
      ar: 'تصميم التهيئة لمقاطعة سيدي البرنوصي: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Sidi Bernoussi : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة سيدي البرنوصي: تنظيم المنطقة الصناعية وولوجياتها، وتأطير نمو الأحياء السكنية، وتوزيع التجهيزات العمومية والمساحات الخضراء. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Sidi Bernoussi : organisation de la zone industrielle et de ses accès, encadrement de la croissance résidentielle, répartition des équipements publics et des espaces verts. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Sidi Bernoussi",
      'Note de synthèse - Référence : PA-SBR-2021 - Date : 14/06/2021',
      'Zone industrielle et accès, croissance résidentielle.',
      'Équipements publics et espaces verts.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-sidi-bernoussi-2025',
    site: 'sidi-bernoussi',
    kind: 'report',
    reference: 'RA-SBR-2025',
    date: '2026-03-30',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة سيدي البرنوصي برسم سنة 2025',
      fr: "Rapport d'activité 2025 de l'arrondissement de Sidi Bernoussi",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2025: صيانة الطرق والإنارة، والمساحات الخضراء، والتجهيزات الرياضية والثقافية للقرب، والخدمات الإدارية.',
      fr: "Bilan de l'arrondissement en 2025 : entretien de la voirie et de l'éclairage, espaces verts, équipements sportifs et culturels de proximité, services administratifs.",
    },
    lines: [
      "Rapport d'activité 2025 - Arrondissement de Sidi Bernoussi",
      'Référence : RA-SBR-2025 - Date : 30/03/2026',
      'Voirie, éclairage, espaces verts.',
      'Équipements de proximité, services administratifs.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-restructuration-sidi-moumen',
    site: 'sidi-moumen',
    kind: 'restructuring-plan',
    reference: 'PR-SMO-2022',
    date: '2022-11-07',
    title: {
      ar: 'تصميم إعادة الهيكلة لمقاطعة سيدي مومن: مذكرة تركيبية',
      fr: "Plan de restructuration de l'arrondissement de Sidi Moumen : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم إعادة الهيكلة بمقاطعة سيدي مومن: مواكبة برامج القضاء على السكن غير اللائق، وهيكلة الأحياء الجديدة، وإحداث التجهيزات العمومية، ومحيط محطة الترامواي. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan de restructuration de Sidi Moumen : accompagnement des programmes de résorption de l'habitat insalubre, structuration des nouveaux quartiers, équipements publics, abords du terminus du tramway. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan de restructuration de l'arrondissement de Sidi Moumen",
      'Note de synthèse - Référence : PR-SMO-2022 - Date : 07/11/2022',
      "Résorption de l'habitat insalubre, nouveaux quartiers.",
      'Équipements publics, abords du terminus du tramway.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
]
