/** schema.org JSON-LD for the services pages: a procedure as a GovernmentService, partners. */
import { text } from '@bawaba/content'
import { localeInfo, type Locale } from '@bawaba/registry'
import type { Office, Partner, Procedure, Site } from '@bawaba/schemas'
import { governmentOffice } from './seo.offices.ts'

type Json = Record<string, unknown>

const city = { '@type': 'City', name: 'Casablanca' }

export interface ServiceContext {
  /** The site publishing the page (the provider). */
  site: Site
  /** Its home page in this locale. */
  siteUrl: string
  /** This page. */
  url: string
  /** The theme's label, in the page's language. */
  themeLabel: string
  /** The site's offices for the procedure, each with its URL on the offices page. */
  offices: Array<{ office: Office; url: string }>
}

/** A procedure as a schema.org GovernmentService, with its online and in-person channels. */
export function governmentService(procedure: Procedure, locale: Locale, ctx: ServiceContext): Json {
  const { site } = ctx
  const description = text(procedure.summary, locale)
  const audience = text(procedure.audience, locale)
  const channels: Json[] = []
  if (procedure.online)
    channels.push({
      '@type': 'ServiceChannel',
      name: text(procedure.online.label, locale),
      serviceUrl: procedure.online.url,
    })
  if (ctx.offices.length)
    channels.push({
      '@type': 'ServiceChannel',
      serviceLocation: ctx.offices.map(({ office, url }) => governmentOffice(office, locale, url)),
    })
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: text(procedure.title, locale),
    ...(description ? { description } : {}),
    serviceType: ctx.themeLabel,
    url: ctx.url,
    inLanguage: localeInfo(locale).hreflang,
    provider: {
      '@type': 'GovernmentOrganization',
      name: text(site.name, locale),
      url: ctx.siteUrl,
    },
    areaServed:
      site.kind === 'central'
        ? city
        : { '@type': 'AdministrativeArea', name: text(site.name, locale), containedInPlace: city },
    ...(audience ? { audience: { '@type': 'Audience', audienceType: audience } } : {}),
    ...(channels.length ? { availableChannel: channels } : {}),
  }
}

/** A partner as a schema.org Organization (`url`: its entry on the partners page). */
export function partnerOrganization(
  partner: Partner,
  locale: Locale,
  url: string,
  logo?: string,
): Json {
  const description = text(partner.runs, locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url,
    name: text(partner.name, locale),
    ...(description ? { description } : {}),
    url: partner.url ?? url,
    ...(logo ? { logo } : {}),
    ...(partner.phone ? { telephone: partner.phone } : {}),
    ...(partner.email ? { email: partner.email } : {}),
    areaServed: city,
  }
}
