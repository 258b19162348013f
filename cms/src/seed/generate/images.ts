import sharp from 'sharp'
import { pick, type Rand } from '../random.ts'
import { int } from './text.ts'

const W = 1024
const H = 576

/**
 * A varied photo-sized picture (1024×576): a sky-to-ground gradient and a few buildings and
 * trees in the site's colour, so the uploads exercise the same resizing as an editor's photos
 * at a fraction of the seed's drawing cost. Drawn from `r` at once (no await), so pictures
 * rendered in parallel still take their numbers in order.
 */
export function benchImageSvg(r: Rand, accent: string): string {
  const sky = pick(r, ['#bcd7ea', '#e9c9a0', '#d5e4ef', '#f0d9b5', '#a9c4dc'])
  const ground = pick(r, ['#cdbb9c', '#b9a584', '#d9cdb4', '#a7b08a'])
  const horizon = int(r, 300, 420)
  const shapes: string[] = []
  for (let i = 0, n = int(r, 5, 12); i < n; i++) {
    const w = int(r, 60, 200)
    const h = int(r, 80, 260)
    const x = int(r, -40, W - 40)
    const shade = int(r, 30, 90)
    shapes.push(
      `<rect x="${x}" y="${horizon - h}" width="${w}" height="${h}" fill="${accent}" fill-opacity="0.${shade}"/>`,
    )
    for (let row = horizon - h + 16; row < horizon - 24; row += 28)
      shapes.push(
        `<rect x="${x + 12}" y="${row}" width="${w - 24}" height="10" fill="#fff" fill-opacity="0.35"/>`,
      )
  }
  for (let i = 0, n = int(r, 2, 8); i < n; i++) {
    const x = int(r, 0, W)
    const rad = int(r, 18, 48)
    shapes.push(
      `<rect x="${x - 4}" y="${horizon}" width="8" height="${rad + 20}" fill="#5b4632"/>`,
      `<circle cx="${x}" cy="${horizon}" r="${rad}" fill="#4f7a44" fill-opacity="0.9"/>`,
    )
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs><rect width="${W}" height="${horizon}" fill="url(#s)"/><rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${ground}"/>${shapes.join('')}</svg>`
}

/** The picture as a JPEG (≈ 30–60 KB), as a camera or an editor would upload it. */
export const renderBenchImage = (svg: string): Promise<Buffer> =>
  sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: false }).toBuffer()
