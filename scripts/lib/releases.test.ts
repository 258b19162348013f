import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  discard,
  listReleases,
  liveLink,
  liveRelease,
  newReleaseId,
  prune,
  releaseDir,
  rollback,
  switchTo,
} from './releases.ts'

let dist: string
let clock = Date.parse('2026-11-23T10:00:00Z')

/** A finished release whose home page says `text`. */
function release(slug: string, text: string): string {
  const id = newReleaseId(new Date((clock += 1000)))
  const dir = join(releaseDir(dist, slug, id), 'site')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), text)
  mkdirSync(join(releaseDir(dist, slug, id), 'server'))
  return id
}
const served = (slug: string) => readFileSync(join(liveLink(dist, slug), 'index.html'), 'utf8')

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'releases-'))
})

describe('release folders', () => {
  it('switches the live link to a release and serves it', () => {
    const a = release('anfa', 'one')
    switchTo(dist, 'anfa', a)
    expect(lstatSync(liveLink(dist, 'anfa')).isSymbolicLink()).toBe(true)
    expect(liveRelease(dist, 'anfa')).toBe(a)
    expect(served('anfa')).toBe('one')
    const b = release('anfa', 'two')
    switchTo(dist, 'anfa', b)
    expect(served('anfa')).toBe('two')
    expect(listReleases(dist, 'anfa')).toEqual([a, b])
  })

  it('refuses a release without a home page and leaves the live one', () => {
    const a = release('anfa', 'one')
    switchTo(dist, 'anfa', a)
    const broken = newReleaseId(new Date((clock += 1000)))
    mkdirSync(join(releaseDir(dist, 'anfa', broken), 'site'), { recursive: true })
    expect(() => switchTo(dist, 'anfa', broken)).toThrow(/no site\/index.html/)
    expect(served('anfa')).toBe('one')
    discard(dist, 'anfa', broken)
    expect(existsSync(releaseDir(dist, 'anfa', broken))).toBe(false)
  })

  it('never discards the live release', () => {
    const a = release('anfa', 'one')
    switchTo(dist, 'anfa', a)
    discard(dist, 'anfa', a)
    expect(served('anfa')).toBe('one')
  })

  it('keeps the last five releases and the live one', () => {
    const ids: string[] = []
    for (let i = 0; i < 8; i++) {
      ids.push(release('anfa', `r${i}`))
      switchTo(dist, 'anfa', ids.at(-1)!)
    }
    expect(listReleases(dist, 'anfa')).toEqual(ids.slice(-5))
    rollback(dist, 'anfa')
    rollback(dist, 'anfa')
    const live = liveRelease(dist, 'anfa')!
    const newer = release('anfa', 'new')
    mkdirSync(join(releaseDir(dist, 'anfa', 'zz-in-progress')), { recursive: true })
    expect(prune(dist, 'anfa', 1)).not.toContain(live)
    expect(listReleases(dist, 'anfa')).toEqual([live, newer])
    expect(existsSync(releaseDir(dist, 'anfa', 'zz-in-progress'))).toBe(true)
  })

  it('rolls back one release at a time and says when there is nothing older', () => {
    const [a, b, c] = ['one', 'two', 'three'].map((text) => release('anfa', text))
    for (const id of [a!, b!, c!]) switchTo(dist, 'anfa', id)
    expect(rollback(dist, 'anfa')).toEqual({ from: c, to: b })
    expect(served('anfa')).toBe('two')
    expect(rollback(dist, 'anfa')).toEqual({ from: b, to: a })
    expect(served('anfa')).toBe('one')
    expect(() => rollback(dist, 'anfa')).toThrow(/no release older/)
    expect(served('anfa')).toBe('one')
  })

  it('adopts a site built before release folders as a release of its own', () => {
    mkdirSync(join(dist, 'sites', 'anfa'), { recursive: true })
    writeFileSync(join(dist, 'sites', 'anfa', 'index.html'), 'legacy')
    mkdirSync(join(dist, 'servers', 'anfa'), { recursive: true })
    writeFileSync(join(dist, 'servers', 'anfa', 'entry.mjs'), '')
    const a = release('anfa', 'new')
    switchTo(dist, 'anfa', a)
    expect(served('anfa')).toBe('new')
    rollback(dist, 'anfa')
    expect(served('anfa')).toBe('legacy')
    const legacy = liveRelease(dist, 'anfa')!
    expect(existsSync(join(releaseDir(dist, 'anfa', legacy), 'server', 'entry.mjs'))).toBe(true)
  })

  it('keeps each site to itself', () => {
    const a = release('anfa', 'anfa')
    const m = release('maarif', 'maarif')
    switchTo(dist, 'anfa', a)
    switchTo(dist, 'maarif', m)
    switchTo(dist, 'anfa', release('anfa', 'anfa 2'))
    expect(liveRelease(dist, 'maarif')).toBe(m)
    expect(served('maarif')).toBe('maarif')
  })
})
