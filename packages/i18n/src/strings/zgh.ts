import type { MessageKey } from './fr.ts'
import { common } from './areas/common.ts'
import { forms } from './areas/forms.ts'
import { formsErrors } from './areas/forms-errors.ts'
import { formsNotices } from './areas/forms-notices.ts'
import { heritage } from './areas/heritage.ts'
import { library } from './areas/library.ts'
import { offices } from './areas/offices.ts'
import { preview } from './areas/preview.ts'
import { search } from './areas/search.ts'
import { services } from './areas/services.ts'

/**
 * Standard Moroccan Amazigh in Tifinagh. Only the strings we can write with confidence are
 * here; any other key falls back along the registry's chain (zgh → ar), and the sites mark
 * that fallback text with its own `lang`/`dir`. A native reviewer should extend this table.
 */
export const zgh: Partial<Record<MessageKey, string>> = {
  'site.languages': 'ⵜⵓⵜⵍⴰⵢⵉⵏ',
  'site.home': 'ⴰⵙⵏⵓⴱⴳ',
  'site.contact': 'ⴰⵏⵔⵎⵙ',
  'site.phone': 'ⵜⵉⵍⵉⴼⵓⵏ',
  'site.email': 'ⵜⵉⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ',

  'social.facebook': 'Facebook',
  'social.instagram': 'Instagram',
  'social.x': 'X',
  'social.youtube': 'YouTube',
  'social.linkedin': 'LinkedIn',
  'social.tiktok': 'TikTok',

  'nav.news': 'ⵉⵙⴰⵍⵏ',
  'nav.events': 'ⵜⵉⵎⵙⵙⴰⵔⵉⵏ',
  'news.title': 'ⵉⵙⴰⵍⵏ',
  'events.title': 'ⵜⵉⵎⵙⵙⴰⵔⵉⵏ',
  'home.latestNews': 'ⵉⵙⴰⵍⵏ ⵉⵏⴳⴳⵓⵔⴰ',

  'language.ar': 'ⵜⴰⵄⵔⴰⴱⵜ',
  'language.fr': 'ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ',
  'language.zgh': 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  'language.en': 'ⵜⴰⵏⴳⵍⵉⵣⵜ',
  ...common.zgh,
  ...forms.zgh,
  ...formsErrors.zgh,
  ...formsNotices.zgh,
  ...heritage.zgh,
  ...library.zgh,
  ...offices.zgh,
  ...preview.zgh,
  ...search.zgh,
  ...services.zgh,
}
