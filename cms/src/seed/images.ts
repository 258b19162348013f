import sharp from 'sharp'
import type { ImageSpec, Motif } from './content/types.ts'
import { pick, prng, type Rand } from './random.ts'

/** Every motif is drawn on this canvas, then scaled (and cropped) to the requested size. */
const W = 1600
const H = 900

const IVORY = '#f7f3ec'
const SAND = '#e9dfcd'
const STONE = '#cfc5b4'
const SLATE = '#3a464d'
const WHITE = '#ffffff'

const between = (r: Rand, min: number, max: number) => min + r() * (max - min)
const int = (r: Rand, min: number, max: number) => Math.floor(between(r, min, max + 1))
/** Coordinates are rounded so the SVG text (and thus the JPEG) is stable across runtimes. */
const n = (v: number) => (Math.round(v * 10) / 10).toString()

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '')
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h
  const v = Number.parseInt(full.slice(0, 6), 16)
  if (Number.isNaN(v)) throw new Error(`invalid colour '${hex}'`)
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255]
}

function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a)
  const [r2, g2, b2] = rgb(b)
  const c = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0')
  return `#${c(r1, r2)}${c(g1, g2)}${c(b1, b2)}`
}

interface Palette {
  accent: string
  deep: string
  dark: string
  mid: string
  soft: string
  pale: string
  bg: string
  warm: string
}

function palette(accent: string, r: Rand): Palette {
  const bg = mix(IVORY, SAND, between(r, 0, 0.5))
  return {
    accent,
    deep: mix(accent, '#000000', 0.55),
    dark: mix(accent, '#000000', 0.3),
    mid: mix(accent, WHITE, 0.35),
    soft: mix(accent, WHITE, 0.6),
    pale: mix(accent, WHITE, 0.85),
    bg,
    warm: mix(SAND, '#c8794a', between(r, 0.15, 0.35)),
  }
}

function skyGradient(id: string, top: string, bottom: string): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`
}

/** The eight-pointed star (khatam) of Moroccan zellige, as a 16-vertex polygon. */
function star8(cx: number, cy: number, R: number, rot = 0): string {
  const inner = (R * Math.cos(Math.PI / 4)) / Math.cos(Math.PI / 8)
  const pts: string[] = []
  for (let k = 0; k < 16; k++) {
    const a = rot + (k * Math.PI) / 8 - Math.PI / 2
    const rad = k % 2 === 0 ? R : inner
    pts.push(`${n(cx + rad * Math.cos(a))},${n(cy + rad * Math.sin(a))}`)
  }
  return pts.join(' ')
}

function polygon(cx: number, cy: number, R: number, sides: number, rot = 0): string {
  const pts: string[] = []
  for (let k = 0; k < sides; k++) {
    const a = rot + (k * 2 * Math.PI) / sides
    pts.push(`${n(cx + R * Math.cos(a))},${n(cy + R * Math.sin(a))}`)
  }
  return pts.join(' ')
}

function zellige(r: Rand, p: Palette): string {
  const s = pick(r, [130, 150, 170, 190])
  const ox = -between(r, 0, s)
  const oy = -between(r, 0, s)
  const fills = [p.accent, p.dark, p.mid, p.warm]
  const shift = int(r, 0, 3)
  const out: string[] = [`<rect width="${W}" height="${H}" fill="${p.bg}"/>`]
  for (let y = oy, row = 0; y < H + s; y += s, row++) {
    for (let x = ox, col = 0; x < W + s; x += s, col++) {
      const cx = x + s / 2
      const cy = y + s / 2
      const tile = (row + col) % 2 === 0 ? p.bg : mix(p.bg, SAND, 0.6)
      out.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(s)}" height="${n(s)}" fill="${tile}"/>`)
      const main = fills[(row * 2 + col + shift) % fills.length]!
      out.push(`<polygon points="${star8(cx, cy, s * 0.47)}" fill="${main}"/>`)
      out.push(`<polygon points="${star8(cx, cy, s * 0.3, Math.PI / 8)}" fill="${p.pale}"/>`)
      out.push(`<polygon points="${polygon(cx, cy, s * 0.13, 8, Math.PI / 8)}" fill="${p.deep}"/>`)
      // Small four-pointed crosses fill the gaps where four tiles meet.
      out.push(
        `<polygon points="${polygon(x, y, s * 0.12, 4, Math.PI / 4)}" fill="${(row + col) % 3 === 0 ? p.warm : p.soft}"/>`,
      )
    }
  }
  out.push(
    `<rect x="0" y="0" width="${W}" height="${H}" fill="none" stroke="${p.deep}" stroke-width="24"/>`,
  )
  return out.join('')
}

function archWindow(x: number, y: number, w: number, h: number, fill: string): string {
  const rad = w / 2
  return `<path d="M${n(x)},${n(y + h)} V${n(y + rad)} A${n(rad)},${n(rad)} 0 0 1 ${n(x + w)},${n(y + rad)} V${n(y + h)} Z" fill="${fill}"/>`
}

function arches(r: Rand, p: Palette): string {
  const out: string[] = [skyGradient('sky', p.pale, IVORY)]
  out.push(
    `<circle cx="${n(between(r, 200, 1400))}" cy="170" r="90" fill="${p.soft}" opacity="0.6"/>`,
  )
  const ground = 800
  let x = -int(r, 20, 80)
  while (x < W) {
    const w = int(r, 260, 420)
    const h = int(r, 420, 640)
    const top = ground - h
    const face = pick(r, [WHITE, IVORY, SAND, mix(SAND, WHITE, 0.5)])
    const trim = pick(r, [p.accent, p.dark, p.mid])
    // Stepped Art Deco crown.
    out.push(
      `<rect x="${n(x + w * 0.3)}" y="${n(top - 70)}" width="${n(w * 0.4)}" height="80" fill="${face}"/>`,
    )
    out.push(
      `<rect x="${n(x + w * 0.15)}" y="${n(top - 30)}" width="${n(w * 0.7)}" height="40" fill="${face}"/>`,
    )
    out.push(
      `<rect x="${n(x + w * 0.45)}" y="${n(top - 110)}" width="${n(w * 0.1)}" height="45" fill="${trim}"/>`,
    )
    out.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${face}"/>`)
    out.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="14" fill="${trim}"/>`)
    // Pilasters.
    for (const f of [0.08, 0.9]) {
      out.push(
        `<rect x="${n(x + w * f)}" y="${n(top + 14)}" width="${n(w * 0.02)}" height="${n(h - 14)}" fill="${mix(face, STONE, 0.6)}"/>`,
      )
    }
    const cols = int(r, 3, 4)
    const rows = Math.floor((h - 200) / 110)
    const gw = (w * 0.7) / cols
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const wx = x + w * 0.15 + j * gw + gw * 0.2
        const wy = top + 50 + i * 110
        out.push(archWindow(wx, wy, gw * 0.6, 80, mix(trim, WHITE, 0.2)))
      }
    }
    // Ground-floor arcade.
    const arcs = int(r, 2, 3)
    const aw = w / arcs
    for (let j = 0; j < arcs; j++) {
      out.push(archWindow(x + j * aw + aw * 0.15, ground - 150, aw * 0.7, 150, p.deep))
    }
    x += w + int(r, 0, 30)
  }
  out.push(
    `<rect x="0" y="${ground}" width="${W}" height="${H - ground}" fill="${mix(SAND, SLATE, 0.25)}"/>`,
  )
  out.push(`<rect x="0" y="${ground}" width="${W}" height="10" fill="${p.dark}"/>`)
  for (let k = 0; k < 12; k++) {
    out.push(
      `<rect x="${n(k * 140 + between(r, 0, 60))}" y="${ground + 45}" width="70" height="8" rx="4" fill="${IVORY}" opacity="0.7"/>`,
    )
  }
  return out.join('')
}

function skyline(r: Rand, p: Palette): string {
  const out: string[] = [skyGradient('sky', mix(p.pale, WHITE, 0.3), mix(p.soft, SAND, 0.5))]
  out.push(
    `<circle cx="${n(between(r, 250, 1350))}" cy="${n(between(r, 180, 300))}" r="${n(between(r, 70, 110))}" fill="${mix(p.warm, WHITE, 0.4)}"/>`,
  )
  const shore = 700
  // Two layers of buildings, the far one paler.
  for (const [layer, colour] of [
    [0, mix(p.mid, WHITE, 0.35)],
    [1, p.mid],
  ] as const) {
    let x = -20
    while (x < W) {
      const w = int(r, 60, 150)
      const h = layer === 0 ? int(r, 140, 330) : int(r, 80, 240)
      out.push(
        `<rect x="${n(x)}" y="${n(shore - h)}" width="${w}" height="${h}" fill="${colour}"/>`,
      )
      if (layer === 1 && r() < 0.5) {
        for (let wy = shore - h + 20; wy < shore - 20; wy += 34) {
          out.push(
            `<rect x="${n(x + 12)}" y="${n(wy)}" width="${n(w - 24)}" height="8" fill="${mix(colour, WHITE, 0.35)}"/>`,
          )
        }
      }
      x += w + int(r, 4, 26)
    }
  }
  // Mosque hall and its tall square minaret, as a silhouette.
  const mx = between(r, 120, 1080)
  const sil = p.deep
  out.push(`<rect x="${n(mx - 60)}" y="${shore - 90}" width="460" height="90" fill="${sil}"/>`)
  for (let k = 0; k < 7; k++) {
    out.push(archWindow(mx - 40 + k * 62, shore - 70, 36, 60, mix(sil, WHITE, 0.25)))
  }
  const tw = 72
  const tx = mx + 330
  const th = 470
  out.push(`<rect x="${n(tx)}" y="${shore - th}" width="${tw}" height="${th}" fill="${sil}"/>`)
  for (let k = 0; k < 3; k++) {
    out.push(archWindow(tx + 20, shore - th + 40 + k * 125, 32, 70, mix(sil, p.soft, 0.35)))
  }
  out.push(
    `<rect x="${n(tx - 8)}" y="${shore - th - 12}" width="${tw + 16}" height="16" fill="${sil}"/>`,
  )
  out.push(
    `<rect x="${n(tx + 17)}" y="${shore - th - 82}" width="${tw - 34}" height="72" fill="${sil}"/>`,
  )
  out.push(
    `<path d="M${n(tx + 17)},${shore - th - 82} Q${n(tx + tw / 2)},${shore - th - 126} ${n(tx + tw - 17)},${shore - th - 82} Z" fill="${sil}"/>`,
  )
  out.push(
    `<rect x="${n(tx + tw / 2 - 3)}" y="${shore - th - 160}" width="6" height="46" fill="${sil}"/>`,
  )
  // Sea.
  out.push(`<rect x="0" y="${shore}" width="${W}" height="${H - shore}" fill="${p.dark}"/>`)
  for (let k = 0; k < 9; k++) {
    const y = shore + 25 + k * 20
    const x = between(r, -100, W)
    out.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(between(r, 120, 420))}" height="4" rx="2" fill="${p.soft}" opacity="0.55"/>`,
    )
  }
  return out.join('')
}

function wavePath(r: Rand, base: number, amp: number): string {
  const len = between(r, 260, 480)
  const phase = between(r, 0, Math.PI * 2)
  let d = `M0,${H} L0,${n(base)}`
  for (let x = 0; x <= W; x += 20) {
    const y =
      base +
      amp * Math.sin((x / len) * Math.PI * 2 + phase) +
      amp * 0.35 * Math.sin((x / len) * Math.PI * 5 + phase)
    d += ` L${x},${n(y)}`
  }
  return `${d} L${W},${H} Z`
}

function waves(r: Rand, p: Palette): string {
  const out: string[] = [skyGradient('sky', mix(p.pale, WHITE, 0.4), mix(p.warm, WHITE, 0.55))]
  out.push(
    `<circle cx="${n(between(r, 300, 1300))}" cy="${n(between(r, 260, 360))}" r="${n(between(r, 90, 140))}" fill="${mix(p.warm, '#e0a15e', 0.4)}"/>`,
  )
  const layers = int(r, 5, 7)
  for (let k = 0; k < layers; k++) {
    const t = k / (layers - 1)
    const colour = mix(p.soft, p.deep, t)
    out.push(
      `<path d="${wavePath(r, 420 + t * 380, between(r, 14, 34) * (1 - t * 0.4))}" fill="${colour}"/>`,
    )
  }
  for (let k = 0; k < int(r, 2, 4); k++) {
    const x = between(r, 200, 1400)
    const y = between(r, 120, 300)
    const s = between(r, 18, 30)
    out.push(
      `<path d="M${n(x - s)},${n(y)} Q${n(x - s / 2)},${n(y - s / 2)} ${n(x)},${n(y)} Q${n(x + s / 2)},${n(y - s / 2)} ${n(x + s)},${n(y)}" fill="none" stroke="${SLATE}" stroke-width="4" stroke-linecap="round"/>`,
    )
  }
  return out.join('')
}

function garden(r: Rand, p: Palette): string {
  const leaf = mix(p.accent, '#4f7d3a', 0.55)
  const out: string[] = [skyGradient('sky', mix(p.pale, WHITE, 0.5), IVORY)]
  out.push(
    `<path d="M0,520 Q400,${n(between(r, 380, 460))} 800,500 T1600,480 V${H} H0 Z" fill="${mix(leaf, WHITE, 0.55)}"/>`,
  )
  out.push(
    `<path d="M0,640 Q500,${n(between(r, 540, 600))} 1000,640 T1600,620 V${H} H0 Z" fill="${mix(leaf, WHITE, 0.3)}"/>`,
  )
  // A winding path.
  out.push(
    `<path d="M${n(between(r, 600, 900))},${H} C700,780 1000,720 880,640 S760,560 820,520" fill="none" stroke="${SAND}" stroke-width="60" stroke-linecap="round"/>`,
  )
  const trees = int(r, 7, 11)
  for (let k = 0; k < trees; k++) {
    const x = between(r, 40, W - 40)
    const y = between(r, 560, 860)
    const s = 0.6 + ((y - 560) / 300) * 0.8
    const palm = r() < 0.35
    if (palm) {
      const top = y - 260 * s
      out.push(
        `<path d="M${n(x)},${n(y)} Q${n(x + 20 * s)},${n((y + top) / 2)} ${n(x + 8 * s)},${n(top)}" stroke="${mix(SLATE, SAND, 0.4)}" stroke-width="${n(12 * s)}" fill="none"/>`,
      )
      for (let f = 0; f < 7; f++) {
        const a = -Math.PI + (f * Math.PI) / 6
        const ex = x + 8 * s + Math.cos(a) * 110 * s
        const ey = top + Math.sin(a) * 55 * s + 35 * s
        out.push(
          `<path d="M${n(x + 8 * s)},${n(top)} Q${n((x + 8 * s + ex) / 2)},${n(top - 40 * s)} ${n(ex)},${n(ey)}" stroke="${mix(leaf, SLATE, 0.25)}" stroke-width="${n(10 * s)}" fill="none" stroke-linecap="round"/>`,
        )
      }
    } else {
      out.push(
        `<rect x="${n(x - 7 * s)}" y="${n(y - 90 * s)}" width="${n(14 * s)}" height="${n(90 * s)}" fill="${mix(SLATE, SAND, 0.45)}"/>`,
      )
      for (let c = 0; c < 3; c++) {
        out.push(
          `<circle cx="${n(x + (c - 1) * 38 * s)}" cy="${n(y - 120 * s - (c === 1 ? 40 * s : 0))}" r="${n(between(r, 48, 66) * s)}" fill="${pick(r, [leaf, mix(leaf, WHITE, 0.2), mix(leaf, p.deep, 0.3)])}"/>`,
        )
      }
    }
  }
  for (let k = 0; k < 40; k++) {
    out.push(
      `<circle cx="${n(between(r, 0, W))}" cy="${n(between(r, 660, H))}" r="${n(between(r, 4, 8))}" fill="${pick(r, [p.warm, WHITE, p.soft, '#e6b84d'])}"/>`,
    )
  }
  return out.join('')
}

function crowd(r: Rand, p: Palette): string {
  const out: string[] = [`<rect width="${W}" height="${H}" fill="${p.bg}"/>`]
  out.push(`<circle cx="${n(between(r, 300, 1300))}" cy="260" r="330" fill="${p.pale}"/>`)
  const colours = [p.accent, p.dark, p.mid, p.soft, p.warm, STONE, SLATE]
  const rows = [
    { y: 470, s: 0.55 },
    { y: 590, s: 0.75 },
    { y: 730, s: 0.95 },
    { y: 880, s: 1.2 },
  ]
  for (const row of rows) {
    const step = 120 * row.s
    for (
      let x = -step / 2 + between(r, 0, step);
      x < W + step;
      x += step * between(r, 0.85, 1.15)
    ) {
      const s = row.s * between(r, 0.9, 1.1)
      const body = pick(r, colours)
      out.push(
        `<rect x="${n(x - 55 * s)}" y="${n(row.y - 150 * s)}" width="${n(110 * s)}" height="${n(260 * s)}" rx="${n(50 * s)}" fill="${body}"/>`,
      )
      out.push(
        `<circle cx="${n(x)}" cy="${n(row.y - 205 * s)}" r="${n(40 * s)}" fill="${mix(pick(r, ['#c58b5e', '#a8714a', '#e0b48c']), p.bg, 0.15)}"/>`,
      )
    }
  }
  return out.join('')
}

function documentMotif(r: Rand, p: Palette): string {
  const out: string[] = [`<rect width="${W}" height="${H}" fill="${p.pale}"/>`]
  out.push(
    `<rect x="0" y="${H - 150}" width="${W}" height="150" fill="${mix(p.soft, SAND, 0.5)}"/>`,
  )
  const cx = between(r, 650, 950)
  // Folder behind the sheets.
  out.push(
    `<path d="M${n(cx - 430)},170 h220 l40,40 h520 v560 h-780 Z" fill="${p.mid}" transform="rotate(${n(between(r, -4, 4))} ${n(cx)} 450)"/>`,
  )
  const sheets = int(r, 2, 3)
  for (let k = 0; k < sheets; k++) {
    const rot = between(r, -7, 7)
    const x = cx - 300 + k * 60
    const y = 140 + k * 30
    const g: string[] = []
    g.push(
      `<rect x="${n(x + 10)}" y="${n(y + 12)}" width="520" height="640" fill="${SLATE}" opacity="0.12"/>`,
    )
    g.push(`<rect x="${n(x)}" y="${n(y)}" width="520" height="640" fill="${WHITE}"/>`)
    g.push(
      `<rect x="${n(x + 50)}" y="${n(y + 60)}" width="${n(between(r, 200, 300))}" height="22" rx="6" fill="${p.dark}"/>`,
    )
    for (let l = 0; l < 12; l++) {
      g.push(
        `<rect x="${n(x + 50)}" y="${n(y + 120 + l * 34)}" width="${n(between(r, 260, 420))}" height="12" rx="6" fill="${STONE}"/>`,
      )
    }
    out.push(`<g transform="rotate(${n(rot)} ${n(x + 260)} ${n(y + 320)})">${g.join('')}</g>`)
  }
  // Official seal.
  const sx = cx + between(r, 120, 260)
  const sy = between(r, 560, 660)
  out.push(
    `<circle cx="${n(sx)}" cy="${n(sy)}" r="86" fill="none" stroke="${p.accent}" stroke-width="10" opacity="0.85"/>`,
  )
  out.push(
    `<circle cx="${n(sx)}" cy="${n(sy)}" r="62" fill="none" stroke="${p.accent}" stroke-width="4" opacity="0.85"/>`,
  )
  out.push(`<polygon points="${star8(sx, sy, 38)}" fill="${p.accent}" opacity="0.85"/>`)
  // Pen.
  const px = between(r, 1150, 1400)
  out.push(
    `<g transform="rotate(${n(between(r, 25, 50))} ${n(px)} 560)"><rect x="${n(px - 14)}" y="300" width="28" height="420" rx="12" fill="${p.deep}"/><rect x="${n(px - 14)}" y="300" width="28" height="60" rx="8" fill="${p.warm}"/><path d="M${n(px - 14)},720 L${n(px)},770 L${n(px + 14)},720 Z" fill="${SLATE}"/></g>`,
  )
  return out.join('')
}

function sport(r: Rand, p: Palette): string {
  const turf = mix(p.accent, '#3f7f3a', 0.6)
  const out: string[] = [
    `<rect width="${W}" height="${H}" fill="${mix(p.warm, '#b8553a', 0.35)}"/>`,
  ]
  // Running-track lanes around the pitch.
  for (let k = 0; k < 4; k++) {
    out.push(
      `<rect x="${40 + k * 18}" y="${40 + k * 18}" width="${W - 80 - k * 36}" height="${H - 80 - k * 36}" rx="${300 - k * 18}" fill="none" stroke="${IVORY}" stroke-width="3" opacity="0.8"/>`,
    )
  }
  const fx = 190
  const fy = 150
  const fw = W - 380
  const fh = H - 300
  out.push(`<rect x="${fx}" y="${fy}" width="${fw}" height="${fh}" fill="${turf}"/>`)
  const stripes = 10
  for (let k = 0; k < stripes; k += 2) {
    out.push(
      `<rect x="${n(fx + (k * fw) / stripes)}" y="${fy}" width="${n(fw / stripes)}" height="${fh}" fill="${mix(turf, WHITE, 0.08)}"/>`,
    )
  }
  const line = `fill="none" stroke="${WHITE}" stroke-width="6"`
  out.push(`<rect x="${fx + 20}" y="${fy + 20}" width="${fw - 40}" height="${fh - 40}" ${line}/>`)
  out.push(`<line x1="${W / 2}" y1="${fy + 20}" x2="${W / 2}" y2="${fy + fh - 20}" ${line}/>`)
  out.push(`<circle cx="${W / 2}" cy="${H / 2}" r="90" ${line}/>`)
  for (const side of [0, 1]) {
    const bx = side === 0 ? fx + 20 : fx + fw - 20 - 170
    out.push(`<rect x="${bx}" y="${H / 2 - 160}" width="170" height="320" ${line}/>`)
    const gx = side === 0 ? fx + 20 : fx + fw - 20 - 60
    out.push(`<rect x="${gx}" y="${H / 2 - 70}" width="60" height="140" ${line}/>`)
    out.push(
      `<rect x="${side === 0 ? fx - 10 : fx + fw - 10 + 0}" y="${H / 2 - 50}" width="30" height="100" fill="${IVORY}" opacity="0.9"/>`,
    )
  }
  // The ball.
  const bx = between(r, fx + 250, fx + fw - 250)
  const by = between(r, fy + 120, fy + fh - 120)
  out.push(
    `<ellipse cx="${n(bx + 10)}" cy="${n(by + 40)}" rx="40" ry="12" fill="${SLATE}" opacity="0.3"/>`,
  )
  out.push(`<circle cx="${n(bx)}" cy="${n(by)}" r="40" fill="${WHITE}"/>`)
  out.push(`<polygon points="${polygon(bx, by, 15, 5, -Math.PI / 2)}" fill="${SLATE}"/>`)
  for (let k = 0; k < 5; k++) {
    const a = -Math.PI / 2 + (k * 2 * Math.PI) / 5
    out.push(
      `<line x1="${n(bx + 15 * Math.cos(a))}" y1="${n(by + 15 * Math.sin(a))}" x2="${n(bx + 40 * Math.cos(a))}" y2="${n(by + 40 * Math.sin(a))}" stroke="${SLATE}" stroke-width="3"/>`,
    )
  }
  // A few players, seen from above.
  for (let k = 0; k < int(r, 4, 7); k++) {
    const x = between(r, fx + 80, fx + fw - 80)
    const y = between(r, fy + 60, fy + fh - 60)
    out.push(
      `<circle cx="${n(x)}" cy="${n(y)}" r="22" fill="${k % 2 === 0 ? p.deep : IVORY}" stroke="${WHITE}" stroke-width="4"/>`,
    )
  }
  return out.join('')
}

const painters: Record<Motif, (r: Rand, p: Palette) => string> = {
  zellige,
  arches,
  skyline,
  waves,
  garden,
  crowd,
  document: documentMotif,
  sport,
}

export const motifs = Object.keys(painters) as Motif[]

/** The SVG source of an illustration, drawn on a 1600×900 canvas. */
export function renderSvg(
  spec: Pick<ImageSpec, 'motif' | 'seed'>,
  accent: string,
  size = { width: W, height: H },
): string {
  const paint = painters[spec.motif]
  if (!paint) throw new Error(`unknown motif '${spec.motif}'`)
  const r = prng(spec.seed)
  const body = paint(r, palette(accent, r))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${body}</svg>`
}

/** A JPEG illustration, rendered locally and deterministically from `spec.seed`. */
export async function renderImage(
  spec: ImageSpec,
  accent: string,
  size: { width: number; height: number } = { width: W, height: H },
): Promise<Buffer> {
  const svg = renderSvg(spec, accent, size)
  return sharp(Buffer.from(svg))
    .resize(size.width, size.height, { fit: 'cover' })
    .flatten({ background: WHITE })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer()
}

/**
 * A placeholder portrait for a council member: a neutral silhouette on a tinted ground with
 * the initials, square. Never a face: the seed names are invented and must not look real.
 */
export async function renderPortrait(
  initials: string,
  seed: number,
  accent: string,
): Promise<Buffer> {
  const r = prng(seed)
  const p = palette(accent, r)
  const ground = mix(p.pale, p.soft, between(r, 0.1, 0.6))
  const cloth = mix(SLATE, p.dark, between(r, 0.2, 0.7))
  const letters = initials
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 2)
    .toUpperCase()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="${ground}"/>
<circle cx="300" cy="235" r="112" fill="${mix(STONE, p.mid, 0.35)}"/>
<path d="M70 600 C 90 430 190 372 300 372 C 410 372 510 430 530 600 Z" fill="${cloth}"/>
<text x="300" y="545" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="${WHITE}" text-anchor="middle">${letters}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}

/** A placeholder logo: the initials in white on the partner's colour, square. */
export async function renderLogo(initials: string, color: string): Promise<Buffer> {
  const letters = initials
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
<rect width="400" height="400" rx="48" fill="${color}"/>
<text x="200" y="235" font-family="DejaVu Sans, Arial, sans-serif" font-size="${letters.length > 2 ? 110 : 140}" font-weight="700" fill="${WHITE}" text-anchor="middle">${letters}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
