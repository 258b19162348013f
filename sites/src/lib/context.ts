/**
 * What one render is for: the site (chosen per render, never at bundle time: one server bundle
 * renders all 17 sites), the instant it renders at, and the content store it reads. The renderer
 * (scripts/lib/publish/renderer.ts), the sites server (on-demand routes) and `astro dev`
 * (src/middleware.ts) each run a render inside `withRenderContext`.
 *
 * The storage lives on `globalThis` under a registered symbol: the server bundle and the host
 * that loads it are two copies of this module, and both must see the same context.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { ContentSnapshot } from '@bawaba/content/store'

/** What a query answered during a render: a digest of the answer, and until when it holds. */
export interface Dependency {
  digest: string
  /** Epoch ms from which the answer may differ (an event ends, an alert starts), if ever. */
  until?: number
}

/** An image rendition a page links, to be made before the page goes live. */
export interface ImageRendition {
  /** The file under the site's root: `_img/<hash>.<width>.<format>`. */
  file: string
  source: string
  width: number
  height: number
  format: 'webp' | 'jpg' | 'png'
}

/** A file copied from the CMS into the site (a council PDF). */
export interface CopiedFile {
  file: string
  source: string
}

export interface RenderContext {
  /** Slug of the site rendered. */
  site: string
  /** The site's origin (`https://anfa.casablancacity.ma`), for absolute URLs. */
  origin: string
  /** The instant the render is for: time-dependent answers (upcoming events, alerts) use it. */
  now: Date
  store: ContentSnapshot
  /** Set by the renderer: the queries the page asked, to re-render it when one answers otherwise. */
  dependencies?: Map<string, Dependency>
  /** Set by the renderer: the image renditions and files the page links. */
  images?: Map<string, ImageRendition>
  files?: Map<string, CopiedFile>
  /**
   * Images are not resized: pages link the CMS's own renditions (a preview shown to one member of
   * staff, `astro dev`).
   */
  directImages?: boolean
}

const key = Symbol.for('bawaba.render-context')
type Global = typeof globalThis & { [key]?: AsyncLocalStorage<RenderContext> }
const storage = ((globalThis as Global)[key] ??= new AsyncLocalStorage<RenderContext>())

export function withRenderContext<T>(context: RenderContext, render: () => T): T {
  return storage.run(context, render)
}

export function renderContext(): RenderContext {
  const context = storage.getStore()
  if (!context)
    throw new Error(
      'no render context: pages render through the renderer or the sites server, which say which site',
    )
  return context
}

export function hasRenderContext(): boolean {
  return storage.getStore() !== undefined
}
