import { cmsUrlFromEnv } from '@bawaba/content'
import { defineMiddleware } from 'astro:middleware'
import { securityHeaders } from './lib/securityHeaders.ts'

/**
 * The on-demand pages (forms, tracking, preview) and endpoints carry the sites' security
 * headers themselves, wherever the bundle runs. Headers a route set are kept (the preview's
 * stricter Referrer-Policy). Static pages get theirs from the server or CDN in front.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (context.isPrerendered) return response
  const html = (response.headers.get('content-type') ?? '').startsWith('text/html')
  const headers = securityHeaders({ html, images: [new URL(cmsUrlFromEnv()).origin] })
  const missing = Object.entries(headers).filter(([name]) => !response.headers.has(name))
  if (!missing.length) return response
  try {
    for (const [name, value] of missing) response.headers.set(name, value)
    return response
  } catch {
    // A response with immutable headers (a redirect): the same body under new headers.
    const copy = new Headers(response.headers)
    for (const [name, value] of missing) copy.set(name, value)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: copy,
    })
  }
})
