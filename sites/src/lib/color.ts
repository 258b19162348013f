/**
 * The accent colour comes from the CMS; the header shows white text on it and links use it on
 * white and on its light tint. WCAG 2.2 AA asks 4.5:1 for normal text, so a colour that falls
 * short is darkened until it passes everywhere it is used.
 */
type Rgb = [number, number, number]

export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!match) throw new Error(`accent colour '${hex}' is not #rrggbb`)
  const value = parseInt(match[1]!, 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(channel) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Mixes `hex` towards `towards` by `amount` (0–1). */
export function mix(hex: string, towards: string, amount: number): string {
  const a = parseHex(hex)
  const b = parseHex(towards)
  return toHex(a.map((c, i) => c + (b[i]! - c) * amount) as Rgb)
}

export const minContrast = 4.5

const palettes = new Map<string, ReturnType<typeof derivePalette>>()

/** The colours a site's pages use, derived from its accent colour (once per colour). */
export function accentPalette(accent: string) {
  let palette = palettes.get(accent)
  if (!palette) palettes.set(accent, (palette = derivePalette(accent)))
  return palette
}

function derivePalette(accent: string) {
  const soft = mix(accent, '#ffffff', 0.9)
  let readable = toHex(parseHex(accent))
  for (let step = 0; step < 40; step++) {
    if (contrast(readable, '#ffffff') >= minContrast && contrast(readable, soft) >= minContrast)
      break
    readable = mix(readable, '#000000', 0.06)
  }
  return {
    /** Backgrounds under white text, links and borders. */
    accent: readable,
    /** Hover and pressed states. */
    strong: mix(readable, '#000000', 0.25),
    /** Light panels (text on them stays near-black). */
    soft,
  }
}
