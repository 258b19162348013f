import { fallbackChain, type Locale } from '@bawaba/registry'
import { ar } from './strings/ar.ts'
import { en } from './strings/en.ts'
import { fr, type MessageKey } from './strings/fr.ts'
import { zgh } from './strings/zgh.ts'

export type { MessageKey }
export type MessageVars = Record<string, string | number>

/** The UI string tables, per locale. Only zgh may be partial (see strings/zgh.ts). */
export const messages: Record<Locale, Partial<Record<MessageKey, string>>> = { ar, fr, zgh, en }

/** A UI string and the locale it was actually found in (differs from the asked one on fallback). */
export interface Message {
  text: string
  locale: Locale
}

function interpolate(template: string, vars: MessageVars | undefined, key: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars?.[name]
    // A missing variable is a bug in the calling template, not something to paper over.
    if (value === undefined) throw new Error(`i18n key '${key}': variable '{${name}}' not given`)
    return String(value)
  })
}

/** Looks `key` up along the locale's fallback chain (e.g. zgh → ar) and says where it was found. */
export function lookup(locale: Locale, key: MessageKey, vars?: MessageVars): Message {
  for (const candidate of fallbackChain(locale)) {
    const template = messages[candidate][key]
    if (template) return { text: interpolate(template, vars, key), locale: candidate }
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
