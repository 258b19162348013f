import type { APIRoute } from 'astro'
import { currentSlug } from '../../lib/content.ts'

/** On demand: says which site the shared server bundle answered for (the sites server dispatches by host). */
export const prerender = false

export const GET: APIRoute = () =>
  Response.json({ ok: true, site: currentSlug() }, { headers: { 'cache-control': 'no-store' } })
