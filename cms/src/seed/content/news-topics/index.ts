import type { SiteEntry } from '@bawaba/registry'
import { amazighReception } from '../amazigh.ts'
import type { DistrictFacts } from '../facts.ts'
import { image, names } from '../helpers.ts'
import type { SeedNews } from '../types.ts'
import { civilStatus, councilSession, proximityCentre, schools } from './civic.ts'
import { festival, youthSport } from './culture-sport.ts'
import { cleanliness, greenSpaces, heat, treePlanting } from './environment.ts'
import type { Topic } from './topic.ts'
import { lighting, market, roadworks, schoolSafety } from './works.ts'

/**
 * The translated topics sit at even positions, so any run of eight consecutive topics
 * holds at least four of them and every district gets its two English items.
 */
export const pool: Topic[] = [
  roadworks,
  schools,
  festival,
  councilSession,
  lighting,
  greenSpaces,
  youthSport,
  heat,
  civilStatus,
  treePlanting,
  market,
  proximityCentre,
  cleanliness,
  schoolSafety,
]

const PER_SITE = 8
const EN_PER_SITE = 2
/** Spread over four months, most recent first. */
const daysAgo = [2, 6, 11, 18, 27, 39, 54, 71]

/** Eight topics for the `index`-th arrondissement, plus the Amazigh reception item. */
export function districtNews(site: SiteEntry, facts: DistrictFacts, index: number): SeedNews[] {
  const n = names(site)
  // 5 is coprime with the pool size, so the first fourteen districts all start elsewhere;
  // later ones walk the pool with another odd step (odd keeps every other topic translated).
  const start = (index * 5) % pool.length
  const step = 1 + 2 * Math.floor(index / pool.length)
  let en = 0
  const items = Array.from({ length: PER_SITE }, (_, k): SeedNews => {
    const topic = pool[(start + k * step) % pool.length]!
    const spots = facts.spots
    const s1 = spots[(index + k) % spots.length]!
    const s2 = spots[(index + k + 1) % spots.length]!
    const ctx = { n, s1, s2 }
    const text = topic.build(ctx)
    const withEn = Boolean(topic.en) && en < EN_PER_SITE
    const item: SeedNews = {
      slug: topic.key,
      category: topic.category,
      daysAgo: daysAgo[k]! + (index % 4),
      ...text,
      image: image(site.slug, `news:${topic.key}`, topic.motif, withEn),
    }
    if (withEn) {
      en++
      const t = topic.en!(ctx)
      item.title = { ...item.title, en: t.title }
      item.summary = { ...item.summary, en: t.summary }
      item.body = { ...item.body, en: t.body }
    }
    return item
  })
  return [...items, amazighReception(site.slug, n, 88 + index)]
}
