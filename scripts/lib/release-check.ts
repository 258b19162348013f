/**
 * The check a release passes before it goes live: the pages every site must have are there,
 * and every link from one of its pages to a page of its own resolves to a file of the release.
 * Links to other sites, to the on-demand routes and to the search index are not this
 * release's to answer.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { localeCodes, siteOrigin } from '@bawaba/registry'
import { onDemandPath } from '../../sites/src/lib/urls.ts'

/** Beyond this many, the rest of the problems are only counted. */
const listed = 20

export interface ReleaseCheck {
  pages: number
  links: number
  problems: string[]
}

const required = ['index.html', '404.html', ...localeCodes.map((l) => `${l}/index.html`)]

function ownPath(value: string, origin: string): string | null {
  if (value.startsWith('//')) return null
  let path: string
  if (value.startsWith('/')) path = value
  else if (value.startsWith(`${origin}/`)) path = value.slice(origin.length)
  else return null
  path = path.replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function exempt(path: string): boolean {
  // The preview page is one of the on-demand paths.
  return onDemandPath.test(path) || /^\/(api|pagefind)\//.test(path)
}

export function checkRelease(siteDir: string, slug: string): ReleaseCheck {
  const files = new Set(
    readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/')),
  )
  return checkPages(
    siteDir,
    slug,
    [...files].filter((file) => file.endsWith('.html')),
    files,
  )
}

/**
 * The check of some pages of a release: the required pages are in `files` (every file of the
 * release), and each link of the pages `html` to a page of the site resolves to one of `files`.
 * A publish checks the pages it rendered; a full build all of them.
 */
export function checkPages(
  siteDir: string,
  slug: string,
  html: Iterable<string>,
  files: Set<string>,
): ReleaseCheck {
  const problems: string[] = []
  for (const file of required) if (!files.has(file)) problems.push(`missing page: /${file}`)
  const resolves = (path: string): boolean => {
    const rel = path.slice(1)
    if (path.endsWith('/')) return files.has(`${rel}index.html`)
    return files.has(rel) || files.has(`${rel}/index.html`)
  }
  const origin = siteOrigin(slug)
  const seen = new Map<string, boolean>()
  let pages = 0
  let links = 0
  let broken = 0
  for (const file of html) {
    pages++
    const text = readFileSync(join(siteDir, file), 'utf8')
    for (const match of text.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g)) {
      const path = ownPath(match[1]!.replace(/&amp;/g, '&'), origin)
      if (path === null || exempt(path)) continue
      links++
      let ok = seen.get(path)
      if (ok === undefined) seen.set(path, (ok = resolves(path)))
      if (!ok) {
        broken++
        if (problems.length < listed) problems.push(`broken link on /${file}: ${path}`)
      }
    }
  }
  if (broken > listed) problems.push(`… and ${broken - listed} more broken links`)
  return { pages, links, problems }
}
