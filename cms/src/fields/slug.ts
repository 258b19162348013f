import { randomBytes } from 'node:crypto'
import {
  isolateObjectProperty,
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type TextField,
  type Where,
} from 'payload'
import { ensureUniqueSharedSlug, ensureUniqueSlug } from '../hooks/ensureUniqueSlug.ts'
import { idOf } from '../lib/ids.ts'
import { transliterate } from '../lib/transliterate.ts'
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

/** Locales a slug is suggested from, best first: French names the city's URLs, then the rest. */
const suggestionOrder = ['fr', 'en', 'ar', 'zgh'] as const

/**
 * The slug proposed for a title given in one or more locales: the French title's, else the
 * English one's, else the Arabic (or Tifinagh) title spelled in Latin letters. Empty when
 * there is no title yet.
 */
export function suggestSlug(titles: unknown): string {
  const byLocale: Record<string, unknown> =
    typeof titles === 'string' ? { ar: titles } : ((titles as Record<string, unknown>) ?? {})
  for (const locale of suggestionOrder) {
    const title = byLocale[locale]
    const slug = typeof title === 'string' ? slugify(transliterate(title)) : ''
    if (slug) return slug
  }
  return ''
}

/** The neutral slugs given to untitled drafts before suggestions existed (`news-2b8d5c`). */
const placeholder = /^[a-z-]+-[0-9a-f]{6}$/

type Scope = 'site' | 'shared'

/** `base`, or `base-2`, `base-3`… : the first one no other document of the site uses. */
async function firstFree(
  base: string,
  scope: Scope,
  args: { collection: CollectionSlug; id?: string; site?: string; req: PayloadRequest },
): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 76).replace(/-+$/, '')}-${n}`
    const where: Where[] = [{ slug: { equals: candidate } }]
    if (scope === 'site' && args.site) where.push({ site: { equals: args.site } })
    if (args.id) where.push({ id: { not_equals: args.id } })
    const clash = await args.req.payload.find({
      collection: args.collection,
      where: { and: where },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req: args.req,
    })
    if (!clash.docs.length) return candidate
  }
  return `${base.slice(0, 72)}-${randomBytes(3).toString('hex')}`
}

/**
 * Normalises what staff type (drafts skip validation, so this runs for them too) and keeps
 * suggesting a slug from the title while the document has never been published and nobody
 * has written a slug of their own. "Their own" needs no stored flag: a slug that differs from
 * what the previous title suggested was written by a person.
 */
const suggestFrom =
  (from: string, scope: Scope): FieldHook =>
  async ({ value, data, originalDoc, operation, collection, req }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (!collection) return typed || value
    const slug = collection.slug as CollectionSlug
    const id = operation === 'update' ? idOf(originalDoc?.id) : undefined
    const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
    // Titles in every locale as they stand after this change (a save carries one locale).
    let stored: Record<string, unknown> | undefined
    let published = false
    if (id) {
      // Reading in another locale sets `req.locale`: isolate it, or the save itself would
      // then write its one-locale data as if it were every locale's.
      const read = isolateObjectProperty(req, ['locale', 'fallbackLocale'])
      const [latest, live] = await Promise.all([
        req.payload.findByID({
          collection: slug,
          id,
          draft: true,
          locale: 'all',
          depth: 0,
          overrideAccess: true,
          req: read,
        }),
        req.payload.findByID({
          collection: slug,
          id,
          draft: false,
          depth: 0,
          overrideAccess: true,
          req: read,
        }),
      ])
      stored = (latest as unknown as Record<string, unknown>)[from] as
        Record<string, unknown> | undefined
      published = (live as { _status?: string })._status === 'published'
    }
    const incoming = data?.[from]
    const titles =
      typeof incoming === 'string'
        ? { ...(stored ?? {}), [locale ?? 'ar']: incoming }
        : ((incoming as Record<string, unknown> | undefined) ?? stored ?? {})

    // A live URL never moves by itself.
    if (published && typed) return typed
    const before = stored ? suggestSlug(stored) : ''
    const suggested =
      !typed ||
      placeholder.test(typed) ||
      (before !== '' && (typed === before || new RegExp(`^${before}-\\d+$`).test(typed)))
    if (!suggested) return typed
    const suggestion = suggestSlug(titles)
    if (!suggestion) return typed || `${slug}-${randomBytes(3).toString('hex')}`
    return firstFree(suggestion, scope, { collection: slug, id, site: idOf(data?.site), req })
  }

/**
 * The URL segment of a document: unique within its site, or within the collection for the
 * commune's shared collections (`scope: 'shared'`). `from` names the field it is proposed from.
 */
export const slugField = (options: { scope?: Scope; from?: string } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  index: true,
  label: label('المعرّف في الرابط', 'Identifiant (URL)', 'Slug'),
  validate: options.scope === 'shared' ? ensureUniqueSharedSlug : ensureUniqueSlug,
  hooks: { beforeValidate: [suggestFrom(options.from ?? 'title', options.scope ?? 'site')] },
  admin: {
    position: 'sidebar',
    description: label(
      'حروف لاتينية صغيرة وأرقام وشرطات. يُقترح تلقائيًا من العنوان الفرنسي، أو من العنوان العربي بحروف لاتينية، إلى أن تكتبه بنفسك أو يُنشر.',
      'Lettres latines minuscules, chiffres, tirets. Proposé d’après le titre français, ou le titre arabe en lettres latines, jusqu’à ce que vous le modifiiez ou que l’élément soit publié.',
      'Lower-case Latin letters, digits, hyphens. Suggested from the French title, or the Arabic title in Latin letters, until you change it or the item is published.',
    ),
  },
})
