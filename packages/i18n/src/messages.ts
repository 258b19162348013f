import { fallbackChain, type Locale } from '@bawaba/registry'
import { intlLocale } from './format.ts'
import { ar } from './strings/ar.ts'
import { en } from './strings/en.ts'
import { fr, type MessageKey } from './strings/fr.ts'
import { zgh } from './strings/zgh.ts'
import { fillTemplate, type TemplateVars } from './template.ts'

export type { MessageKey }
export type MessageVars = TemplateVars

/** The UI string tables, per locale. Only zgh may be partial (see strings/zgh.ts). */
export const messages: Record<Locale, Partial<Record<MessageKey, string>>> = { ar, fr, zgh, en }

/** A UI string and the locale it was actually found in (differs from the asked one on fallback). */
export interface Message {
  text: string
  locale: Locale
}

/** Looks `key` up along the locale's fallback chain (e.g. zgh → ar) and says where it was found. */
export function lookup(locale: Locale, key: MessageKey, vars?: MessageVars): Message {
  for (const candidate of fallbackChain(locale)) {
    const template = messages[candidate][key]
    if (template)
      return {
        text: fillTemplate(
          template,
          vars,
          intlLocale(candidate),
          `i18n key '${key}' (${candidate})`,
        ),
        locale: candidate,
      }
  }
  throw new Error(`i18n key '${key}' has no text in ${fallbackChain(locale).join(' → ')}`)
}

/**
 * The unfilled template of `key` (variables and plural choices left in) and the locale it was
 * found in: for browser scripts that fill it later with `fillTemplate` (counts known only there).
 */
export function template(locale: Locale, key: MessageKey): { template: string; locale: Locale } {
  for (const candidate of fallbackChain(locale)) {
    const found = messages[candidate][key]
    if (found) return { template: found, locale: candidate }
  }
  throw new Error(`i18n key '${key}' has no text in ${fallbackChain(locale).join(' → ')}`)
}

/** The UI string for `key` in `locale`, falling back along the registry's chain. */
export function t(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  return lookup(locale, key, vars).text
}

/** Whether `key` exists (used for keys built from data, such as categories). */
export function hasMessage(key: string): key is MessageKey {
  return key in fr
}
