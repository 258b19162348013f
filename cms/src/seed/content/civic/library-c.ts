import type { LibraryDocSeed } from './types.ts'

/** Central portal (3/3): forms to print. */
export const docsC: LibraryDocSeed[] = [
  {
    slug: 'formulaire-legalisation-signature',
    site: 'casablanca',
    kind: 'form',
    reference: 'F-LEG-01',
    date: '2024-09-02',
    title: {
      ar: 'مطبوع طلب تصحيح الإمضاء',
      fr: 'Formulaire de demande de légalisation de signature',
    },
    summary: {
      ar: 'مطبوع يملأ قبل التوجه إلى مكتب تصحيح الإمضاءات بالمقاطعة. يحضر المعني بالأمر شخصيا، مدليا ببطاقته الوطنية للتعريف الإلكترونية والوثيقة المراد تصحيح الإمضاء عليها.',
      fr: "Formulaire à remplir avant de se rendre au bureau de légalisation de l'arrondissement. Le signataire se présente en personne, muni de sa carte nationale d'identité électronique et du document à légaliser.",
    },
    lines: [
      'Demande de légalisation de signature',
      'Formulaire F-LEG-01 - version du 02/09/2024',
      'Nom, prénom, numéro de la CNIE : ..............................',
      'Nature du document à légaliser : ..............................',
      'Présence personnelle du signataire obligatoire.',
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'formulaire-extrait-etat-civil',
    site: 'casablanca',
    kind: 'form',
    reference: 'F-EC-02',
    date: '2024-09-02',
    title: {
      ar: 'مطبوع طلب نسخة أو موجز من رسم الحالة المدنية',
      fr: "Formulaire de demande d'extrait ou de copie intégrale d'acte d'état civil",
    },
    summary: {
      ar: 'مطبوع لطلب موجز أو نسخة كاملة من رسم الولادة أو غيره من رسوم الحالة المدنية، يودع لدى مكتب الحالة المدنية الذي سجل فيه الرسم.',
      fr: "Formulaire de demande d'extrait ou de copie intégrale d'un acte de naissance ou d'un autre acte d'état civil, à déposer au bureau d'état civil où l'acte est inscrit.",
    },
    lines: [
      "Demande d'extrait ou de copie intégrale d'acte d'état civil",
      'Formulaire F-EC-02 - version du 02/09/2024',
      "Nature de l'acte, numéro et année d'inscription : ..................",
      'Nom et prénom du demandeur, lien avec le titulaire : ................',
      "À déposer au bureau d'état civil où l'acte est inscrit.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'formulaire-occupation-domaine-public',
    site: 'casablanca',
    kind: 'form',
    reference: 'F-ODP-03',
    date: '2024-10-07',
    title: {
      ar: 'مطبوع طلب الترخيص بالاحتلال المؤقت للملك العمومي الجماعي',
      fr: "Formulaire de demande d'autorisation d'occupation temporaire du domaine public communal",
    },
    summary: {
      ar: 'مطبوع لطلب الترخيص باحتلال مؤقت للملك العمومي الجماعي، كوضع مقاعد أمام مقهى أو إقامة كشك أو ورش أشغال، مع بيان الموقع والمساحة والمدة المطلوبة.',
      fr: "Formulaire de demande d'autorisation d'occuper temporairement le domaine public communal — terrasse de café, kiosque, emprise de chantier —, avec l'emplacement, la surface et la durée demandés.",
    },
    lines: [
      "Demande d'autorisation d'occupation temporaire du domaine public",
      'Formulaire F-ODP-03 - version du 07/10/2024',
      'Objet : terrasse, kiosque, emprise de chantier, autre : ........',
      'Adresse, surface (m2) et durée demandées : .....................',
      "Joindre un plan de situation et un croquis de l'occupation.",
      'Document de démonstration - Bawaba',
    ],
  },
  {
    slug: 'formulaire-acces-information',
    site: 'casablanca',
    kind: 'form',
    reference: 'F-AI-04',
    date: '2024-10-07',
    title: {
      ar: 'مطبوع طلب الحصول على المعلومات',
      fr: "Formulaire de demande d'accès à l'information",
    },
    summary: {
      ar: 'مطبوع لطلب الحصول على معلومات في حوزة الجماعة طبقا للقانون رقم 31.13، يبين فيه الطالب المعلومات المطلوبة وطريقة التوصل بها، ويودع لدى الشخص المكلف بتلقي الطلبات أو يرسل إليه.',
      fr: "Formulaire de demande d'informations détenues par la Commune, en application de la loi n° 31-13 : le demandeur y précise les informations souhaitées et le mode de réception, puis le dépose ou l'adresse à la personne chargée de recevoir les demandes.",
    },
    lines: [
      "Demande d'accès à l'information (loi 31-13)",
      'Formulaire F-AI-04 - version du 07/10/2024',
      'Informations demandées : .........................................',
      'Mode de réception : sur place, courrier, courrier électronique.',
      'À adresser à la personne chargée des demandes.',
      'Document de démonstration - Bawaba',
    ],
  },
]
