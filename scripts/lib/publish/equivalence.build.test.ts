/**
 * The incremental path equals the full build, byte for byte. From the seeded test stack, a
 * random sequence of editorial changes (fixed seed) is made through the REST API on one
 * district and the portal: publish, edit a title or a body, add a translation, unpublish,
 * publish again, delete, feature a central item on the district and stop featuring it, change
 * the district's settings and menu, post an alert and expire it, publish content pages and
 * events, and items dated so that the lists shift from page to page. The clock moves on
 * half a day per batch, so events end and alerts open and close between batches.
 *
 * After each batch, one renderer process publishes the two sites incrementally (the warm path:
 * sync, then only the pages whose answers changed, into a new release linked to the live one,
 * the search index of the changed languages brought up to date once the pages are live),
 * and another renders the same content, at the same instant, in full into a dist of its own.
 * Every file of the two live releases must be identical: pages, feeds, sitemap, calendars,
 * images, PDFs and the search index (identical index files answer every query alike). A
 * mismatch names the file and shows the first lines that differ.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prng, type Rand } from '../../../cms/src/seed/random.ts'
import { call, jwt, signIn, type Json } from '../../../cms/src/test/stack.ts'
import { liveRelease, releaseDir } from '../releases.ts'
import { ensureBundle } from './bundle.ts'
import { startRenderer, type RendererProcess } from './child.ts'

const district = 'ben-msick'
const portal = 'casablanca'
const prefix = 'equiv-'
const batches = 7
const stepsPerBatch = 8
const seed = 16_2026
const start = Date.parse('2026-12-01T08:00:00.000Z')
const batchClock = (batch: number) => new Date(start + batch * 12 * 3_600_000)

const scratch = mkdtempSync(join(process.env.BAWABA_DATA_DIR!, 'equivalence-'))
const incrementalDist = join(scratch, 'incremental')
const fullDist = join(scratch, 'full')
const admin = () => jwt('admin')
const sites: Record<string, string> = {}
let incremental: RendererProcess
/** One per site: the two full builds run side by side, on both cores. */
let full: RendererProcess[]
let originalSettings: Json

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'rtl',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

async function ok(method: string, url: string, body?: unknown) {
  const answer = await call(method, url, admin(), body)
  if (answer.status >= 300)
    throw new Error(`${method} ${url}: ${answer.status} ${answer.text.slice(0, 300)}`)
  return answer.json
}

/** What the sequence made, by kind, so later steps have something to act on. */
const made = {
  news: [] as { id: string; central: boolean; published: boolean }[],
  events: [] as { id: string; published: boolean }[],
  pages: [] as { id: string; published: boolean }[],
  alerts: [] as string[],
}
let counter = 0

type Step = (r: Rand, now: Date) => Promise<string>

const iso = (ms: number) => new Date(ms).toISOString()
const choose = <T>(r: Rand, items: T[]): T | undefined => items[Math.floor(r() * items.length)]

const steps: Record<string, { weight: number; run: Step }> = {
  publishNews: {
    weight: 5,
    run: async (r, now) => {
      const n = ++counter
      const central = r() < 0.35
      // Mostly the newest (pushing the lists down a place), sometimes dated into the past.
      const publishedAt = iso(
        now.getTime() - (r() < 0.7 ? 0 : Math.floor(r() * 40)) * 86_400_000 - n,
      )
      const title: Json = { ar: `خبر ${n}`, fr: `Actualité ${n}` }
      const doc = await ok('POST', '/api/news?locale=ar&depth=0', {
        site: central ? sites[portal] : sites[district],
        category: 'culture',
        slug: `${prefix}news-${n}`,
        title: title.ar,
        summary: `ملخص ${n}`,
        publishedAt,
        featuredOn: central && r() < 0.6 ? [sites[district]] : [],
        _status: 'published',
      })
      await ok('PATCH', `/api/news/${doc.doc.id}?locale=fr&depth=0`, { title: title.fr })
      made.news.push({ id: doc.doc.id, central, published: true })
      return `publish news ${n}${central ? ' (central)' : ''}`
    },
  },
  editTitle: {
    weight: 3,
    run: async (r) => {
      const item = choose(r, made.news)
      if (!item) return 'edit title: nothing yet'
      await ok('PATCH', `/api/news/${item.id}?locale=ar&depth=0`, {
        title: `عنوان معدل ${++counter}`,
      })
      return `edit title of news ${item.id}`
    },
  },
  editBody: {
    weight: 2,
    run: async (r) => {
      const item = choose(r, made.news)
      if (!item) return 'edit body: nothing yet'
      await ok('PATCH', `/api/news/${item.id}?locale=fr&depth=0`, {
        body: paragraph(`Texte modifié ${++counter}`),
      })
      return `edit body of news ${item.id}`
    },
  },
  translate: {
    weight: 3,
    run: async (r) => {
      const item = choose(r, made.news)
      if (!item) return 'translate: nothing yet'
      const locale = r() < 0.5 ? 'zgh' : 'en'
      await ok('PATCH', `/api/news/${item.id}?locale=${locale}&depth=0`, {
        title: locale === 'zgh' ? `ⴰⵙⴰⵔⴰⴳ ${++counter}` : `News ${++counter}`,
      })
      return `translate news ${item.id} into ${locale}`
    },
  },
  unpublish: {
    weight: 2,
    run: async (r) => {
      const item = choose(
        r,
        made.news.filter((n) => n.published),
      )
      if (!item) return 'unpublish: nothing published'
      await ok('PATCH', `/api/news/${item.id}?depth=0`, { _status: 'draft' })
      item.published = false
      return `unpublish news ${item.id}`
    },
  },
  republish: {
    weight: 1,
    run: async (r) => {
      const item = choose(
        r,
        made.news.filter((n) => !n.published),
      )
      if (!item) return 'republish: nothing unpublished'
      await ok('PATCH', `/api/news/${item.id}?depth=0`, { _status: 'published' })
      item.published = true
      return `publish news ${item.id} again`
    },
  },
  remove: {
    weight: 2,
    run: async (r) => {
      const item = choose(r, made.news)
      if (!item) return 'delete: nothing yet'
      await ok('DELETE', `/api/news/${item.id}`)
      made.news.splice(made.news.indexOf(item), 1)
      return `delete news ${item.id}`
    },
  },
  feature: {
    weight: 2,
    run: async (r) => {
      const item = choose(
        r,
        made.news.filter((n) => n.central),
      )
      if (!item) return 'feature: no central item yet'
      const on = r() < 0.6
      await ok('PATCH', `/api/news/${item.id}?depth=0`, { featuredOn: on ? [sites[district]] : [] })
      return `${on ? 'feature' : 'stop featuring'} central news ${item.id} on ${district}`
    },
  },
  settings: {
    weight: 2,
    run: async (r) => {
      const n = ++counter
      if (r() < 0.5) {
        await ok('PATCH', `/api/site-settings/${originalSettings.id}?locale=fr&depth=0`, {
          footerText: `Pied de page ${n}`,
        })
        return 'change the footer text'
      }
      const page = choose(
        r,
        made.pages.filter((p) => p.published),
      )
      const navigation = [
        ...originalSettings.navigation.map((row: Json) => ({
          id: row.id,
          link: { ...row.link, label: row.link.label?.ar ?? null },
        })),
        page
          ? { link: { type: 'page', page: page.id, label: `رابط ${n}` } }
          : { link: { type: 'url', url: 'https://www.idarati.ma', label: `رابط ${n}` } },
      ]
      await ok('PATCH', `/api/site-settings/${originalSettings.id}?locale=ar&depth=0`, {
        navigation,
      })
      return `change the menu (${page ? 'a page' : 'an address'})`
    },
  },
  alert: {
    weight: 2,
    run: async (r, now) => {
      const open = made.alerts.length && r() < 0.4
      if (open) {
        const id = made.alerts.shift()!
        await ok('PATCH', `/api/alerts/${id}?depth=0`, {
          startsAt: iso(now.getTime() - 2 * 3_600_000),
          endsAt: iso(now.getTime() - 60_000),
        })
        return `expire alert ${id}`
      }
      const doc = await ok('POST', '/api/alerts?locale=ar&depth=0', {
        severity: choose(r, ['info', 'warning', 'critical']),
        message: `${prefix}تنبيه ${++counter}`,
        // Some open now, some open in a later batch; all close within a few batches.
        startsAt: iso(now.getTime() + (r() < 0.5 ? -3_600_000 : Math.floor(r() * 30) * 3_600_000)),
        endsAt: iso(now.getTime() + (6 + Math.floor(r() * 40)) * 3_600_000),
        sites: [sites[district]],
      })
      made.alerts.push(doc.doc.id)
      return `post alert ${doc.doc.id}`
    },
  },
  event: {
    weight: 2,
    run: async (r, now) => {
      const n = ++counter
      const startsAt = now.getTime() + Math.floor((r() - 0.3) * 5) * 86_400_000
      const doc = await ok('POST', '/api/events?locale=ar&depth=0', {
        site: sites[district],
        category: 'culture',
        slug: `${prefix}event-${n}`,
        title: `نشاط ${n}`,
        startsAt: iso(startsAt),
        // Ends within the next batches: the event moves from upcoming to past.
        endsAt: iso(startsAt + Math.floor(1 + r() * 30) * 3_600_000),
        _status: 'published',
      })
      made.events.push({ id: doc.doc.id, published: true })
      return `publish event ${n}`
    },
  },
  page: {
    weight: 1,
    run: async (r) => {
      const n = ++counter
      const existing = choose(r, made.pages)
      if (existing && r() < 0.5) {
        await ok('PATCH', `/api/pages/${existing.id}?locale=ar&depth=0`, {
          title: `صفحة معدلة ${n}`,
        })
        return `edit page ${existing.id}`
      }
      const doc = await ok('POST', '/api/pages?locale=ar&depth=0', {
        site: sites[district],
        slug: `${prefix}page-${n}`,
        title: `صفحة ${n}`,
        _status: 'published',
      })
      made.pages.push({ id: doc.doc.id, published: true })
      return `publish page ${n}`
    },
  },
}

function pickStep(r: Rand): [string, Step] {
  const entries = Object.entries(steps)
  const total = entries.reduce((sum, [, s]) => sum + s.weight, 0)
  let x = r() * total
  for (const [name, step] of entries) {
    x -= step.weight
    if (x < 0) return [name, step.run]
  }
  return [entries[0]![0], entries[0]![1].run]
}

/** Every file of a site's live release, relative to its root. */
function liveFiles(dist: string, site: string): { root: string; files: string[] } {
  const root = join(releaseDir(dist, site, liveRelease(dist, site)!), 'site')
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort()
  return { root, files }
}

/** The first lines that differ, with two lines of context. */
function firstDifference(a: string, b: string): string {
  const parts = (text: string) => text.split(/\n|(?<=>)(?=<)/)
  const left = parts(a)
  const right = parts(b)
  const at = left.findIndex((line, i) => line !== right[i])
  const from = Math.max(0, at - 2)
  return [
    `  first difference at part ${at}:`,
    ...left.slice(from, at + 3).map((l) => `  - incremental: ${l.slice(0, 200)}`),
    ...right.slice(from, at + 3).map((l) => `  + full:        ${l.slice(0, 200)}`),
  ].join('\n')
}

function compare(site: string): string[] {
  const a = liveFiles(incrementalDist, site)
  const b = liveFiles(fullDist, site)
  const problems: string[] = []
  const onlyA = a.files.filter((f) => !b.files.includes(f))
  const onlyB = b.files.filter((f) => !a.files.includes(f))
  if (onlyA.length)
    problems.push(`${site}: only in the incremental release: ${onlyA.slice(0, 10).join(', ')}`)
  if (onlyB.length)
    problems.push(`${site}: only in the full build: ${onlyB.slice(0, 10).join(', ')}`)
  for (const file of a.files) {
    if (!b.files.includes(file)) continue
    const x = readFileSync(join(a.root, file))
    const y = readFileSync(join(b.root, file))
    if (x.equals(y)) continue
    const text = /\.(html|xml|ics|txt|svg|json)$/.test(file)
    problems.push(
      `${site}: /${file.replace(/index\.html$/, '')} differs` +
        (text
          ? `\n${firstDifference(x.toString(), y.toString())}`
          : ` (${x.length} and ${y.length} bytes)`),
    )
  }
  return problems
}

beforeAll(async () => {
  await signIn()
  for (const slug of [district, portal]) {
    const { json } = await call('GET', `/api/sites?where[slug][equals]=${slug}&depth=0`)
    sites[slug] = json.docs[0].id
  }
  originalSettings = (
    await ok('GET', `/api/site-settings?where[site][equals]=${sites[district]}&depth=0&locale=all`)
  ).docs[0]
  // Both news lists start one item short of three complete twelves (numbered from the oldest:
  // sites/src/lib/content.ts), so the steps' publications add numbered pages, move items across
  // them and, unpublished, take pages away; the fillers are the oldest, and the steps edit,
  // unpublish and delete them too.
  for (const slug of [district, portal]) {
    const id = sites[slug]!
    const shown = await ok(
      'GET',
      `/api/news?limit=1&depth=0&where[and][0][_status][equals]=published` +
        `&where[and][1][or][0][site][equals]=${id}&where[and][1][or][1][featuredOn][in]=${id}`,
    )
    for (let i = shown.totalDocs; i < 35; i++) {
      const n = ++counter
      const doc = await ok('POST', '/api/news?locale=ar&depth=0', {
        site: id,
        category: 'culture',
        slug: `${prefix}news-${n}`,
        title: `خبر قديم ${n}`,
        summary: `ملخص ${n}`,
        publishedAt: iso(start - (200 + n) * 86_400_000),
        _status: 'published',
      })
      await ok('PATCH', `/api/news/${doc.doc.id}?locale=fr&depth=0`, { title: `Ancienne ${n}` })
      made.news.push({ id: doc.doc.id, central: slug === portal, published: true })
    }
  }
  const bundle = await ensureBundle()
  const env = { ...process.env, BAWABA_STORE: join(scratch, 'store.db') }
  ;[incremental, ...full] = await Promise.all([
    startRenderer(bundle, { ...env, BAWABA_DIST: incrementalDist }),
    startRenderer(bundle, { ...env, BAWABA_DIST: fullDist }),
    startRenderer(bundle, { ...env, BAWABA_DIST: fullDist }),
  ])
  // Both start from a full build of the seeded content.
  await incremental.sync()
  for (const site of [district, portal]) {
    await incremental.build(site, { full: true, now: batchClock(0) })
    numberedPages[site]!.push(countNumbered(site))
  }
}, 600_000)

afterAll(async () => {
  await Promise.all([incremental, ...(full ?? [])].map((renderer) => renderer?.close()))
  for (const item of made.news) await call('DELETE', `/api/news/${item.id}`, admin())
  for (const item of made.events) await call('DELETE', `/api/events/${item.id}`, admin())
  for (const item of made.pages) await call('DELETE', `/api/pages/${item.id}`, admin())
  for (const id of made.alerts) await call('DELETE', `/api/alerts/${id}`, admin())
  if (originalSettings)
    for (const locale of ['ar', 'fr'])
      await call('PATCH', `/api/site-settings/${originalSettings.id}?locale=${locale}`, admin(), {
        navigation: originalSettings.navigation.map((row: Json) => ({
          id: row.id,
          link: { ...row.link, label: row.link.label?.[locale] ?? null },
        })),
        footerText: originalSettings.footerText?.[locale] ?? null,
      })
  rmSync(scratch, { recursive: true, force: true })
}, 300_000)

/** Per site, the number of numbered news pages of the live release: at first, then per batch. */
const numberedPages: Record<string, number[]> = { [district]: [], [portal]: [] }
const countNumbered = (site: string) =>
  liveFiles(incrementalDist, site).files.filter((f) => /^ar\/news\/page\/\d+\/index\.html$/.test(f))
    .length

describe(`publishing incrementally equals a full build (${batches * stepsPerBatch} random steps, seed ${seed})`, () => {
  const r = prng(seed)
  for (let batch = 1; batch <= batches; batch++) {
    it(`batch ${batch}: the live releases of ${district} and ${portal} are identical file by file`, async () => {
      const now = batchClock(batch)
      const done: string[] = []
      for (let i = 0; i < stepsPerBatch; i++) {
        const [, run] = pickStep(r)
        done.push(await run(r, now))
      }
      await incremental.sync()
      // The same store, the same instant: the warm path and the full build side by side.
      const [passes] = await Promise.all([
        (async () => {
          const done = []
          for (const site of [district, portal]) done.push(await incremental.build(site, { now }))
          // A publish indexes search once its pages are live: compare once it has.
          await incremental.settle()
          return done
        })(),
        ...[district, portal].map((site, i) => full[i]!.build(site, { full: true, now })),
      ])
      const problems = [district, portal].flatMap(compare)
      for (const site of [district, portal]) numberedPages[site]!.push(countNumbered(site))
      expect(
        problems,
        `after: ${done.join('; ')}\n(incremental passes: ${passes
          .map((p) => `${p.site} ${p.status}, ${p.rendered} rendered, ${p.changed.length} changed`)
          .join('; ')})\n${problems.join('\n')}`,
      ).toEqual([])
    }, 300_000)
  }

  it('the news lists had numbered pages throughout, and the district’s gained one', () => {
    // (The portal gets fewer publications in the sequence; its count may stay as it was.)
    for (const site of [district, portal]) {
      expect(numberedPages[site], site).toHaveLength(batches + 1)
      expect(Math.min(...numberedPages[site]!), site).toBeGreaterThan(0)
    }
    const pages = numberedPages[district]!
    expect(Math.max(...pages), `${district}: ${pages}`).toBeGreaterThan(pages[0]!)
  })
})
