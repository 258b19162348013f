import type { APIRoute } from 'astro'
import { site } from 'virtual:bawaba/site'

/** On demand: says which site's server bundle answered (the sites server dispatches by host). */
export const prerender = false

export const GET: APIRoute = () =>
  Response.json({ ok: true, site }, { headers: { 'cache-control': 'no-store' } })
