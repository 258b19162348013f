import { cmsUrlFromEnv } from '@bawaba/content'
import { defineMiddleware } from 'astro:middleware'
import { hasRenderContext, renderContext, withRenderContext } from './lib/context.ts'
import { securityHeaders } from './lib/securityHeaders.ts'

/**
 * Every render runs in a render context (lib/context.ts) that the renderer or the sites server
 * sets up; `astro dev` has neither and gets one per request (lib/dev.ts).
 *
 * The on-demand pages (forms, tracking, preview) and endpoints carry the sites' security headers
 * themselves, wherever the bundle runs. Headers a route set are kept (the preview's stricter
 * Referrer-Policy). Pages the renderer writes as files get theirs from the server or CDN in front.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!hasRenderContext()) {
    if (!import.meta.env.DEV)
      return new Response('This bundle renders through the renderer or the sites server.', {
        status: 500,
      })
    const { devContext } = await import('./lib/dev.ts')
    const render = await devContext(context.request)
    return withRenderContext(render, async () => {
      // Rendered inside the context to the last byte: the body is not read later, outside it.
      const response = await next()
      const body = await response.arrayBuffer()
      return withSecurityHeaders(
        new Response(body, { status: response.status, headers: response.headers }),
      )
    })
  }
  if (renderContext().dependencies) return next()
  return withSecurityHeaders(await next())
})

function withSecurityHeaders(response: Response): Response {
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
}
