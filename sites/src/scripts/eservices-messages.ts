/**
 * The e-service forms' words in the browser: the templates the page handed over (in its
 * `data-config`), filled with the language's plural rules, examples shown as `<bdi dir="ltr">`
 * as the server renders them (T.astro).
 */
import { fillTemplate, textPieces, type TemplateVars } from '@bawaba/i18n/template'

export interface FormConfig {
  locale: string
  fields: Array<{
    name: string
    label: string
    kind: 'text' | 'textarea' | 'email' | 'tel' | 'select' | 'files' | 'coordinate'
    required?: boolean
    min?: number
    max?: number
    sites?: boolean
    choices?: { values: readonly string[]; prefix: string }
    anchor: string
  }>
  sites: Array<{ slug: string; name: string; location?: { lat: number; lng: number } | null }>
  consent: boolean
  bounds: { lat: readonly [number, number]; lng: readonly [number, number] }
  messages: Record<string, string>
}

const intlLocales: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' }

export function say(config: FormConfig, key: string, vars: TemplateVars = {}): string {
  const template = config.messages[key]
  if (template === undefined) return key
  return fillTemplate(template, vars, intlLocales[config.locale] ?? config.locale, key)
}

/** The message for a field's rule: its own where the page gave one, else the rule's. */
export function errorMessage(
  config: FormConfig,
  label: string | undefined,
  rule: string,
  vars: TemplateVars = {},
): string {
  const own = `forms.error.${label}.${rule}`
  const key =
    label && own in config.messages
      ? own
      : `forms.error.${rule}` in config.messages
        ? `forms.error.${rule}`
        : 'forms.error.refused'
  return say(config, key, vars)
}

/** Puts `text` into `element`, its examples isolated left to right. */
export function setText(element: HTMLElement, text: string) {
  element.replaceChildren(
    ...textPieces(text).map((piece) => {
      if (!piece.example) return document.createTextNode(piece.text)
      const bdi = document.createElement('bdi')
      bdi.dir = 'ltr'
      bdi.textContent = piece.text
      return bdi
    }),
  )
}
