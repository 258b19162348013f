import type { SiteEntry } from '@bawaba/registry'
import type { DistrictFacts } from '../facts.ts'
import { image, names } from '../helpers.ts'
import type { SeedEvent } from '../types.ts'
import type { EventTemplate } from './template.ts'
import { concert, consultation, digitalWorkshops, tournament } from './templates-a.ts'
import { bloodDrive, environmentDay, memoryExhibition } from './templates-b.ts'

const templates: EventTemplate[] = [
  concert,
  tournament,
  consultation,
  digitalWorkshops,
  bloodDrive,
  environmentDay,
  memoryExhibition,
]

/** Four upcoming events and one that has just taken place. */
const startsInDays = [4, 10, 17, 29, -9]

export function districtEvents(site: SiteEntry, facts: DistrictFacts, index: number): SeedEvent[] {
  const n = names(site)
  return startsInDays.map((days, k) => {
    // 3 is coprime with 7: five distinct templates, in a different order for each district.
    const t = templates[(index + k * 3) % templates.length]!
    const { title, summary, place, body } = t.build({ n, facts })
    return {
      slug: t.key,
      category: t.category,
      startsInDays: days > 0 ? days + (index % 3) : days - (index % 3),
      startHour: t.startHour,
      durationHours: t.durationHours,
      title,
      summary,
      venue: place.venue,
      address: place.address,
      body,
      image: image(site.slug, `event:${t.key}`, t.motif),
    }
  })
}
