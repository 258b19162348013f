import type { LibraryDocSeed } from './types.ts'

/** Arrondissements (3/4): Sbata, Moulay Rachid, Sidi Othmane, Aïn Sebaâ. */
export const docsF: LibraryDocSeed[] = [
  {
    slug: 'plan-amenagement-sbata',
    site: 'sbata',
    kind: 'development-plan',
    reference: 'PA-SBT-2019',
    date: '2019-10-14',
    title: {
      ar: 'تصميم التهيئة لمقاطعة سباتة: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Sbata : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة سباتة: تأهيل الأحياء السكنية الكثيفة، وتنظيم أسواق القرب، وإحداث تجهيزات تعليمية ورياضية ومساحات خضراء. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Sbata : requalification des quartiers résidentiels denses, organisation des marchés de proximité, équipements scolaires et sportifs, espaces verts. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Sbata",
      'Note de synthèse - Référence : PA-SBT-2019 - Date : 14/10/2019',
      'Quartiers résidentiels denses, marchés de proximité.',
      'Équipements scolaires et sportifs, espaces verts.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-moulay-rachid',
    site: 'moulay-rachid',
    kind: 'development-plan',
    reference: 'PA-MRC-2021',
    date: '2021-01-25',
    title: {
      ar: 'تصميم التهيئة لمقاطعة مولاي رشيد: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Moulay Rachid : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة مولاي رشيد: هيكلة التجمعات السكنية الحديثة، وتوزيع المرافق العمومية للقرب، وشبكة الطرق، والمساحات الخضراء والرياضية. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Moulay Rachid : structuration des ensembles d'habitat récents, répartition des équipements publics de proximité, voirie, espaces verts et sportifs. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Moulay Rachid",
      'Note de synthèse - Référence : PA-MRC-2021 - Date : 25/01/2021',
      "Ensembles d'habitat récents, équipements de proximité.",
      'Voirie, espaces verts et sportifs.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-moulay-rachid-2024',
    site: 'moulay-rachid',
    kind: 'report',
    reference: 'RA-MRC-2024',
    date: '2025-03-31',
    title: {
      ar: 'التقرير السنوي لأنشطة مقاطعة مولاي رشيد برسم سنة 2024',
      fr: "Rapport d'activité 2024 de l'arrondissement de Moulay Rachid",
    },
    summary: {
      ar: 'حصيلة أنشطة المقاطعة خلال سنة 2024: تجهيزات القرب الاجتماعية والرياضية، وصيانة الطرق والإنارة والمساحات الخضراء، والأنشطة الموجهة للشباب، والخدمات الإدارية.',
      fr: "Bilan de l'arrondissement en 2024 : équipements sociaux et sportifs de proximité, entretien de la voirie, de l'éclairage et des espaces verts, activités pour les jeunes et services administratifs.",
    },
    lines: [
      "Rapport d'activité 2024 - Arrondissement de Moulay Rachid",
      'Référence : RA-MRC-2024 - Date : 31/03/2025',
      'Équipements sociaux et sportifs, voirie, éclairage, espaces verts.',
      'Activités pour les jeunes, services administratifs.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-sidi-othmane',
    site: 'sidi-othmane',
    kind: 'development-plan',
    reference: 'PA-SOT-2019',
    date: '2019-12-02',
    title: {
      ar: 'تصميم التهيئة لمقاطعة سيدي عثمان: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement de Sidi Othmane : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة سيدي عثمان: تأهيل المحاور التجارية، وتحسين الولوج إلى المرافق الاجتماعية، وإحداث فضاءات خضراء ورياضية للقرب. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement de Sidi Othmane : requalification des artères commerçantes, accès aux équipements sociaux, espaces verts et sportifs de proximité. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement de Sidi Othmane",
      'Note de synthèse - Référence : PA-SOT-2019 - Date : 02/12/2019',
      'Artères commerçantes, équipements sociaux.',
      'Espaces verts et sportifs de proximité.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'plan-amenagement-ain-sebaa',
    site: 'ain-sebaa',
    kind: 'development-plan',
    reference: 'PA-ASB-2020',
    date: '2020-07-06',
    title: {
      ar: 'تصميم التهيئة لمقاطعة عين السبع: مذكرة تركيبية',
      fr: "Plan d'aménagement de l'arrondissement d'Aïn Sebaâ : note de synthèse",
    },
    summary: {
      ar: 'مذكرة تركيبية لتصميم التهيئة بمقاطعة عين السبع: تحديث المنطقة الصناعية القديمة، وتهيئة الشريط الساحلي، ومحيط حديقة الحيوانات، والتجهيزات السكنية والعمومية. يبقى التصميم المصادق عليه وحده ذا حجية.',
      fr: "Note de synthèse du plan d'aménagement d'Aïn Sebaâ : modernisation de l'ancienne zone industrielle, aménagement du littoral, abords du jardin zoologique, habitat et équipements publics. Seul le plan approuvé fait foi.",
    },
    lines: [
      "Plan d'aménagement de l'arrondissement d'Aïn Sebaâ",
      'Note de synthèse - Référence : PA-ASB-2020 - Date : 06/07/2020',
      'Ancienne zone industrielle, littoral, abords du zoo.',
      'Habitat et équipements publics.',
      'Seul le plan approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
]
