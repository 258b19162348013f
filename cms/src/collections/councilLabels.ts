import type {
  CouncilRole,
  DecisionTopic,
  sessionKinds,
  sessionStatuses,
  voteResults,
} from '@bawaba/schemas'
import { label, type AdminLabel } from '../fields/labels.ts'

/** Admin labels of the council's choices (the sites have their own i18n table). */
export const councilRoleLabels: Record<CouncilRole, AdminLabel> = {
  president: label('الرئيس', 'Président', 'President'),
  'vice-president': label('نائب الرئيس', 'Vice-président', 'Vice-president'),
  secretary: label('كاتب المجلس', 'Secrétaire du conseil', 'Secretary'),
  rapporteur: label('مقرر الميزانية', 'Rapporteur du budget', 'Budget rapporteur'),
  member: label('عضو', 'Membre', 'Member'),
}

export const sessionKindLabels: Record<(typeof sessionKinds)[number], AdminLabel> = {
  ordinary: label('دورة عادية', 'Session ordinaire', 'Ordinary session'),
  extraordinary: label('دورة استثنائية', 'Session extraordinaire', 'Extraordinary session'),
}

export const sessionStatusLabels: Record<(typeof sessionStatuses)[number], AdminLabel> = {
  announced: label('مُعلن عنها', 'Annoncée', 'Announced'),
  held: label('منعقدة', 'Tenue', 'Held'),
}

export const voteResultLabels: Record<(typeof voteResults)[number], AdminLabel> = {
  adopted: label('مصادق عليه', 'Adoptée', 'Adopted'),
  rejected: label('مرفوض', 'Rejetée', 'Rejected'),
}

export const decisionTopicLabels: Record<DecisionTopic, AdminLabel> = {
  budget: label('الميزانية والمالية', 'Budget et finances', 'Budget and finance'),
  urbanism: label('التعمير', 'Urbanisme', 'Urban planning'),
  social: label('الشأن الاجتماعي', 'Action sociale', 'Social affairs'),
  culture: label('الثقافة والرياضة', 'Culture et sport', 'Culture and sport'),
  environment: label('البيئة', 'Environnement', 'Environment'),
  mobility: label('التنقل', 'Mobilité', 'Mobility'),
  administration: label('التسيير الإداري', 'Administration', 'Administration'),
  partnerships: label('الشراكات', 'Partenariats', 'Partnerships'),
}

/** The admin group of the council's collections. */
export const councilGroup = label('المجلس', 'Conseil', 'Council')
