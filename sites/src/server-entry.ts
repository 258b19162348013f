/**
 * The entry of the sites' one server bundle: the node adapter's middleware (the sites server
 * answers the on-demand routes with it), the `App` the renderer renders every page with, and the
 * renderer process itself (scripts/lib/publish/child.ts), so that it runs as plain JavaScript of
 * the same code version, loaded only in that process.
 */
import { createApp } from 'astro/app/entrypoint'

export { handler, options } from '@astrojs/node/server.js'

/** Whole pages, not streamed: the renderer writes each one as a file. */
export const app = createApp({ streaming: false })

/** Starts a renderer process answering its parent (scripts/lib/publish/child.ts). */
export const renderer = () =>
  import('../../scripts/lib/publish/child.ts').then((module) => module.serve())
