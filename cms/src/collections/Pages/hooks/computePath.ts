import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../../../lib/ids.ts'

async function parentPath(parent: unknown, req: PayloadRequest): Promise<string> {
  const id = idOf(parent)
  if (!id) return ''
  const doc = await req.payload.findByID({
    collection: 'pages',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return doc?.path ?? ''
}

/** `path` is the page's nested URL: its parent's path, then its own slug. */
export const computePath: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const parent = data.parent !== undefined ? data.parent : originalDoc?.parent
  const prefix = await parentPath(parent, req)
  data.path = prefix ? `${prefix}/${slug}` : slug
  return data
}

/** When a page's path changes, its children follow (they re-run `computePath`). */
export const updateChildPaths: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.skipChildPaths || previousDoc?.path === doc.path) return doc
  const children = await req.payload.find({
    collection: 'pages',
    where: { parent: { equals: doc.id } },
    depth: 0,
    limit: 500,
    draft: true,
    overrideAccess: true,
    req,
  })
  for (const child of children.docs) {
    await req.payload.update({
      collection: 'pages',
      id: child.id,
      data: { path: `${doc.path}/${child.slug}` },
      depth: 0,
      overrideAccess: true,
      context: { ...context },
      req,
    })
  }
  return doc
}
