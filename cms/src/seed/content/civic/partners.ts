import type { PartnerSeed } from './types.ts'

/** Where we are not sure of an operator's own site, the commune's portal stands in. */
const portal = 'https://casablancacity.ma'

/**
 * Companies and public bodies that run services for the Commune of Casablanca. Only
 * operators whose role is well established; contract dates only where sure.
 */
export const partners: PartnerSeed[] = [
  {
    slug: 'casa-transports',
    kind: 'local-development-company',
    name: { ar: 'شركة الدار البيضاء للنقل (كازا ترانسبور)', fr: 'Casa Transports' },
    runs: {
      ar: 'شركة للتنمية المحلية أحدثت سنة 2009، تضطلع بدور صاحب المشروع في شبكة النقل العمومي في مسار خاص (الترامواي والحافلات ذات المستوى العالي من الخدمة)، وتتبع عقود الاستغلال، ومنها عقد الحافلات لحساب مؤسسة التعاون بين الجماعات «البيضاء».',
      fr: "Société de développement local créée en 2009, maître d'ouvrage du réseau de transport en site propre (tramway et busway) ; elle pilote les contrats d'exploitation, dont le suivi du contrat des bus pour le compte de l'ECI Al Baida.",
    },
    url: 'https://www.casatransport.ma',
    initials: 'CT',
    color: '#c8102e',
  },
  {
    slug: 'casa-amenagement',
    kind: 'local-development-company',
    name: { ar: 'شركة الدار البيضاء للتهيئة', fr: 'Casa Aménagement' },
    runs: {
      ar: 'شركة للتنمية المحلية تنجز مشاريع كبرى للتهيئة الحضرية والتجهيزات العمومية لحساب الجماعة وشركائها: الطرق، والفضاءات العمومية، ومناطق الأنشطة الاقتصادية.',
      fr: "Société de développement local qui réalise de grands projets d'aménagement urbain et d'équipements publics pour la commune et ses partenaires : voirie, espaces publics, zones d'activités économiques.",
    },
    url: portal,
    initials: 'CA',
    color: '#1f6f8b',
  },
  {
    slug: 'casa-baia',
    kind: 'local-development-company',
    name: { ar: 'شركة كازا بايا', fr: 'Casa Baia' },
    runs: {
      ar: 'شركة للتنمية المحلية تابعة للجماعة، تنجز دراسات وتواكب مشاريع ومرافق عمومية، ومنها التحضير للتدبير المفوض المقبل لخدمات النظافة.',
      fr: "Société de développement local de la commune chargée d'études et de l'accompagnement de projets et de services publics, dont la préparation de la future gestion déléguée de la propreté.",
    },
    url: portal,
    initials: 'CB',
    color: '#6a4c93',
  },
  {
    slug: 'alsa-al-baida',
    kind: 'delegated-management',
    name: { ar: 'ألزا البيضاء (كازا بيس)', fr: 'Alsa Al Baida (Casabus)' },
    runs: {
      ar: 'المفوض له بتدبير النقل الحضري بواسطة الحافلات منذ فاتح نونبر 2019 بتراب الجماعات الأعضاء في مؤسسة التعاون بين الجماعات «البيضاء»، تحت اسم «كازا بيس».',
      fr: "Délégataire du transport urbain par autobus depuis le 1er novembre 2019 sur le territoire des communes membres de l'ECI Al Baida, sous la marque Casabus.",
    },
    url: 'https://casabus.ma',
    initials: 'AB',
    color: '#e4572e',
  },
  {
    slug: 'ratp-dev-casablanca',
    kind: 'delegated-management',
    name: { ar: 'راتب ديف الدار البيضاء (كازا ترامواي)', fr: 'RATP Dev Casablanca (Casatramway)' },
    runs: {
      ar: 'تتولى استغلال وصيانة خطوط الترامواي والحافلات ذات المستوى العالي من الخدمة بموجب عقد مبرم مع شركة الدار البيضاء للنقل.',
      fr: "Exploitation et maintenance des lignes de tramway et de busway, dans le cadre d'un contrat conclu avec Casa Transports.",
    },
    url: 'https://www.casatramway.ma',
    initials: 'RD',
    color: '#00a19a',
  },
  {
    slug: 'srm-casablanca-settat',
    kind: 'public-operator',
    name: {
      ar: 'الشركة الجهوية متعددة الخدمات الدار البيضاء-سطات',
      fr: 'Société régionale multiservices Casablanca-Settat (SRM-CS)',
    },
    runs: {
      ar: 'تتولى منذ فاتح أكتوبر 2024 توزيع الماء الصالح للشرب والكهرباء وخدمة التطهير السائل بجهة الدار البيضاء-سطات، خلفا للمفوض له السابق بالدار البيضاء، كما تتكفل بالإنارة العمومية.',
      fr: "Depuis le 1er octobre 2024, distribution de l'eau potable et de l'électricité et assainissement liquide dans la région Casablanca-Settat, à la suite de l'ancien délégataire de Casablanca ; elle assure aussi l'éclairage public.",
    },
    url: portal,
    initials: 'SRM',
    color: '#0077b6',
  },
  {
    slug: 'eci-al-baida',
    kind: 'public-operator',
    name: {
      ar: 'مؤسسة التعاون بين الجماعات «البيضاء»',
      fr: 'Établissement de coopération intercommunale Al Baida',
    },
    runs: {
      ar: 'تجمع جماعة الدار البيضاء والجماعات المجاورة لتدبير مرافق مشتركة، وفي مقدمتها النقل الحضري بواسطة الحافلات، وهي السلطة المفوضة في عقد الحافلات.',
      fr: "Regroupe la Commune de Casablanca et les communes voisines pour gérer des services communs, au premier rang desquels le transport urbain par autobus, dont elle est l'autorité délégante.",
    },
    url: portal,
    initials: 'ECI',
    color: '#2a9d8f',
  },
  {
    slug: 'agence-urbaine-casablanca',
    kind: 'public-operator',
    name: { ar: 'الوكالة الحضرية للدار البيضاء', fr: 'Agence urbaine de Casablanca' },
    runs: {
      ar: 'تعد وثائق التعمير (تصاميم التهيئة)، وتسلم مذكرات المعلومات التعميرية، وتبدي رأيها في طلبات رخص البناء والتجزئة داخل الشباك الوحيد.',
      fr: "Élabore les documents d'urbanisme (plans d'aménagement), délivre les notes de renseignements et donne son avis sur les demandes de permis de construire et de lotir au sein du guichet unique.",
    },
    url: portal,
    initials: 'AUC',
    color: '#8d6e2f',
  },
]
