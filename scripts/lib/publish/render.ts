/**
 * Renders one URL of one site with the sites' server bundle (`app.render()` of Astro's `App`),
 * inside a render context that says which site, at which instant, from which store, and that
 * records what the page read (queries and their answers) and the images it links.
 */
import { pathToFileURL } from 'node:url'
import type { ContentSnapshot } from '@bawaba/content/store'
import {
  withRenderContext,
  type CopiedFile,
  type Dependency,
  type ImageRendition,
  type RenderContext,
} from '../../../sites/src/lib/context.ts'
import { bundleEntry } from './bundle.ts'

/** What the bundle's entry exports (sites/src/server-entry.ts). */
interface BundleEntry {
  app: { render(request: Request): Promise<Response> }
}

export interface Bundle {
  dir: string
  code: string
  app: BundleEntry['app']
}

export async function loadBundle(dir: string, code: string): Promise<Bundle> {
  const entry = (await import(pathToFileURL(bundleEntry(dir)).href)) as BundleEntry
  return { dir, code, app: entry.app }
}

export interface RenderedPage {
  url: string
  status: number
  body: Buffer
  dependencies: Map<string, Dependency>
  images: ImageRendition[]
  files: CopiedFile[]
}

export interface PassContext {
  site: string
  origin: string
  now: Date
  store: ContentSnapshot
}

/** The path to ask the App for a file's URL (`/404.html` is the 404 page's route). */
const requestPath = (url: string) => (url === '/404.html' ? '/404/' : url)

export async function renderUrl(
  bundle: Bundle,
  pass: PassContext,
  url: string,
): Promise<RenderedPage> {
  const context: RenderContext = {
    ...pass,
    dependencies: new Map(),
    images: new Map(),
    files: new Map(),
  }
  const request = new Request(new URL(requestPath(url), pass.origin))
  return withRenderContext(context, async () => {
    const response = await bundle.app.render(request)
    const body = Buffer.from(await response.arrayBuffer())
    return {
      url,
      status: response.status,
      body,
      dependencies: context.dependencies!,
      images: [...context.images!.values()],
      files: [...context.files!.values()],
    }
  })
}
