import type {
  AlertSeverity,
  BawabaForm,
  HeritageCategory,
  LibraryKind,
  OfficeKind,
  PartnerKind,
  ProcedureTheme,
} from '@bawaba/schemas'
import { label, type AdminLabel } from '../fields/labels.ts'

/** Admin labels of the civic collections' choices (the sites have their own i18n table). */

export const heritageGroup = label(
  'التراث والتاريخ',
  'Patrimoine et histoire',
  'Heritage & history',
)
export const servicesGroup = label('الخدمات والمرافق', 'Services et guichets', 'Services & offices')
export const communeGroup = label('الجماعة', 'Commune', 'Commune')

export const heritageCategoryLabels: Record<HeritageCategory, AdminLabel> = {
  monument: label('معلمة', 'Monument', 'Monument'),
  religious: label('بناية دينية', 'Édifice religieux', 'Religious building'),
  'art-deco': label(
    'عمارة آرت ديكو وحديثة',
    'Architecture Art déco et moderne',
    'Art Deco & modern architecture',
  ),
  museum: label('متحف', 'Musée', 'Museum'),
  market: label('سوق', 'Marché', 'Market'),
  park: label('حديقة', 'Parc et jardin', 'Park'),
  seafront: label('واجهة بحرية', 'Front de mer', 'Seafront'),
  square: label('ساحة', 'Place', 'Square'),
}

export const libraryKindLabels: Record<LibraryKind, AdminLabel> = {
  'development-plan': label('تصميم التهيئة', "Plan d'aménagement", 'Development plan'),
  'master-plan': label(
    'المخطط المديري للتهيئة العمرانية',
    "Schéma directeur d'aménagement urbain",
    'Master plan',
  ),
  'restructuring-plan': label(
    'تصميم النمو أو إعادة الهيكلة',
    'Plan de croissance ou de restructuration',
    'Growth or restructuring plan',
  ),
  'legal-text': label(
    'نص قانوني أو تنظيمي',
    'Texte juridique ou réglementaire',
    'Legal or regulatory text',
  ),
  'council-decision': label('مقرر المجلس', 'Délibération du conseil', 'Council decision'),
  report: label('تقرير', 'Rapport', 'Report'),
  form: label('مطبوع', 'Formulaire à imprimer', 'Form to print'),
}

export const officeKindLabels: Record<OfficeKind, AdminLabel> = {
  'district-hq': label('مقر المقاطعة', "Siège de l'arrondissement", 'District headquarters'),
  annex: label('ملحقة إدارية', 'Annexe administrative', 'Administrative annex'),
  'civil-status': label('مكتب الحالة المدنية', "Bureau d'état civil", 'Civil-status office'),
  legalisation: label('مكتب تصحيح الإمضاء', 'Bureau de légalisation', 'Legalisation desk'),
  'one-stop': label('الشباك الوحيد', 'Guichet unique', 'One-stop desk'),
}

export const procedureThemeLabels: Record<ProcedureTheme, AdminLabel> = {
  'civil-status': label('الحالة المدنية', 'État civil', 'Civil status'),
  legalisation: label(
    'تصحيح الإمضاء ومطابقة النسخ',
    'Légalisation et copies conformes',
    'Legalisation',
  ),
  urbanism: label('التعمير والبناء', 'Urbanisme et construction', 'Urbanism & building'),
  business: label('الأنشطة الاقتصادية', 'Activités économiques', 'Business'),
  'public-space': label('الملك العمومي', 'Domaine public', 'Public space'),
  'local-taxes': label('الجبايات المحلية', 'Fiscalité locale', 'Local taxes'),
  social: label('الشؤون الاجتماعية', 'Affaires sociales', 'Social affairs'),
  'citizen-relations': label(
    'العلاقة مع المرتفقين',
    'Relations avec les usagers',
    'Citizen relations',
  ),
}

export const bawabaFormLabels: Record<BawabaForm, AdminLabel> = {
  complaint: label('شكاية', 'Réclamation', 'Complaint'),
  correspondence: label('مراسلة مكتب الضبط', "Courrier au bureau d'ordre", 'Correspondence'),
  'urbanism-info': label(
    'مذكرة المعلومات التعميرية',
    'Note de renseignements urbanistiques',
    'Urban-planning information',
  ),
  'access-to-info': label(
    'طلب الحصول على المعلومات',
    "Demande d'accès à l'information",
    'Access-to-information request',
  ),
}

export const partnerKindLabels: Record<PartnerKind, AdminLabel> = {
  'local-development-company': label(
    'شركة التنمية المحلية',
    'Société de développement local',
    'Local development company',
  ),
  'delegated-management': label(
    'مفوض له تدبير مرفق عمومي',
    'Gestion déléguée',
    'Delegated management',
  ),
  'public-operator': label('مؤسسة عمومية', 'Opérateur public', 'Public operator'),
}

export const alertSeverityLabels: Record<AlertSeverity, AdminLabel> = {
  info: label('إخبار', 'Information', 'Information'),
  warning: label('تنبيه', 'Avertissement', 'Warning'),
  critical: label('إنذار عاجل', 'Alerte urgente', 'Critical'),
}

export const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, AdminLabel>) =>
  values.map((value) => ({ value, label: labels[value] }))
