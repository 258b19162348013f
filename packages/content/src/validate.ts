import { isLocale } from '@bawaba/registry'
import type { z } from 'zod'
import { docLabel, type DocRef, type Issue } from './normalize.ts'

/**
 * Checks normalised data against its `@bawaba/schemas` schema. Each problem names the site, the
 * document, the locale when the field is localized, and the field:
 * `news 'budget-2025' (site anfa, locale fr): field 'title' expected string`.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  ref: DocRef,
  issues: Issue[],
): z.output<S> | null {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.map(String)
    const localeAt = path.findIndex((segment) => isLocale(segment))
    const locale = localeAt >= 0 ? (path[localeAt] as Parameters<typeof docLabel>[1]) : undefined
    const field = path.filter((_, index) => index !== localeAt).join('.') || '(document)'
    issues.push({
      level: 'error',
      message: `${docLabel(ref, locale)}: field '${field}' ${issue.message}`,
    })
  }
  return null
}

/** One error listing every problem, so an editor can fix them all in one pass. */
export class ContentError extends Error {
  constructor(
    readonly site: string,
    readonly collection: string,
    readonly problems: string[],
  ) {
    super(
      `content of site '${site}', collection '${collection}': ${problems.length} problem(s)\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    )
    this.name = 'ContentError'
  }
}
