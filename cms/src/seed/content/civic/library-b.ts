import type { LibraryDocSeed } from './types.ts'

/** Central portal (2/3): activity and budget reports, collections of council decisions. */
export const docsB: LibraryDocSeed[] = [
  {
    slug: 'rapport-activite-2024',
    site: 'casablanca',
    kind: 'report',
    reference: 'RA-CAS-2024',
    date: '2025-04-28',
    title: {
      ar: 'التقرير السنوي لأنشطة جماعة الدار البيضاء برسم سنة 2024',
      fr: "Rapport d'activité 2024 de la Commune de Casablanca",
    },
    summary: {
      ar: 'حصيلة أنشطة الجماعة خلال سنة 2024 حسب القطاعات: الطرق والإنارة العمومية، والمساحات الخضراء، والتجهيزات الثقافية والرياضية، والخدمات الإدارية ورقمنتها، والعلاقة مع المرتفقين.',
      fr: 'Bilan des activités de la Commune en 2024, secteur par secteur : voirie et éclairage public, espaces verts, équipements culturels et sportifs, services administratifs et leur numérisation, relation avec les usagers.',
    },
    lines: [
      "Rapport d'activité 2024 - Commune de Casablanca",
      'Référence : RA-CAS-2024 - Date : 28/04/2025',
      'Voirie, éclairage public, espaces verts.',
      'Équipements culturels et sportifs.',
      'Services administratifs, numérisation, relation usagers.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'rapport-activite-2025',
    site: 'casablanca',
    kind: 'report',
    reference: 'RA-CAS-2025',
    date: '2026-04-27',
    title: {
      ar: 'التقرير السنوي لأنشطة جماعة الدار البيضاء برسم سنة 2025',
      fr: "Rapport d'activité 2025 de la Commune de Casablanca",
    },
    summary: {
      ar: 'حصيلة أنشطة الجماعة خلال سنة 2025: تقدم المشاريع المبرمجة في برنامج عمل الجماعة، وتأهيل الفضاءات العمومية، وتحسين الاستقبال في المكاتب الإدارية، وتطوير الخدمات الرقمية.',
      fr: "Bilan des activités de la Commune en 2025 : avancement des projets du programme d'action de la commune, requalification des espaces publics, amélioration de l'accueil dans les bureaux administratifs et développement des services en ligne.",
    },
    lines: [
      "Rapport d'activité 2025 - Commune de Casablanca",
      'Référence : RA-CAS-2025 - Date : 27/04/2026',
      "Avancement du programme d'action de la commune.",
      'Espaces publics, accueil des usagers, services en ligne.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'execution-budget-2024',
    site: 'casablanca',
    kind: 'report',
    reference: 'REB-CAS-2024',
    date: '2025-06-16',
    title: {
      ar: 'تقرير حول تنفيذ ميزانية الجماعة برسم سنة 2024',
      fr: "Rapport sur l'exécution du budget de la Commune - exercice 2024",
    },
    summary: {
      ar: 'عرض للمداخيل والنفقات المنجزة مقارنة بالتوقعات، بالنسبة لجزأي التسيير والتجهيز، مع تحليل لتطور الموارد الذاتية للجماعة ولنسب إنجاز مشاريع الاستثمار.',
      fr: "Présentation des recettes et des dépenses réalisées au regard des prévisions, pour les sections de fonctionnement et d'équipement, avec l'évolution des ressources propres de la Commune et les taux de réalisation des projets d'investissement.",
    },
    lines: [
      "Rapport sur l'exécution du budget - exercice 2024",
      'Référence : REB-CAS-2024 - Date : 16/06/2025',
      'Recettes et dépenses réalisées au regard des prévisions.',
      "Sections de fonctionnement et d'équipement.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'execution-budget-2025',
    site: 'casablanca',
    kind: 'report',
    reference: 'REB-CAS-2025',
    date: '2026-06-15',
    title: {
      ar: 'تقرير حول تنفيذ ميزانية الجماعة برسم سنة 2025',
      fr: "Rapport sur l'exécution du budget de la Commune - exercice 2025",
    },
    summary: {
      ar: 'عرض للمداخيل والنفقات المنجزة برسم سنة 2025 مقارنة بالتوقعات، مع بيان الاعتمادات المرحلة ونسب إنجاز مشاريع الاستثمار حسب القطاعات.',
      fr: "Recettes et dépenses réalisées en 2025 au regard des prévisions, crédits reportés et taux de réalisation des projets d'investissement par secteur.",
    },
    lines: [
      "Rapport sur l'exécution du budget - exercice 2025",
      'Référence : REB-CAS-2025 - Date : 15/06/2026',
      'Recettes et dépenses réalisées, crédits reportés.',
      "Taux de réalisation des projets d'investissement.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'recueil-deliberations-2024',
    site: 'casablanca',
    kind: 'council-decision',
    reference: 'RD-CAS-2024',
    date: '2025-01-20',
    title: {
      ar: 'مجموعة مقررات مجلس جماعة الدار البيضاء لسنة 2024',
      fr: 'Recueil des délibérations du Conseil de la Commune de Casablanca - 2024',
    },
    summary: {
      ar: 'المقررات التي صادق عليها المجلس خلال دوراته العادية لشهور فبراير وماي وأكتوبر 2024 ودوراته الاستثنائية، مرتبة حسب الدورات والمواضيع.',
      fr: 'Les délibérations adoptées par le Conseil lors de ses sessions ordinaires de février, mai et octobre 2024 et de ses sessions extraordinaires, classées par session et par thème.',
    },
    lines: [
      'Recueil des délibérations du Conseil - année 2024',
      'Référence : RD-CAS-2024 - Date : 20/01/2025',
      'Sessions ordinaires de février, mai et octobre 2024.',
      'Sessions extraordinaires.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'recueil-deliberations-2025',
    site: 'casablanca',
    kind: 'council-decision',
    reference: 'RD-CAS-2025',
    date: '2026-01-19',
    title: {
      ar: 'مجموعة مقررات مجلس جماعة الدار البيضاء لسنة 2025',
      fr: 'Recueil des délibérations du Conseil de la Commune de Casablanca - 2025',
    },
    summary: {
      ar: 'المقررات التي صادق عليها المجلس خلال دوراته العادية والاستثنائية لسنة 2025، ومنها مقررات الميزانية والاتفاقيات والتدبير المفوض.',
      fr: 'Les délibérations adoptées par le Conseil lors de ses sessions ordinaires et extraordinaires de 2025, dont celles portant sur le budget, les conventions et la gestion déléguée.',
    },
    lines: [
      'Recueil des délibérations du Conseil - année 2025',
      'Référence : RD-CAS-2025 - Date : 19/01/2026',
      'Budget, conventions, gestion déléguée.',
      'Sessions ordinaires et extraordinaires.',
      'Document de démonstration - Bawaba',
    ],
  },
]
