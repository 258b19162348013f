/**
 * A block's own language where its text falls back to another one (an Arabic title in an
 * Amazigh list): `lang` and `dir` go on the whole block (the heading, the paragraph), not on a
 * span inside it, so that the block reads and aligns as that language, and screen readers
 * switch voice for all of it (WCAG 3.1.2).
 */
import { pick, type Localized } from '@bawaba/content'
import { dirOf, type Locale } from '@bawaba/registry'

export function blockLang(
  value: Localized<string> | null | undefined,
  locale: Locale,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const picked = pick(value, locale)
  return picked?.fallback ? { lang: picked.locale, dir: dirOf(picked.locale) } : {}
}

/**
 * The page's own language, for a piece of interface inside a block `blockLang` switched to
 * another one (the alert's "ⵉⵏⵖⵎⵉⵙ" label before an Arabic message).
 */
export function pageLang(
  value: Localized<string> | null | undefined,
  locale: Locale,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const picked = pick(value, locale)
  return picked?.fallback ? { lang: locale, dir: dirOf(locale) } : {}
}
