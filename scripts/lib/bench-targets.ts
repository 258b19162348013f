/**
 * The publishing-pipeline issue's targets, compared with one bench run's figures. A figure
 * measured below city scale (`scale` < 1) is compared as it is; the README extrapolates.
 */
export interface TargetCheck {
  target: string
  value: string
  met: boolean
  /** How far from the target, when missed. */
  missedBy?: string
  scale?: number
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function targetsOf(figures: Record<string, any>): Record<string, TargetCheck> {
  const out: Record<string, TargetCheck> = {}
  const scale = figures.scale as number
  const atMost = (
    name: string,
    value: number,
    limit: number,
    format: (n: number) => string,
    target: string,
  ) => {
    out[name] = {
      target,
      value: format(value),
      met: value <= limit,
      ...(value > limit
        ? { missedBy: `${format(value - limit)} (×${(value / limit).toFixed(2)})` }
        : {}),
      ...(scale !== 1 ? { scale } : {}),
    }
  }
  if (figures.generate) {
    // Documents grow linearly with the scale and the rate holds: below scale 1, extrapolated.
    const g = figures.generate
    atMost(
      'generate',
      g.seconds / g.scale,
      600,
      (n) => `${n.toFixed(0)} s`,
      g.scale === 1 ? '≤ 600 s at scale 1' : `≤ 600 s at scale 1 (extrapolated from ${g.scale})`,
    )
  }
  const atLeast = (
    name: string,
    value: number,
    limit: number,
    format: (n: number) => string,
    target: string,
  ) => {
    out[name] = {
      target,
      value: format(value),
      met: value >= limit,
      ...(value < limit
        ? { missedBy: `${format(limit - value)} (×${(limit / value).toFixed(2)})` }
        : {}),
      ...(scale !== 1 ? { scale } : {}),
    }
  }
  const at = scale === 1 ? '' : ` (measured at scale ${scale}: fewer pages than the city)`
  if (figures.fullBuild) {
    const build = figures.fullBuild
    atMost('fullBuild', build.seconds, 180, (n) => `${n.toFixed(0)} s`, `≤ 180 s on 2 cores${at}`)
    atLeast(
      'fullBuild.pagesPerSecond',
      build.pagesPerSecond,
      400,
      (n) => `${n.toFixed(0)} pages/s`,
      `≥ 400 pages/s end to end, index and check included${at}`,
    )
    atMost('fullBuild.peakMb', build.peakMb, 4096, (n) => `${n.toFixed(0)} MB`, `≤ 4 GB${at}`)
  }
  const seconds = (n: number) => `${n.toFixed(1)} s`
  const publish = figures.publishToLive
  if (publish?.district) {
    atMost(
      'publishToLive',
      publish.district.p50Seconds,
      3,
      seconds,
      'publish→live p50 ≤ 3 s for an arrondissement item',
    )
    atMost(
      'publishToLive.p95',
      publish.district.p95Seconds,
      6,
      seconds,
      'publish→live p95 ≤ 6 s for an arrondissement item',
    )
  }
  if (publish?.featuredCentral)
    atMost(
      'publishToLive.featuredCentral',
      publish.featuredCentral.p50Seconds,
      5,
      seconds,
      'publish→live p50 ≤ 5 s for a central item featured on a district',
    )
  if (publish?.unpublishDistrict) {
    atMost(
      'unpublish',
      publish.unpublishDistrict.p50Seconds,
      3,
      seconds,
      'unpublish→gone p50 ≤ 3 s for an arrondissement item',
    )
    atMost(
      'unpublish.p95',
      publish.unpublishDistrict.p95Seconds,
      6,
      seconds,
      'unpublish→gone p95 ≤ 6 s for an arrondissement item',
    )
  }
  if (publish?.unpublishFeaturedCentral)
    atMost(
      'unpublish.featuredCentral',
      publish.unpublishFeaturedCentral.p50Seconds,
      5,
      seconds,
      'unpublish→gone p50 ≤ 5 s for a central item featured on a district',
    )
  const article = figures.pageWeightBytes?.weights?.article?.beforeImages
  if (typeof article === 'number') {
    atMost('articleWeight', article, 50 * 1024, kb, '≤ 50 KB transferred before images (ar)')
  }
  for (const [page, scores] of Object.entries(
    (figures.lighthouse?.scores ?? {}) as Record<string, Record<string, number>>,
  )) {
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
      const score = scores[category]!
      out[`lighthouse.${page}.${category}`] = {
        target: '100',
        value: String(score),
        met: score >= 100,
        ...(score < 100 ? { missedBy: `${100 - score} points` } : {}),
      }
    }
  }
  return out
}
