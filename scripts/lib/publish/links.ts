/** Files shared between releases and caches: hard links, so a release costs no copy. */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/** A hard link (the same file, no copy), or a copy where the two are on different filesystems. */
export function place(source: string, target: string) {
  mkdirSync(dirname(target), { recursive: true })
  try {
    linkSync(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    copyFileSync(source, target)
  }
}
