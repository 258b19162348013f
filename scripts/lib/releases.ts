/**
 * Release folders: every build of a site goes into a folder of its own,
 *
 *   <dist>/releases/<slug>/<id>/site/     what is served (Astro's static output, search index)
 *   <dist>/releases/<slug>/<id>/server/   the site's on-demand bundle
 *
 * and `<dist>/sites/<slug>` is a symbolic link to the live one's `site/`. Going live is one
 * rename(2) of a fresh link over the old: a request sees the old release or the new one,
 * never half of each. The last five releases stay, so `npm run rollback` has somewhere to go.
 */
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'

export const keptReleases = 5

export const releasesDir = (dist: string, slug: string) => join(dist, 'releases', slug)
export const liveLink = (dist: string, slug: string) => join(dist, 'sites', slug)
export const releaseDir = (dist: string, slug: string, id: string) =>
  join(releasesDir(dist, slug), id)

/** Sortable by time: `20261123T201502123-3fa1`. */
export function newReleaseId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '').replace('Z', '')
  return `${stamp}-${randomBytes(2).toString('hex')}`
}

/** Release ids of a site, oldest first. */
export function listReleases(dist: string, slug: string): string[] {
  const dir = releasesDir(dist, slug)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && existsSync(join(dir, name, 'site')))
    .sort()
}

/** The id of the live release, or null when the site was never released this way. */
export function liveRelease(dist: string, slug: string): string | null {
  const link = liveLink(dist, slug)
  try {
    if (!lstatSync(link).isSymbolicLink()) return null
  } catch {
    return null
  }
  // <dist>/sites/<slug> → ../releases/<slug>/<id>/site
  return basename(dirname(resolve(dirname(link), readlinkSync(link))))
}

/**
 * A site built before release folders existed (a real `sites/<slug>` folder, its bundle in
 * `servers/<slug>`) becomes a release of its own, so the first switch has something to replace.
 */
function adoptLegacy(dist: string, slug: string) {
  const link = liveLink(dist, slug)
  if (!existsSync(link) || lstatSync(link).isSymbolicLink()) return
  const dir = releaseDir(dist, slug, `${newReleaseId(new Date(0))}`)
  mkdirSync(dir, { recursive: true })
  renameSync(link, join(dir, 'site'))
  const server = join(dist, 'servers', slug)
  if (existsSync(server)) renameSync(server, join(dir, 'server'))
  pointAt(dist, slug, basename(dir))
}

function pointAt(dist: string, slug: string, id: string) {
  const link = liveLink(dist, slug)
  mkdirSync(dirname(link), { recursive: true })
  const target = relative(dirname(link), join(releaseDir(dist, slug, id), 'site'))
  const temp = join(dirname(link), `.${slug}.${randomBytes(4).toString('hex')}`)
  symlinkSync(target, temp, 'dir')
  renameSync(temp, link)
}

/**
 * Makes a finished release live (atomically) and prunes the old ones, unless told not to (a
 * publish prunes after it has answered: deleting old folders is not on the way to live).
 */
export function switchTo(dist: string, slug: string, id: string, pruning = true): void {
  if (!existsSync(join(releaseDir(dist, slug, id), 'site', 'index.html')))
    throw new Error(`release ${id} of ${slug} has no site/index.html`)
  adoptLegacy(dist, slug)
  pointAt(dist, slug, id)
  if (pruning) prune(dist, slug)
}

/** Keeps the newest `keep` releases and the live one; removes the others and stray folders. */
export function prune(dist: string, slug: string, keep = keptReleases): string[] {
  const live = liveRelease(dist, slug)
  const dir = releasesDir(dist, slug)
  if (!existsSync(dir)) return []
  const all = readdirSync(dir).sort()
  const finished = listReleases(dist, slug)
  const keepSet = new Set(finished.slice(-keep))
  if (live) keepSet.add(live)
  const removed: string[] = []
  for (const name of all) {
    // A folder without site/ is a build in progress (or a crashed one): leave it to its builder.
    if (keepSet.has(name) || !finished.includes(name)) continue
    // Out of the list in one rename, then deleted: a prune cut short never leaves half a release
    // that rollback could pick (dot-names are not releases; the next build removes them).
    const doomed = join(dir, `.pruned-${name}`)
    renameSync(join(dir, name), doomed)
    rmSync(doomed, { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** Returns to the release before the live one. Throws when there is none. */
export function rollback(dist: string, slug: string): { from: string | null; to: string } {
  adoptLegacy(dist, slug)
  const live = liveRelease(dist, slug)
  const older = listReleases(dist, slug).filter((id) => !live || id < live)
  const to = older.at(-1)
  if (!to)
    throw new Error(
      `${slug} has no release older than the live one (${live ?? 'none'}) to return to`,
    )
  pointAt(dist, slug, to)
  return { from: live, to }
}

/** Removes a release that never went live (a failed build). */
export function discard(dist: string, slug: string, id: string): void {
  if (liveRelease(dist, slug) === id) return
  rmSync(releaseDir(dist, slug, id), { recursive: true, force: true })
}
