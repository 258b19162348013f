/**
 * The bench's publish→live section: from the publish request in the CMS to the page being served
 * by the local sites server, with the build worker doing what it does in `npm start` (its
 * renderer warm). Ten publishes of an arrondissement news item (measured one after another), ten
 * of a central item featured on that arrondissement (live = served on the district site), then
 * the unpublishing of each (gone = 404 on the district site). One publish before them warms up
 * the path and is not counted.
 */
import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface PublishBenchOptions {
  cmsUrl: string
  sitesPort: number
  dataDir: string
  /** The district the items are published on (and featured on). */
  site?: string
  publishes?: number
  log?: (line: string) => void
}

export interface LatencyFigures {
  publishes: number
  p50Seconds: number
  p95Seconds: number
  minSeconds: number
  maxSeconds: number
  samples: number[]
}

function status(port: number, host: string, urlPath: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: urlPath, headers: { host: `${host}:${port}` } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', () => resolve(0))
    req.end()
  })
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!

function figures(samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (n: number) => Number(n.toFixed(2))
  return {
    publishes: samples.length,
    p50Seconds: round(quantile(sorted, 0.5)),
    p95Seconds: round(quantile(sorted, 0.95)),
    minSeconds: round(sorted[0]!),
    maxSeconds: round(sorted.at(-1)!),
    samples: samples.map(round),
  }
}

export async function benchPublish(options: PublishBenchOptions) {
  const { cmsUrl, sitesPort, dataDir, site = 'anfa', publishes = 10, log = console.log } = options
  const accounts = JSON.parse(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
    string,
    { password: string; role: string; sites: string[] }
  >
  const login = async (role: string, on: string) => {
    const [email, account] = Object.entries(accounts).find(
      ([, a]) => a.role === role && a.sites.includes(on),
    )!
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: account.password }),
    })
    return `JWT ${((await response.json()) as { token: string }).token}`
  }
  const siteId = async (slug: string) => {
    const response = await fetch(`${cmsUrl}/api/sites?where[slug][equals]=${slug}&depth=0`)
    return ((await response.json()) as { docs: { id: string }[] }).docs[0]!.id
  }
  const district = await siteId(site)
  const central = await siteId('casablanca')
  const run = Date.now().toString(36)

  /** Waits until the district serves `path` with `expected`; seconds since `t0`. */
  async function until(path: string, expected: number, t0: number, what: string) {
    const deadline = t0 + 10 * 60_000
    while ((await status(sitesPort, `${site}.localhost`, path)) !== expected) {
      if (performance.now() > deadline) throw new Error(`${what}: not done after 10 minutes`)
      await new Promise((ok) => setTimeout(ok, 50))
    }
    return (performance.now() - t0) / 1000
  }

  async function unpublishUntilGone(auth: string, id: string, slug: string): Promise<number> {
    const t0 = performance.now()
    const response = await fetch(`${cmsUrl}/api/news/${id}?locale=ar`, {
      method: 'PATCH',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'draft' }),
    })
    if (response.status !== 200)
      throw new Error(`unpublish ${slug}: ${response.status} ${await response.text()}`)
    return until(`/ar/news/${slug}/`, 404, t0, `unpublishing ${slug}`)
  }

  async function publishUntilServed(
    auth: string,
    data: Record<string, unknown>,
    slug: string,
  ): Promise<{ seconds: number; id: string }> {
    const t0 = performance.now()
    const response = await fetch(`${cmsUrl}/api/news?locale=ar`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'announcement',
        publishedAt: new Date().toISOString(),
        slug,
        _status: 'published',
        ...data,
      }),
    })
    if (response.status !== 201)
      throw new Error(`publish ${slug}: ${response.status} ${await response.text()}`)
    const { doc } = (await response.json()) as { doc: { id: string } }
    requests.push((performance.now() - t0) / 1000)
    return { seconds: await until(`/ar/news/${slug}/`, 200, t0, `publishing ${slug}`), id: doc.id }
  }

  /** Seconds the CMS took to answer each publish request (its part of publish→live). */
  const requests: number[] = []
  const districtAuth = await login('district-publisher', site)
  const centralAuth = await login('central-editor', 'casablanca')
  const districtItem = (i: number | string) => ({
    site: district,
    title: `خبر المقاطعة للقياس ${run}-${i}`,
    summary: 'قياس زمن النشر',
  })
  const warmUp = await publishUntilServed(districtAuth, districtItem('w'), `bench-warm-${run}`)
  log(`publish→live, warm-up (not counted): ${warmUp.seconds.toFixed(1)} s`)

  const districtSamples: number[] = []
  const districtIds: [string, string][] = []
  for (let i = 0; i < publishes; i++) {
    const slug = `bench-district-${run}-${i}`
    const { seconds, id } = await publishUntilServed(districtAuth, districtItem(i), slug)
    districtSamples.push(seconds)
    districtIds.push([id, slug])
    log(`publish→live, ${site} news ${i + 1}/${publishes}: ${seconds.toFixed(1)} s`)
  }

  const featuredSamples: number[] = []
  const featuredIds: [string, string][] = []
  for (let i = 0; i < publishes; i++) {
    const slug = `bench-featured-${run}-${i}`
    const { seconds, id } = await publishUntilServed(
      centralAuth,
      {
        site: central,
        featuredOn: [district],
        title: `خبر الجماعة المبرز للقياس ${run}-${i}`,
        summary: 'قياس زمن النشر',
      },
      slug,
    )
    featuredSamples.push(seconds)
    featuredIds.push([id, slug])
    log(
      `publish→live, central item featured on ${site} ${i + 1}/${publishes}: ${seconds.toFixed(1)} s`,
    )
  }

  const unpublishSamples: number[] = []
  for (const [i, [id, slug]] of districtIds.entries()) {
    const seconds = await unpublishUntilGone(districtAuth, id, slug)
    unpublishSamples.push(seconds)
    log(`unpublish→gone, ${site} news ${i + 1}/${publishes}: ${seconds.toFixed(1)} s`)
  }
  const unpublishFeaturedSamples: number[] = []
  for (const [i, [id, slug]] of featuredIds.entries()) {
    const seconds = await unpublishUntilGone(centralAuth, id, slug)
    unpublishFeaturedSamples.push(seconds)
    log(`unpublish→gone, central item on ${site} ${i + 1}/${publishes}: ${seconds.toFixed(1)} s`)
  }
  return {
    district: { site, ...figures(districtSamples) },
    featuredCentral: { site, ...figures(featuredSamples) },
    unpublishDistrict: { site, ...figures(unpublishSamples) },
    unpublishFeaturedCentral: { site, ...figures(unpublishFeaturedSamples) },
    warmUpSeconds: Number(warmUp.seconds.toFixed(2)),
    /** The CMS's answer to the publish requests alone (saving, queueing the build). */
    publishRequest: figures(requests.slice(1)),
    target:
      'district item p50 ≤ 3 s, p95 ≤ 6 s; central item featured on a district p50 ≤ 5 s; unpublishing the same',
  }
}
