import {
  isolateObjectProperty,
  type CollectionAfterChangeHook,
  type CollectionSlug,
  type Field,
  type Payload,
} from 'payload'
import { idOf } from '../lib/ids.ts'

/**
 * Images and files are content under the publish right: an editor's upload is a draft until a
 * publisher publishes it. The publisher reviews an item with the photos and PDFs it shows, so
 * publishing the item publishes those still in draft, as the same person — through the same
 * publish right, in the same transaction. An upload already live keeps its live version (a newer
 * file waiting on it is published from the upload itself).
 */

type Upload = { collection: CollectionSlug; id: string }

/** Upload nodes of a Lexical document (`{ type: 'upload', relationTo, value }`). */
function uploadsInText(value: unknown, out: Upload[]) {
  const stack: unknown[] = [(value as { root?: unknown } | null | undefined)?.root]
  while (stack.length) {
    const node = stack.pop() as Record<string, unknown> | undefined
    if (!node || typeof node !== 'object') continue
    if (node.type === 'upload' && typeof node.relationTo === 'string') {
      const id = idOf(node.value)
      if (id) out.push({ collection: node.relationTo as CollectionSlug, id })
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
}

/** Every upload a document's data points at, through groups, arrays, blocks and rich text. */
export function uploadsIn(fields: Field[], data: unknown, out: Upload[] = []): Upload[] {
  if (!data || typeof data !== 'object') return out
  const values = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        uploadsIn(tab.fields, 'name' in tab && tab.name ? values[tab.name] : data, out)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) uploadsIn(field.fields, data, out)
      continue
    }
    const raw = values[field.name]
    // Read in every locale, a localized value is `{ ar, fr, … }`.
    const each =
      'localized' in field &&
      field.localized &&
      raw &&
      typeof raw === 'object' &&
      !Array.isArray(raw)
        ? Object.values(raw as Record<string, unknown>)
        : [raw]
    for (const value of each) {
      if (value === null || value === undefined) continue
      if (field.type === 'upload' && typeof field.relationTo === 'string') {
        for (const item of Array.isArray(value) ? value : [value]) {
          const id = idOf(item)
          if (id) out.push({ collection: field.relationTo as CollectionSlug, id })
        }
      } else if (field.type === 'richText') uploadsInText(value, out)
      else if (field.type === 'group') uploadsIn(field.fields, value, out)
      else if (field.type === 'array' && Array.isArray(value))
        for (const row of value) uploadsIn(field.fields, row, out)
      else if (field.type === 'blocks' && Array.isArray(value))
        for (const row of value) {
          const block = field.blocks.find(
            (b) => b.slug === (row as { blockType?: string }).blockType,
          )
          if (block) uploadsIn(block.fields, row, out)
        }
    }
  }
  return out
}

async function draftOnly(
  payload: Payload,
  upload: Upload,
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
) {
  const config = payload.collections[upload.collection]?.config
  if (!config?.versions || typeof config.versions !== 'object' || !config.versions.drafts)
    return false
  const live = await payload
    .findByID({
      collection: upload.collection,
      id: upload.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  return Boolean(live) && (live as { _status?: string })._status !== 'published'
}

export const publishLinkedUploads: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (doc?._status !== 'published' || !req.user) return doc
  const stored = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: doc.id,
    depth: 0,
    locale: 'all',
    draft: false,
    overrideAccess: true,
    req,
  })
  // Same transaction, own context: a restore's `isRestoringVersion` would make the update drop
  // every field it does not send.
  const inner = isolateObjectProperty(req, 'context')
  inner.context = {}
  const seen = new Set<string>()
  for (const upload of uploadsIn(collection.fields, stored)) {
    const key = `${upload.collection}:${upload.id}`
    if (seen.has(key)) continue
    seen.add(key)
    if (!(await draftOnly(req.payload, upload, req))) continue
    // As the person who published the item: the publish right and the site scope apply.
    await req.payload.update({
      collection: upload.collection,
      id: upload.id,
      data: { _status: 'published' } as never,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: inner,
    })
  }
  return doc
}
