/**
 * The entry of the sites' one server bundle: the node adapter's middleware (the sites server
 * answers the on-demand routes with it) and the `App` the renderer renders every page with.
 */
import { createApp } from 'astro/app/entrypoint'

export { handler, options } from '@astrojs/node/server.js'

/** Whole pages, not streamed: the renderer writes each one as a file. */
export const app = createApp({ streaming: false })
