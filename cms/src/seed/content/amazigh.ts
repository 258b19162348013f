import type { Names } from './helpers.ts'
import { image } from './helpers.ts'
import type { SeedNews } from './types.ts'

/**
 * Standard Moroccan Amazigh in Tifinagh. Kept to short, common formulas («azul fellawen»,
 * «ansuf yiswn») rather than full sentences we could not vouch for.
 */
export const zgh = {
  /** «Hello to you all». */
  hello: 'ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ',
  /** «Welcome to the city». */
  welcomeCity: 'ⴰⵏⵙⵓⴼ ⵢⵉⵙⵡⵏ ⴳ ⵜⵎⴷⵉⵏⵜ',
  /** «Welcome, in Tamazight». */
  welcomeTamazight: 'ⴰⵏⵙⵓⴼ ⵢⵉⵙⵡⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ',
}

/** The one news item per site that also carries Amazigh: reception in Amazigh. */
export function amazighReception(siteSlug: string, n: Names, daysAgo: number): SeedNews {
  return {
    slug: 'accueil-en-amazighe',
    category: 'announcement',
    daysAgo,
    title: {
      ar: `تعزيز استقبال المرتفقين باللغة الأمازيغية في مصالح ${n.ar}`,
      fr: `L'accueil en amazighe renforcé dans les services de ${n.frIn}`,
      zgh: zgh.welcomeTamazight,
    },
    summary: {
      ar: 'أعوان استقبال يتحدثون الأمازيغية وعلامات توجيه ثلاثية اللغة في الشبابيك.',
      fr: "Des agents d'accueil amazighophones et une signalétique trilingue aux guichets.",
      zgh: zgh.hello,
    },
    body: {
      ar: [
        `في إطار تفعيل الطابع الرسمي للأمازيغية، طبقا للقانون التنظيمي رقم 26.16، عززت ${n.ar} استقبال المرتفقين باللغة الأمازيغية في مكاتب الاستقبال والحالة المدنية.`,
        'وقد تم تعيين أعوان يتحدثون الأمازيغية لاستقبال المواطنين وتوجيههم ومساعدتهم في ملء الاستمارات، كما تم تعميم لوحات التوجيه باللغات العربية والأمازيغية بحرف تيفيناغ والفرنسية.',
        'ويندرج هذا الإجراء ضمن مجهود أوسع لتقريب الإدارة من المواطنين وتحسين جودة الاستقبال.',
      ],
      fr: [
        `Dans le cadre de la mise en œuvre du caractère officiel de l'amazighe, conformément à la loi organique n° 26-16, ${n.frIn} renforce l'accueil en amazighe dans ses bureaux d'accueil et d'état civil.`,
        'Des agents amazighophones accueillent, orientent et aident les usagers à remplir leurs formulaires. La signalétique est désormais trilingue : arabe, amazighe en tifinagh et français.',
        "Cette mesure s'inscrit dans un effort plus large pour rapprocher l'administration des citoyens et améliorer la qualité de l'accueil.",
      ],
    },
    image: image(siteSlug, 'news:accueil-en-amazighe', 'zellige'),
  }
}
