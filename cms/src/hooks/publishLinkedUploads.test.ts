import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { uploadsIn } from './publishLinkedUploads.ts'

const fields: Field[] = [
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'body', type: 'richText', localized: true },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      {
        slug: 'gallery',
        fields: [
          {
            name: 'images',
            type: 'array',
            fields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
          },
        ],
      },
    ],
  },
  { type: 'row', fields: [{ name: 'attachment', type: 'upload', relationTo: 'documents' }] },
]

const text = (...nodes: unknown[]) => ({ root: { type: 'root', children: nodes } })

describe('uploadsIn', () => {
  it('finds every upload an item shows: fields, blocks, rows and rich text in each locale', () => {
    const found = uploadsIn(fields, {
      heroImage: 'hero',
      body: {
        ar: text({
          type: 'paragraph',
          children: [{ type: 'upload', relationTo: 'media', value: 'in-ar' }],
        }),
        fr: text({ type: 'upload', relationTo: 'documents', value: { id: 'in-fr' } }),
      },
      layout: [{ blockType: 'gallery', images: [{ image: 'g1' }, { image: { id: 'g2' } }] }],
      attachment: 'pdf',
    })
    expect(found).toEqual(
      expect.arrayContaining([
        { collection: 'media', id: 'hero' },
        { collection: 'media', id: 'in-ar' },
        { collection: 'documents', id: 'in-fr' },
        { collection: 'media', id: 'g1' },
        { collection: 'media', id: 'g2' },
        { collection: 'documents', id: 'pdf' },
      ]),
    )
    expect(found).toHaveLength(6)
  })

  it('finds nothing in an item without uploads', () => {
    expect(uploadsIn(fields, { heroImage: null, body: null, layout: [] })).toEqual([])
  })
})
