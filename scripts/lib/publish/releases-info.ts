/**
 * `<release>/release.json`: which bundle (code version) rendered a release, and when. The sites
 * server answers a release's on-demand routes with that bundle, so a rollback to a release of
 * older code runs that code; bundles no kept release names are removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeAtomically } from './assets.ts'

export interface ReleaseInfo {
  code: string
  renderedAt: string
  pages: number
}

export const releaseInfoFile = (releaseDir: string) => join(releaseDir, 'release.json')

export function writeReleaseInfo(releaseDir: string, info: ReleaseInfo): void {
  writeAtomically(releaseInfoFile(releaseDir), `${JSON.stringify(info)}\n`)
}

export function readReleaseInfo(releaseDir: string): ReleaseInfo | null {
  try {
    return JSON.parse(readFileSync(releaseInfoFile(releaseDir), 'utf8'))
  } catch {
    return null
  }
}

/** Code versions of every kept release of every site, and `current`. */
export function keptBundles(dist: string, current: string): Set<string> {
  const keep = new Set([current])
  const releases = join(dist, 'releases')
  if (!existsSync(releases)) return keep
  for (const site of readdirSync(releases))
    for (const id of readdirSync(join(releases, site))) {
      const info = readReleaseInfo(join(releases, site, id))
      if (info) keep.add(info.code)
    }
  return keep
}
