import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'
import { runBuild } from './buildSite.ts'
import { setBuildRunner } from './runner.ts'

/**
 * What publishing queues, through the Local API on a real SQLite file (no worker running): which
 * sites, coalesced how, and what a run of the queue records. The builds themselves are the
 * pipeline build test's (pipeline.build.test.ts); here the runner only reports.
 */
let payload: Payload
let world: TestWorld

beforeAll(async () => {
  process.env.BUILD_DEBOUNCE_MS = '0'
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  setBuildRunner(null)
  await payload?.destroy()
})

beforeEach(async () => {
  await payload.delete({ collection: 'builds', where: { id: { exists: true } } })
  await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

const slugOf = (id: string) =>
  Object.entries(world.sites).find(([, siteId]) => siteId === id)?.[0] ?? id

async function queued() {
  const builds = await payload.find({
    collection: 'builds',
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  return builds.docs.map((b) => ({
    site: slugOf(b.site as string),
    status: b.status,
    count: b.triggerCount,
    actions: (b.triggers ?? []).map((t) => t.action),
  }))
}

let n = 0
const news = (data: Record<string, unknown>, user = world.users.anfaPublisher) =>
  payload.create({
    collection: 'news',
    data: {
      site: world.sites.anfa,
      title: `خبر ${++n}`,
      slug: `queue-${n}`,
      category: 'announcement',
      ...data,
    } as never,
    user,
    overrideAccess: false,
  })

describe('what publishing queues', () => {
  it('publishing a district item queues its site, with its job in the builds queue', async () => {
    const doc = await news({ _status: 'published' })
    expect(await queued()).toEqual([
      { site: 'anfa', status: 'queued', count: 1, actions: ['publish'] },
    ])
    const builds = await payload.find({ collection: 'builds', depth: 0 })
    expect(builds.docs[0]!.triggers![0]).toMatchObject({
      collection: 'news',
      document: doc.id,
      user: String(world.users.anfaPublisher.id),
    })
    const jobs = await payload.find({ collection: 'payload-jobs', depth: 0, overrideAccess: true })
    expect(
      jobs.docs.map((j) => [j.taskSlug, j.queue, (j.input as { build: string }).build]),
    ).toEqual([['buildSite', 'builds', builds.docs[0]!.id]])
  })

  it('drafts and autosaves queue nothing, not even over a published item', async () => {
    const draft = await news({ _status: 'draft' })
    await payload.update({
      collection: 'news',
      id: draft.id,
      data: { title: 'autosave' },
      draft: true,
      autosave: true,
      user: world.users.anfaEditor,
      overrideAccess: false,
    })
    expect(await queued()).toEqual([])
    const live = await news({ _status: 'published' })
    await payload.delete({ collection: 'builds', where: { id: { exists: true } } })
    await payload.update({
      collection: 'news',
      id: live.id,
      data: { title: 'a draft of the next version', _status: 'draft' },
      draft: true,
      user: world.users.anfaPublisher,
      overrideAccess: false,
    })
    expect(await queued()).toEqual([])
  })

  it('unpublishing and deleting queue the site; ten publishes in a row are one build', async () => {
    const doc = await news({ _status: 'published' })
    for (let i = 0; i < 9; i++)
      await payload.update({
        collection: 'news',
        id: doc.id,
        data: { title: `v${i}`, _status: 'published' },
        user: world.users.anfaPublisher,
        overrideAccess: false,
      })
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { _status: 'draft' },
      user: world.users.anfaPublisher,
      overrideAccess: false,
    })
    await payload.delete({ collection: 'news', id: doc.id, user: world.users.anfaPublisher })
    const [build] = await queued()
    expect(await queued()).toHaveLength(1)
    expect(build!.count).toBe(11)
    // Deleting an item already unpublished changes no site: nothing more is queued.
    expect(build!.actions.slice(-2)).toEqual(['publish', 'unpublish'])
  })

  it('a central item featured on a district queues the district first, then the portal', async () => {
    await news(
      { site: world.sites.casablanca, featuredOn: [world.sites.maarif], _status: 'published' },
      world.users.central,
    )
    expect((await queued()).map((b) => b.site)).toEqual(['maarif', 'casablanca'])
  })

  it('un-featuring an item rebuilds the district it leaves', async () => {
    const doc = await news(
      { site: world.sites.casablanca, featuredOn: [world.sites.maarif], _status: 'published' },
      world.users.central,
    )
    await payload.delete({ collection: 'builds', where: { id: { exists: true } } })
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { featuredOn: [], _status: 'published' },
      user: world.users.central,
      overrideAccess: false,
    })
    expect((await queued()).map((b) => b.site).sort()).toEqual(['casablanca', 'maarif'])
  })

  it('a change to the sites themselves queues every site', async () => {
    await payload.update({
      collection: 'sites',
      id: world.sites.anfa,
      data: { prefecture: 'Casablanca-Anfa' } as never,
      user: world.users.admin,
      overrideAccess: false,
    })
    expect((await queued()).map((b) => b.site).sort()).toEqual(['anfa', 'casablanca', 'maarif'])
  })

  it('a new upload queues nothing, as a draft or when first published (it is on no page before an item links it); an edit of it live does', async () => {
    const data = await sharp({
      create: { width: 64, height: 36, channels: 3, background: '#0b5a6b' },
    })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'media',
      locale: 'ar',
      data: { alt: 'صورة', site: world.sites.anfa } as never,
      file: { data, mimetype: 'image/jpeg', name: 'queue-photo.jpg', size: data.length },
      user: world.users.anfaPublisher,
      overrideAccess: false,
    })
    expect(await queued()).toEqual([])
    await payload.update({
      collection: 'media',
      id: photo.id,
      data: { _status: 'published' } as never,
      user: world.users.anfaPublisher,
      overrideAccess: false,
    })
    expect(await queued()).toEqual([])
    await payload.update({
      collection: 'media',
      id: photo.id,
      locale: 'ar',
      data: { alt: 'صورة الواجهة' } as never,
      user: world.users.anfaPublisher,
      overrideAccess: false,
    })
    // Its district, and the portal, which shows the districts' heritage photos.
    expect((await queued()).map((b) => b.site)).toEqual(['anfa', 'casablanca'])
  })

  it('an alert without targets queues every site; with targets, those', async () => {
    const base = {
      severity: 'info',
      message: 'تنبيه',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    }
    await payload.create({
      collection: 'alerts',
      data: { ...base, sites: [world.sites.maarif] } as never,
    })
    expect((await queued()).map((b) => b.site)).toEqual(['maarif'])
    await payload.create({ collection: 'alerts', data: { ...base, sites: [] } as never })
    expect((await queued()).map((b) => b.site).sort()).toEqual(['anfa', 'casablanca', 'maarif'])
  })
})

describe('running a build', () => {
  it('records success with its release and pages, and a trigger that joins while it starts', async () => {
    await news({ _status: 'published' })
    const [build] = (await payload.find({ collection: 'builds', depth: 0 })).docs
    setBuildRunner(async (slug) => {
      expect(slug).toBe('anfa')
      // A publish landing while the build runs: it starts a new build, the running one is kept.
      await news({ _status: 'published' })
      return { ok: true, release: 'r1', pages: 12, log: 'built' }
    })
    await runBuild(payload, build!.id)
    const after = await payload.find({ collection: 'builds', sort: 'createdAt', depth: 0 })
    expect(after.docs.map((b) => [b.status, b.release ?? null, b.pages ?? null])).toEqual([
      ['succeeded', 'r1', 12],
      ['queued', null, null],
    ])
    expect(after.docs[0]!.triggers).toHaveLength(1)
    expect(after.docs[0]!.seconds).toBeGreaterThanOrEqual(0)
  })

  it('records a failure with its error and log, and never runs a build twice', async () => {
    await news({ _status: 'published' })
    const [build] = (await payload.find({ collection: 'builds', depth: 0 })).docs
    let runs = 0
    setBuildRunner(async () => {
      runs++
      return { ok: false, error: 'broken link on /ar/x/: /ar/y/', log: 'check failed' }
    })
    await runBuild(payload, build!.id)
    await runBuild(payload, build!.id)
    expect(runs).toBe(1)
    const done = await payload.findByID({ collection: 'builds', id: build!.id, depth: 0 })
    expect([done.status, done.error, done.log]).toEqual([
      'failed',
      'broken link on /ar/x/: /ar/y/',
      'check failed',
    ])
  })

  it('tries again a build that failed on something passing, waiting longer each time', async () => {
    process.env.BUILD_RETRY_MS = '20'
    try {
      await news({ _status: 'published' })
      const [build] = (await payload.find({ collection: 'builds', depth: 0 })).docs
      const at: number[] = []
      setBuildRunner(async () => {
        at.push(Date.now())
        return at.length < 3
          ? {
              ok: false,
              transient: true,
              error: 'fetching http://cms/api/media/file/x.jpg failed 5 times: ECONNRESET',
              log: `attempt ${at.length} failed`,
            }
          : { ok: true, release: 'r3', pages: 4, log: 'built' }
      })
      await runBuild(payload, build!.id)
      expect(at).toHaveLength(3)
      // 20 ms, then 40 ms.
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(at[1]! - at[0]!)
      const done = await payload.findByID({ collection: 'builds', id: build!.id, depth: 0 })
      expect([done.status, done.release, done.error ?? null]).toEqual(['succeeded', 'r3', null])
      expect(done.log).toContain('attempt 1 failed')
      expect(done.log).toContain('— attempt 3 —\nbuilt')
    } finally {
      delete process.env.BUILD_RETRY_MS
    }
  })

  it('gives up after three attempts, and records the last error', async () => {
    process.env.BUILD_RETRY_MS = '1'
    try {
      await news({ _status: 'published' })
      const [build] = (await payload.find({ collection: 'builds', depth: 0 })).docs
      let runs = 0
      setBuildRunner(async () => ({
        ok: false,
        transient: true,
        error: `CMS unreachable: GET http://cms/api/news failed (ECONNREFUSED) ${++runs}`,
        log: '',
      }))
      await runBuild(payload, build!.id)
      expect(runs).toBe(3)
      const done = await payload.findByID({ collection: 'builds', id: build!.id, depth: 0 })
      expect([done.status, done.error]).toEqual([
        'failed',
        'CMS unreachable: GET http://cms/api/news failed (ECONNREFUSED) 3',
      ])
    } finally {
      delete process.env.BUILD_RETRY_MS
    }
  })

  it('a success supersedes the site’s earlier failures: what they were to publish is live', async () => {
    await news({ _status: 'published' })
    const [failing] = (await payload.find({ collection: 'builds', depth: 0 })).docs
    setBuildRunner(async () => ({ ok: false, error: 'broken link on /ar/x/: /ar/y/', log: '' }))
    await runBuild(payload, failing!.id)
    const other = await payload.create({
      collection: 'builds',
      data: { site: world.sites.maarif, status: 'failed', triggers: [], triggerCount: 0 } as never,
      context: { pipeline: true },
      depth: 0,
    })
    await news({ _status: 'published' })
    const next = await payload.find({
      collection: 'builds',
      where: { status: { equals: 'queued' } },
      depth: 0,
    })
    setBuildRunner(async () => ({ ok: true, release: 'r2', pages: 3, log: '' }))
    await runBuild(payload, next.docs[0]!.id)
    const status = async (id: string) =>
      (await payload.findByID({ collection: 'builds', id, depth: 0 })).status
    expect(await status(failing!.id)).toBe('superseded')
    expect(await status(next.docs[0]!.id)).toBe('succeeded')
    // Another site's failure is its own.
    expect(await status(other.id)).toBe('failed')
  })

  it('keeps each site’s newest finished builds only, the others’ untouched', async () => {
    process.env.BUILDS_KEPT = '2'
    try {
      const old = (site: string, release: string, status = 'succeeded') =>
        payload.create({
          collection: 'builds',
          data: { site, status, release, triggers: [], triggerCount: 0 } as never,
          context: { pipeline: true },
          depth: 0,
        })
      for (const release of ['old-1', 'old-2', 'old-3']) {
        await old(world.sites.anfa, release)
        await new Promise((ok) => setTimeout(ok, 5))
      }
      await old(world.sites.maarif, 'maarif-1', 'failed')
      await old(world.sites.maarif, 'maarif-2')
      await old(world.sites.maarif, 'maarif-3')
      await news({ _status: 'published' })
      const waiting = await payload.find({
        collection: 'builds',
        where: { status: { equals: 'queued' } },
        depth: 0,
      })
      setBuildRunner(async () => ({ ok: true, release: 'new', pages: 1, log: '' }))
      await runBuild(payload, waiting.docs[0]!.id)
      const left = await payload.find({ collection: 'builds', limit: 100, depth: 0 })
      const releasesOf = (slug: string) =>
        left.docs
          .filter((b) => slugOf(b.site as string) === slug)
          .map((b) => b.release)
          .sort()
      expect(releasesOf('anfa')).toEqual(['new', 'old-3'])
      expect(releasesOf('maarif')).toEqual(['maarif-1', 'maarif-2', 'maarif-3'])
    } finally {
      delete process.env.BUILDS_KEPT
    }
  })

  it('without a worker, the CMS refuses to build by itself', async () => {
    setBuildRunner(null)
    await news({ _status: 'published' })
    const [build] = (await payload.find({ collection: 'builds', depth: 0 })).docs
    await runBuild(payload, build!.id)
    const done = await payload.findByID({ collection: 'builds', id: build!.id, depth: 0 })
    expect(done.status).toBe('failed')
    expect(done.error).toMatch(/build worker/)
  })
})
