/**
 * Documents are fetched at depth 0 (relations as ids: cheap for the CMS, and a change to an image
 * or a page path is one stored document, not a copy in every document that links it). Before
 * normalising, the relations are joined from the store, giving the shape `depth=1` gives: each
 * related document as stored (its own relations left as ids), or the bare id when the store has
 * no such public document (a draft, a deleted one), as Payload answers an anonymous reader.
 */
import { definitionOf, type StoredCollection } from './collections.ts'

type Raw = Record<string, any>

export interface Joined {
  /** The document in the shape of `depth=1`. */
  doc: Raw
  /** `collection:id` of every document it asked for, found or not: a change to one of them changes it. */
  refs: Set<string>
}

export type Lookup = (collection: StoredCollection, id: string) => Raw | undefined

export const refKey = (collection: string, id: string) => `${collection}:${id}`

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || typeof value === 'number'

/** Lexical node types that point at another document through `relationTo` + `value`. */
const lexicalRelations = new Set(['upload', 'relationship'])

export function populate(collection: StoredCollection, raw: Raw, lookup: Lookup): Joined {
  const relations = definitionOf(collection).relations as Record<string, StoredCollection>
  const refs = new Set<string>()

  const join = (target: StoredCollection, value: unknown): unknown => {
    if (!isId(value)) return value
    refs.add(refKey(target, String(value)))
    return lookup(target, String(value)) ?? value
  }

  const lexical = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(lexical)
    if (!node || typeof node !== 'object') return node
    const out: Raw = { ...(node as Raw) }
    if (lexicalRelations.has(out.type) && typeof out.relationTo === 'string')
      out.value = join(out.relationTo as StoredCollection, out.value)
    // Internal links: `fields.doc = { relationTo, value }`.
    const doc = out.fields?.doc
    if (doc && typeof doc === 'object' && typeof doc.relationTo === 'string')
      out.fields = { ...out.fields, doc: { ...doc, value: join(doc.relationTo, doc.value) } }
    if (Array.isArray(out.children)) out.children = out.children.map(lexical)
    return out
  }

  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object') return value
    const object = value as Raw
    // A Lexical state: relations sit in its nodes, not in named fields.
    if (object.root && typeof object.root === 'object' && Array.isArray(object.root.children))
      return { ...object, root: lexical(object.root) }
    const out: Raw = {}
    for (const [key, item] of Object.entries(object)) {
      const target = relations[key]
      if (target && Array.isArray(item)) out[key] = item.map((v) => join(target, v))
      else if (target && isId(item)) out[key] = join(target, item)
      else out[key] = walk(item)
    }
    return out
  }

  const doc = walk(raw) as Raw
  // The document's own id and dates are never relations, whatever their field names.
  doc.id = raw.id
  return { doc, refs }
}
