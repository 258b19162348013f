import { defineMiddleware } from 'astro:middleware'
import { hasRenderContext, withRenderContext } from './lib/context.ts'

/**
 * Every render runs in a render context (lib/context.ts) that the renderer or the sites server
 * sets up. `astro dev` has neither: it gets one per request (lib/dev.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (hasRenderContext()) return next()
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
    return new Response(body, { status: response.status, headers: response.headers })
  })
})
