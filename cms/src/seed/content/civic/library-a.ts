import type { LibraryDocSeed } from './types.ts'

/** Central portal (1/3): the master plan and the legal texts the commune works under. */
export const docsA: LibraryDocSeed[] = [
  {
    slug: 'sdau-grand-casablanca',
    site: 'casablanca',
    kind: 'master-plan',
    reference: 'SDAU-GC',
    date: '2019-05-15',
    title: {
      ar: 'المخطط المديري للتهيئة العمرانية للدار البيضاء الكبرى: مذكرة تقديمية',
      fr: "Schéma directeur d'aménagement urbain du Grand Casablanca : note de présentation",
    },
    summary: {
      ar: 'مذكرة تقدم المخطط المديري الذي يحدد على المدى البعيد التوجهات الكبرى لتهيئة الدار البيضاء الكبرى: التوسعات العمرانية، والتجهيزات الكبرى، والنقل الجماعي، ومناطق الأنشطة، وحماية المجالات الطبيعية. وتبقى الوثيقة المصادق عليها وحدها ذات الحجية.',
      fr: "Note présentant le schéma directeur qui fixe à long terme les grandes orientations de l'aménagement du Grand Casablanca : extensions urbaines, grands équipements, transports collectifs, zones d'activités et protection des espaces naturels. Seul le document approuvé fait foi.",
    },
    lines: [
      "Schéma directeur d'aménagement urbain du Grand Casablanca",
      'Note de présentation - Référence : SDAU-GC',
      'Date : 15/05/2019',
      'Orientations à long terme : extensions urbaines, grands équipements,',
      "transports collectifs, zones d'activités, espaces naturels.",
      'Seul le document approuvé fait foi.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'loi-organique-113-14-communes',
    site: 'casablanca',
    kind: 'legal-text',
    reference: 'Dahir n° 1-15-85',
    date: '2015-07-07',
    title: {
      ar: 'القانون التنظيمي رقم 113.14 المتعلق بالجماعات',
      fr: 'Loi organique n° 113-14 relative aux communes',
    },
    summary: {
      ar: 'يحدد القانون التنظيمي الاختصاصات الذاتية والمشتركة والمنقولة للجماعات، وقواعد تنظيم مجالسها وتسييرها ودوراتها، والأحكام الخاصة بالجماعات ذات نظام المقاطعات، وآليات الديمقراطية التشاركية ومنها العرائض.',
      fr: "La loi organique fixe les compétences propres, partagées et transférées des communes, les règles d'organisation et de fonctionnement de leurs conseils et de leurs sessions, les dispositions propres aux communes à arrondissements et les mécanismes de démocratie participative, dont les pétitions.",
    },
    lines: [
      'Loi organique 113-14 relative aux communes',
      'Promulguée par le dahir 1-15-85 du 7 juillet 2015',
      'Compétences propres, partagées et transférées des communes.',
      'Organisation et fonctionnement du conseil communal.',
      'Dispositions particulières aux communes à arrondissements.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'loi-31-13-acces-information',
    site: 'casablanca',
    kind: 'legal-text',
    reference: 'Dahir n° 1-18-15',
    date: '2018-02-22',
    title: {
      ar: 'القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات',
      fr: "Loi n° 31-13 relative au droit d'accès à l'information",
    },
    summary: {
      ar: 'يضمن القانون حق المواطنات والمواطنين في الحصول على المعلومات التي في حوزة الإدارات والمؤسسات العمومية، ويحدد الاستثناءات وإجراءات تقديم الطلبات وآجال الرد وطرق التظلم، ويحدث لجنة الحق في الحصول على المعلومات.',
      fr: "La loi garantit aux citoyennes et aux citoyens l'accès aux informations détenues par les administrations et établissements publics. Elle fixe les exceptions, la procédure de demande, les délais de réponse et les voies de recours, et institue la Commission du droit d'accès à l'information.",
    },
    lines: [
      "Loi 31-13 relative au droit d'accès à l'information",
      'Promulguée par le dahir 1-18-15 du 22 février 2018',
      'Informations concernées et exceptions.',
      'Procédure de demande, délais de réponse et recours.',
      "Commission du droit d'accès à l'information.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'loi-09-08-donnees-personnelles',
    site: 'casablanca',
    kind: 'legal-text',
    reference: 'Dahir n° 1-09-15',
    date: '2023-03-20',
    title: {
      ar: 'القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي',
      fr: "Loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel",
    },
    summary: {
      ar: 'نص القانون الصادر في فبراير 2009، مرفوقا بمذكرة حول تطبيقه في مصالح الجماعة: مبادئ المعالجة المشروعة للمعطيات، وحقوق الأشخاص المعنيين في الإخبار والولوج والتصحيح والتعرض، ودور اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.',
      fr: "Texte de la loi promulguée en février 2009, accompagné d'une note sur son application dans les services de la Commune : principes d'un traitement licite, droits d'information, d'accès, de rectification et d'opposition des personnes concernées, rôle de la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP).",
    },
    lines: [
      'Loi 09-08 relative à la protection des personnes physiques',
      "à l'égard du traitement des données à caractère personnel",
      'Dahir 1-09-15 du 18 février 2009 - note du 20/03/2023',
      "Droits d'information, d'accès, de rectification et d'opposition.",
      'Rôle de la CNDP.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'loi-12-90-urbanisme',
    site: 'casablanca',
    kind: 'legal-text',
    reference: 'Dahir n° 1-92-31',
    date: '2017-01-16',
    title: {
      ar: 'القانون رقم 12.90 المتعلق بالتعمير: نص محين',
      fr: "Loi n° 12-90 relative à l'urbanisme : version consolidée",
    },
    summary: {
      ar: 'نص محين للقانون المتعلق بالتعمير، يدمج التعديلات التي أدخلت عليه، ولا سيما بموجب القانون رقم 66.12. ويحدد وثائق التعمير، من مخطط مديري للتهيئة العمرانية وتصميم التنطيق وتصميم التهيئة، وقواعد رخص البناء والسكن.',
      fr: "Version à jour de la loi relative à l'urbanisme, intégrant ses modifications, notamment celles de la loi n° 66-12. Elle définit les documents d'urbanisme — schéma directeur, plan de zonage, plan d'aménagement — et les règles du permis de construire et du permis d'habiter.",
    },
    lines: [
      "Loi 12-90 relative à l'urbanisme - version consolidée",
      'Dahir 1-92-31 du 17 juin 1992, modifiée notamment par la loi 66-12',
      "Documents d'urbanisme : schéma directeur, plan de zonage,",
      "plan d'aménagement. Permis de construire et permis d'habiter.",
      'Mise à jour : 16/01/2017',
      'Document de démonstration - Bawaba',
    ],
  },
]
