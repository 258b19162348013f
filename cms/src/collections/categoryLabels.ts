import type { eventCategories, newsCategories } from '@bawaba/schemas'
import { label, type AdminLabel } from '../fields/labels.ts'

type Category = (typeof newsCategories)[number] | (typeof eventCategories)[number]

/** Admin labels of the news and event categories (the sites have their own i18n table). */
export const categoryLabels: Record<Category, AdminLabel> = {
  announcement: label('إعلان', 'Annonce', 'Announcement'),
  council: label('المجلس', 'Conseil', 'Council'),
  urbanism: label('التعمير', 'Urbanisme', 'Urban planning'),
  culture: label('ثقافة', 'Culture', 'Culture'),
  sport: label('رياضة', 'Sport', 'Sport'),
  social: label('الشأن الاجتماعي', 'Social', 'Social'),
  environment: label('البيئة', 'Environnement', 'Environment'),
  mobility: label('التنقل', 'Mobilité', 'Mobility'),
  citizenship: label('المواطنة', 'Citoyenneté', 'Citizenship'),
  youth: label('الشباب', 'Jeunesse', 'Youth'),
  health: label('الصحة', 'Santé', 'Health'),
  heritage: label('التراث', 'Patrimoine', 'Heritage'),
}
