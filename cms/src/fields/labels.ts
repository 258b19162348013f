/** Admin labels in the three admin languages; Arabic first like the rest of the platform. */
export type AdminLabel = { ar: string; fr: string; en: string }

export const label = (ar: string, fr: string, en: string): AdminLabel => ({ ar, fr, en })

// Localized fields nested in blocks and links are not `required`: Payload validates the
// whole document in the locale being saved, so a required nested field would forbid
// saving a partial translation (a title in English before the page body is translated).

/** A label in the admin's language (custom components get the language, not Payload's lookup). */
export const inLanguage = (text: AdminLabel, language: string | undefined): string =>
  language === 'fr' || language === 'en' ? text[language] : text.ar
