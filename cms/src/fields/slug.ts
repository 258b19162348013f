import { randomBytes } from 'node:crypto'
import type { FieldHook, TextField } from 'payload'
import { ensureUniqueSharedSlug, ensureUniqueSlug } from '../hooks/ensureUniqueSlug.ts'
import { label } from './labels.ts'

/** Latin slug from a title; empty when the title has no Latin letters (e.g. Arabic only). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

/**
 * Normalises what staff type (drafts skip validation, so this runs for them too) and
 * proposes a slug from the title when none is given.
 */
const normaliseSlugFrom =
  (from: string): FieldHook =>
  ({ value, data, collection }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    const title = data?.[from]
    const candidates = typeof title === 'string' ? [title] : Object.values(title ?? {})
    for (const candidate of candidates) {
      const slug = typeof candidate === 'string' ? slugify(candidate) : ''
      if (slug) return slug
    }
    // A title in Arabic or Tifinagh only: a neutral unique slug the editor may change.
    return `${collection?.slug ?? 'item'}-${randomBytes(3).toString('hex')}`
  }

/**
 * The URL segment of a document: unique within its site, or within the collection for the
 * commune's shared collections (`scope: 'shared'`). `from` names the field it is proposed from.
 */
export const slugField = (
  options: { scope?: 'site' | 'shared'; from?: string } = {},
): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  index: true,
  label: label('المعرّف في الرابط', 'Identifiant (URL)', 'Slug'),
  validate: options.scope === 'shared' ? ensureUniqueSharedSlug : ensureUniqueSlug,
  hooks: { beforeValidate: [normaliseSlugFrom(options.from ?? 'title')] },
  admin: {
    position: 'sidebar',
    description: label(
      'حروف لاتينية صغيرة وأرقام وشرطات؛ يُقترح من العنوان الفرنسي.',
      'Lettres latines minuscules, chiffres, tirets ; proposé depuis le titre français.',
      'Lower-case Latin letters, digits, hyphens; suggested from the French title.',
    ),
  },
})
