import { arrondissements, type SiteEntry } from '@bawaba/registry'
import { amazighReception } from './amazigh.ts'
import { centralAbout, centralArrondissements, centralLocation, centralPhone } from './central.ts'
import { centralEvents } from './central-events.ts'
import { centralNewsA } from './central-news-a.ts'
import { centralNewsB } from './central-news-b.ts'
import { centralNewsC } from './central-news-c.ts'
import { districtFacts } from './districts/index.ts'
import { districtEvents } from './events/index.ts'
import { seatAddress } from './events/template.ts'
import { hours, names, pageLink } from './helpers.ts'
import { districtNews } from './news-topics/index.ts'
import { districtAbout, districtNeighbourhoods } from './pages-about.ts'
import { contactPage, servicesPage } from './pages-services.ts'
import { quickLinks, type PlatformKey } from './platforms.ts'
import type { SeedLink, SiteSeed } from './types.ts'

const navigation: SeedLink[] = [
  pageLink('about', { ar: 'تقديم', fr: 'Présentation' }),
  pageLink('services', { ar: 'الخدمات', fr: 'Services' }),
  pageLink('contact', { ar: 'اتصلوا بنا', fr: 'Contact' }),
]

const platformOrder: PlatformKey[] = ['watiqa', 'rokhas', 'chikaya', 'idarati', 'cri']

/** Four shortcuts per arrondissement, starting at a different platform for each. */
function districtQuickLinks(index: number) {
  return quickLinks(
    Array.from({ length: 4 }, (_, k) => platformOrder[(index + k) % platformOrder.length]!),
  )
}

/** Everything the seed writes for one site; the same site always gives the same content. */
export function siteSeed(site: SiteEntry): SiteSeed {
  const n = names(site)
  const contactOf = (phone: string): SiteSeed['contact'] => ({
    address: seatAddress(n),
    phone,
    email: `contact@${site.domain}`,
    hours,
  })
  const common = {
    intro: {
      ar: `مرحبا بكم في الموقع الرسمي ل${n.ar}: الأخبار والأنشطة والخدمات.`,
      fr: `Bienvenue sur le site officiel de ${n.frIn} : actualités, agenda et services.`,
    },
    navigation,
    footerText: {
      ar: `الموقع الرسمي ل${n.ar}، في خدمة السكان.`,
      fr: `Site officiel de ${n.frIn}, au service des habitants.`,
    },
  }

  if (site.kind === 'central') {
    const contact = contactOf(centralPhone)
    return {
      ...common,
      contact,
      location: centralLocation,
      pages: [
        centralAbout(site),
        centralArrondissements(site),
        servicesPage(n),
        contactPage(n, contact),
      ],
      news: [
        ...centralNewsA(site),
        ...centralNewsB(site),
        ...centralNewsC(site),
        amazighReception(site.slug, n, 105),
      ].sort((a, b) => a.daysAgo - b.daysAgo),
      events: centralEvents(site),
      quickLinks: quickLinks(platformOrder),
    }
  }

  const index = arrondissements.findIndex((s) => s.slug === site.slug)
  if (index < 0) throw new Error(`seed: '${site.slug}' is not an arrondissement of the registry`)
  const facts = districtFacts(site)
  const contact = contactOf(facts.phone)
  return {
    ...common,
    contact,
    location: facts.location,
    pages: [
      districtAbout(site, facts),
      districtNeighbourhoods(site, facts),
      servicesPage(n),
      contactPage(n, contact),
    ],
    news: districtNews(site, facts, index),
    events: districtEvents(site, facts, index),
    quickLinks: districtQuickLinks(index),
  }
}
