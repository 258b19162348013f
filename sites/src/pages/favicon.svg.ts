import type { APIRoute } from 'astro'
import { accentPalette } from '../lib/color.ts'
import { getSite } from '../lib/content.ts'
import { escapeHtml } from '../lib/lexical.ts'

/** The site's three-letter code on its accent colour: a favicon with no image file to manage. */
export const GET: APIRoute = async () => {
  const site = await getSite()
  const { accent } = accentPalette(site.accentColor)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${accent}"/><text x="32" y="40" font-family="sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">${escapeHtml(site.code)}</text></svg>`
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } })
}
