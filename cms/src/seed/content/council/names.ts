import type { Loc } from '../types.ts'

/**
 * Fictional councillors: common Moroccan first and family names combined by the seed, so no
 * name designates a real elected official.
 */
export const firstNames: { male: Loc[]; female: Loc[] } = {
  male: [
    { ar: 'محمد', fr: 'Mohamed' },
    { ar: 'أحمد', fr: 'Ahmed' },
    { ar: 'يوسف', fr: 'Youssef' },
    { ar: 'عبد الرحيم', fr: 'Abderrahim' },
    { ar: 'رشيد', fr: 'Rachid' },
    { ar: 'كريم', fr: 'Karim' },
    { ar: 'سعيد', fr: 'Saïd' },
    { ar: 'عبد اللطيف', fr: 'Abdellatif' },
    { ar: 'مصطفى', fr: 'Mustapha' },
    { ar: 'إدريس', fr: 'Driss' },
    { ar: 'حسن', fr: 'Hassan' },
    { ar: 'عمر', fr: 'Omar' },
    { ar: 'نبيل', fr: 'Nabil' },
    { ar: 'هشام', fr: 'Hicham' },
  ],
  female: [
    { ar: 'فاطمة الزهراء', fr: 'Fatima-Zahra' },
    { ar: 'خديجة', fr: 'Khadija' },
    { ar: 'نادية', fr: 'Nadia' },
    { ar: 'سميرة', fr: 'Samira' },
    { ar: 'مريم', fr: 'Meryem' },
    { ar: 'ليلى', fr: 'Leïla' },
    { ar: 'حنان', fr: 'Hanane' },
    { ar: 'زينب', fr: 'Zineb' },
    { ar: 'أسماء', fr: 'Asmae' },
    { ar: 'سلمى', fr: 'Salma' },
    { ar: 'نزهة', fr: 'Nezha' },
  ],
}

export const familyNames: Loc[] = [
  { ar: 'العلوي', fr: 'El Alaoui' },
  { ar: 'بناني', fr: 'Bennani' },
  { ar: 'التازي', fr: 'Tazi' },
  { ar: 'الإدريسي', fr: 'El Idrissi' },
  { ar: 'برادة', fr: 'Berrada' },
  { ar: 'الشرايبي', fr: 'Chraibi' },
  { ar: 'الفاسي', fr: 'El Fassi' },
  { ar: 'الزموري', fr: 'Zemmouri' },
  { ar: 'أمزيان', fr: 'Amzian' },
  { ar: 'أيت علي', fr: 'Aït Ali' },
  { ar: 'الحسني', fr: 'El Hassani' },
  { ar: 'الكتاني', fr: 'Kettani' },
  { ar: 'الصقلي', fr: 'Sekkat' },
  { ar: 'بوزيدي', fr: 'Bouzidi' },
  { ar: 'الرحماني', fr: 'Rahmani' },
  { ar: 'الوزاني', fr: 'Ouazzani' },
  { ar: 'الدكالي', fr: 'Doukkali' },
  { ar: 'السوسي', fr: 'Soussi' },
  { ar: 'المراكشي', fr: 'Marrakchi' },
]

/** The council's standing committees. */
export const commissions: Loc[] = [
  {
    ar: 'لجنة الميزانية والشؤون المالية والبرمجة',
    fr: 'Commission du budget, des finances et de la programmation',
  },
  {
    ar: 'لجنة التعمير وإعداد التراب والبيئة',
    fr: 'Commission de l’urbanisme, de l’aménagement et de l’environnement',
  },
  {
    ar: 'لجنة الشؤون الاجتماعية والثقافية والرياضية',
    fr: 'Commission des affaires sociales, culturelles et sportives',
  },
  {
    ar: 'لجنة المرافق العمومية والخدمات',
    fr: 'Commission des équipements publics et des services',
  },
]
