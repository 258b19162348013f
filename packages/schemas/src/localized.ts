import { z } from 'zod'

/** A value per content locale; a missing locale means "not translated". */
export function localized<T extends z.ZodType>(value: T) {
  return z.object({
    ar: value.nullish(),
    fr: value.nullish(),
    zgh: value.nullish(),
    en: value.nullish(),
  })
}

export const localizedText = localized(z.string())
export type LocalizedText = z.output<typeof localizedText>

/** Lexical editor state as Payload stores it; rendered by the sites' own renderer. */
export const richText = z.object({ root: z.looseObject({ children: z.array(z.any()) }) })
export type RichText = z.output<typeof richText>

export const localizedRichText = localized(richText)
export type LocalizedRichText = z.output<typeof localizedRichText>

/** Lower-case words joined by hyphens; Latin letters so URLs stay readable in every locale. */
export const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens')
