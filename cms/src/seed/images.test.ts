import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { motifs, renderImage } from './images.ts'

// Small canvases keep the suite fast; the painters work on a fixed 1600×900 viewBox anyway.
const size = { width: 320, height: 180 }
const accent = '#0b5a6b'
const alt = { ar: 'رسم', fr: 'Illustration' }

describe('renderImage', () => {
  it.each(motifs)('renders %s as a JPEG of the requested size', async (motif) => {
    const data = await renderImage({ motif, seed: 42, alt }, accent, size)
    expect(data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    const meta = await sharp(data).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.width).toBe(size.width)
    expect(meta.height).toBe(size.height)
  })

  it.each(motifs)(
    'draws %s differently for different seeds, identically for the same',
    async (motif) => {
      const a = await renderImage({ motif, seed: 1, alt }, accent, size)
      const b = await renderImage({ motif, seed: 2, alt }, accent, size)
      const again = await renderImage({ motif, seed: 1, alt }, accent, size)
      expect(a.equals(b)).toBe(false)
      expect(a.equals(again)).toBe(true)
    },
  )

  it('honours a non-16:9 size', async () => {
    const data = await renderImage({ motif: 'zellige', seed: 7, alt }, accent, {
      width: 200,
      height: 200,
    })
    const meta = await sharp(data).metadata()
    expect([meta.width, meta.height]).toEqual([200, 200])
  })
})
