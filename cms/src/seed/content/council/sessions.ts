import type { Loc } from '../types.ts'

/** Where the councils sit: the seed names the site in `{name}`. */
export const councilPlace: Loc = {
  ar: 'قاعة الاجتماعات بمقر {name}',
  fr: 'Salle des délibérations, siège de {name}',
}

/** Agenda items the seed draws from, per kind of session. */
export const ordinaryAgenda: Loc[] = [
  {
    ar: 'الدراسة والتصويت على مشروع ميزانية السنة المقبلة.',
    fr: 'Examen et vote du projet de budget de l’exercice suivant.',
  },
  {
    ar: 'الدراسة والتصويت على برمجة الفائض الحقيقي للميزانية.',
    fr: 'Examen et vote de la programmation de l’excédent budgétaire.',
  },
  {
    ar: 'الدراسة والتصويت على اتفاقية شراكة لتأهيل الفضاءات الخضراء.',
    fr: 'Examen et vote d’une convention de partenariat pour la réhabilitation des espaces verts.',
  },
  {
    ar: 'الدراسة والتصويت على تسمية أزقة وساحات عمومية.',
    fr: 'Examen et vote de la dénomination de rues et de places publiques.',
  },
  {
    ar: 'الدراسة والتصويت على برنامج تأهيل المرافق الرياضية للقرب.',
    fr: 'Examen et vote du programme de mise à niveau des terrains de sport de proximité.',
  },
  {
    ar: 'تقديم حصيلة أنشطة المقاطعة خلال الفترة الفاصلة بين الدورتين.',
    fr: 'Présentation du bilan d’activité de l’arrondissement entre les deux sessions.',
  },
  {
    ar: 'الدراسة والتصويت على اتفاقية دعم الجمعيات الثقافية.',
    fr: 'Examen et vote d’une convention de soutien aux associations culturelles.',
  },
]

export const extraordinaryAgenda: Loc[] = [
  {
    ar: 'الدراسة والتصويت على اتفاقية إحداث مركز سوسيو-رياضي للقرب.',
    fr: 'Examen et vote d’une convention pour la création d’un centre socio-sportif de proximité.',
  },
  {
    ar: 'الدراسة والتصويت على تحويل اعتمادات داخل الميزانية.',
    fr: 'Examen et vote d’un virement de crédits à l’intérieur du budget.',
  },
  {
    ar: 'الدراسة والتصويت على برنامج العملية الرمضانية للتضامن.',
    fr: 'Examen et vote du programme de l’opération de solidarité du Ramadan.',
  },
]
