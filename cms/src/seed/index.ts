import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { localeCodes, sites as registrySites, type Locale, type SiteEntry } from '@bawaba/registry'
import type { CollectionSlug, Payload } from 'payload'
import { dataDir } from '../env.ts'
import { pauseBuildQueue } from '../hooks/queueRebuild.ts'
import { seedAccounts } from './accounts.ts'
import { siteSeed } from './content/index.ts'
import { seedCivic } from './civic.ts'
import { seedCouncil } from './council.ts'
import type { ImageSpec, Loc, Paras, SeedBlock, SeedLink, SiteSeed } from './content/types.ts'
import { renderImage } from './images.ts'
import { paragraphsToLexical } from './lexical.ts'

export interface SeedOptions {
  /** Empty every collection first. */
  reset?: boolean
  log?: (line: string) => void
}

export interface SeedSummary {
  /** False when everything already existed. */
  changed: boolean
  text: string
}

type Row = Record<string, unknown>
type ByLocale = Partial<Record<Locale, Row>>

export const accountsFile = () => path.join(dataDir(), 'accounts.json')

/** Row ids of arrays and blocks, fixed per seed so translations land in the same rows. */
const rowId = () => randomBytes(12).toString('hex')

const at = <T>(value: Partial<Record<Locale, T>> | undefined, locale: Locale): T | undefined =>
  value?.[locale]

/** Locales in which a text exists (Arabic and French always, Amazigh and English sometimes). */
const written = (loc: Loc): Locale[] => localeCodes.filter((l) => Boolean(loc[l]))

const lexical = (paras: Paras | undefined, locale: Locale, heading?: Loc) => {
  const p = at(paras, locale)
  if (!p) return undefined
  return paragraphsToLexical(p, {
    heading: at(heading, locale),
    dir: locale === 'ar' ? 'rtl' : 'ltr',
  })
}

const tidy = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))

/**
 * Creates a document in Arabic, then adds each other locale that has a title. Only the
 * written locales are stored, so the sites can show where a translation is missing.
 */
async function createLocalized(
  payload: Payload,
  collection: CollectionSlug,
  common: Row,
  byLocale: ByLocale,
  published = true,
) {
  const status = published ? { _status: 'published' } : { _status: 'draft' }
  const draft = !published
  const doc = await payload.create({
    collection,
    locale: 'ar',
    data: { ...common, ...byLocale.ar, ...status } as never,
    draft,
    depth: 0,
  })
  for (const locale of localeCodes) {
    if (locale === 'ar' || !byLocale[locale]) continue
    await payload.update({
      collection,
      id: doc.id,
      locale,
      data: { ...byLocale[locale], ...status } as never,
      draft,
      depth: 0,
    })
  }
  return doc as unknown as { id: string }
}

async function reset(payload: Payload, log: (line: string) => void) {
  const order: CollectionSlug[] = [
    'submissions',
    'alerts',
    'procedures',
    'partners',
    'timeline-entries',
    'heritage-places',
    'offices',
    'news',
    'events',
    'council-decisions',
    'council-sessions',
    'council-members',
    'site-settings',
    'pages',
    'media',
    'documents',
    'users',
    'sites',
  ]
  for (const collection of order) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      depth: 0,
    })
  }
  rmSync(accountsFile(), { force: true })
  log('reset: all collections emptied')
}

async function upsertSites(payload: Payload): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const site of registrySites) {
    const found = await payload.find({
      collection: 'sites',
      where: { slug: { equals: site.slug } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      ids.set(site.slug, found.docs[0].id as string)
      continue
    }
    const content = siteSeed(site)
    const doc = await createLocalized(
      payload,
      'sites',
      {
        slug: site.slug,
        code: site.code,
        kind: site.kind,
        domain: site.domain,
        accentColor: site.accent,
        contact: { phone: content.contact.phone, email: content.contact.email },
        location: content.location,
      },
      Object.fromEntries(
        (['ar', 'fr'] as const).map((l) => [
          l,
          {
            name: site.name[l],
            prefecture: site.prefecture?.[l],
            contact: {
              phone: content.contact.phone,
              email: content.contact.email,
              address: content.contact.address[l],
              hours: content.contact.hours[l],
            },
          },
        ]),
      ),
    )
    ids.set(site.slug, doc.id)
  }
  return ids
}

/**
 * The forms service account: the e-services endpoints store submissions with its API key
 * (FORMS_API_KEY, generated into .data/secrets.env locally). Not a person: no password anyone
 * knows, no site, no admin access. A rotated key is written to it on the next seed.
 */
export async function ensureFormsService(payload: Payload) {
  const apiKey = process.env.FORMS_API_KEY
  if (!apiKey) throw new Error('FORMS_API_KEY is not set (see .env.example)')
  const email = 'forms-service@casablancacity.ma'
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
  })
  const data = { enableAPIKey: true, apiKey }
  if (!found.docs[0]) {
    await payload.create({
      collection: 'users',
      data: {
        email,
        name: 'Service des formulaires',
        role: 'forms-service',
        password: randomBytes(32).toString('base64url'),
        ...data,
      } as never,
    })
  } else if ((found.docs[0] as { apiKey?: string }).apiKey !== apiKey) {
    await payload.update({ collection: 'users', id: found.docs[0].id, data: data as never })
  }
}

async function ensureAccounts(payload: Payload, siteIds: Map<string, string>) {
  const file = accountsFile()
  const known: Record<string, { password: string; role: string; sites: string[] }> = existsSync(
    file,
  )
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {}
  const created: string[] = []
  for (const account of seedAccounts) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) continue
    const password = randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password,
        name: account.name,
        role: account.role,
        sites: account.sites.map((slug) => ({ site: siteIds.get(slug)! })),
      } as never,
    })
    known[account.email] = { password, role: account.role, sites: account.sites }
    created.push(account.email)
  }
  if (created.length) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(known, null, 2) + '\n', { mode: 0o600 })
  }
  return { created, known }
}

/** Uploads one generated illustration into the site's media library. */
async function uploadImage(
  payload: Payload,
  site: SiteEntry,
  siteId: string,
  spec: ImageSpec,
  name: string,
) {
  const data = await renderImage(spec, site.accent)
  const doc = await payload.create({
    collection: 'media',
    locale: 'ar',
    data: { alt: spec.alt.ar, site: siteId, _status: 'published' } as never,
    file: { data, mimetype: 'image/jpeg', name: `${site.slug}-${name}.jpg`, size: data.length },
    depth: 0,
  })
  for (const locale of written(spec.alt)) {
    if (locale === 'ar') continue
    await payload.update({
      collection: 'media',
      id: doc.id,
      locale,
      data: { alt: spec.alt[locale] } as never,
      depth: 0,
    })
  }
  return doc.id as string
}

function linkData(link: SeedLink, locale: Locale, pageIds: Map<string, string>) {
  return link.pageSlug
    ? { label: at(link.label, locale), type: 'page', page: pageIds.get(link.pageSlug) }
    : { label: at(link.label, locale), type: 'url', url: link.url }
}

/** Blocks with the same row ids in every locale; the images are uploaded once. */
async function prepareBlocks(
  payload: Payload,
  site: SiteEntry,
  siteId: string,
  blocks: SeedBlock[],
  pageSlug: string,
  pageIds: Map<string, string>,
) {
  const images = new Map<ImageSpec, string>()
  let n = 0
  for (const block of blocks) {
    const specs =
      block.type === 'imageWithCaption'
        ? [block.image]
        : block.type === 'gallery'
          ? block.images
          : []
    for (const spec of specs)
      images.set(spec, await uploadImage(payload, site, siteId, spec, `${pageSlug}-${++n}`))
  }
  const ids = blocks.map(() => rowId())
  const itemIds = blocks.map((b) =>
    b.type === 'accordion'
      ? b.items.map(() => rowId())
      : b.type === 'linkList'
        ? b.links.map(() => rowId())
        : b.type === 'gallery'
          ? b.images.map(() => rowId())
          : [],
  )
  return (locale: Locale): Row[] =>
    blocks.map((block, i) => {
      const id = ids[i]
      const rows = itemIds[i]!
      switch (block.type) {
        case 'richText':
          return tidy({
            blockType: 'richText',
            id,
            content: lexical(block.paragraphs, locale, block.heading),
          })
        case 'imageWithCaption':
          return tidy({
            blockType: 'imageWithCaption',
            id,
            image: images.get(block.image),
            caption: at(block.caption, locale),
          })
        case 'gallery':
          return tidy({
            blockType: 'gallery',
            id,
            title: at(block.title, locale),
            images: block.images.map((spec, j) => ({ id: rows[j], image: images.get(spec) })),
          })
        case 'callToAction':
          return tidy({
            blockType: 'callToAction',
            id,
            heading: at(block.heading, locale),
            text: at(block.text, locale),
            link: linkData(block.link, locale, pageIds),
          })
        case 'linkList':
          return tidy({
            blockType: 'linkList',
            id,
            title: at(block.title, locale),
            links: block.links.map((link, j) => ({
              id: rows[j],
              link: linkData(link, locale, pageIds),
            })),
          })
        case 'accordion':
          return tidy({
            blockType: 'accordion',
            id,
            title: at(block.title, locale),
            items: block.items.map((item, j) =>
              tidy({
                id: rows[j],
                question: at(item.question, locale),
                answer: lexical(item.answer, locale),
              }),
            ),
          })
        case 'contactCard':
          return tidy({
            blockType: 'contactCard',
            id,
            name: at(block.name, locale),
            role: at(block.role, locale),
            address: at(block.address, locale),
            phone: block.phone,
            email: block.email,
            hours: at(block.hours, locale),
          })
      }
    })
}

const DAY = 86_400_000
/** Casablanca is on UTC+1 outside Ramadan; seeded times are local wall-clock hours. */
const localHour = (daysFromNow: number, hour: number) => {
  const day = new Date(Date.now() + daysFromNow * DAY)
  day.setUTCHours(hour - 1, 0, 0, 0)
  return day
}

async function seedSiteContent(
  payload: Payload,
  site: SiteEntry,
  content: SiteSeed,
  siteIds: Map<string, string>,
) {
  const siteId = siteIds.get(site.slug)!
  const siteIdOf = (slug: string) => {
    const id = siteIds.get(slug)
    if (!id) throw new Error(`seed: site '${site.slug}' features an unknown site '${slug}'`)
    return id
  }
  const pageIds = new Map<string, string>()
  // Parents first, so children can point at them.
  const pages = [...content.pages].sort(
    (a, b) => Number(Boolean(a.parentSlug)) - Number(Boolean(b.parentSlug)),
  )
  // Pages may link to pages created later: create them all first, then fill the layouts.
  for (const page of pages) {
    const byLocale: ByLocale = {}
    for (const locale of written(page.title)) {
      byLocale[locale] = tidy({ title: page.title[locale], summary: at(page.summary, locale) })
    }
    const doc = await createLocalized(
      payload,
      'pages',
      {
        site: siteId,
        slug: page.slug,
        parent: page.parentSlug ? pageIds.get(page.parentSlug) : undefined,
      },
      byLocale,
    )
    pageIds.set(page.slug, doc.id)
  }
  for (const page of pages) {
    const layoutFor = await prepareBlocks(payload, site, siteId, page.blocks, page.slug, pageIds)
    for (const locale of ['ar', ...written(page.title).filter((l) => l !== 'ar')] as Locale[]) {
      await payload.update({
        collection: 'pages',
        id: pageIds.get(page.slug)!,
        locale,
        data: { layout: layoutFor(locale), _status: 'published' } as never,
        depth: 0,
      })
    }
  }

  for (const [i, item] of content.news.entries()) {
    const hero = await uploadImage(payload, site, siteId, item.image, `news-${i + 1}`)
    const featuredOn = (item.featuredOn ?? []).map((slug) => siteIdOf(slug))
    const byLocale: ByLocale = {}
    for (const locale of written(item.title)) {
      byLocale[locale] = tidy({
        title: item.title[locale],
        summary: at(item.summary, locale),
        body: lexical(item.body, locale),
      })
    }
    await createLocalized(
      payload,
      'news',
      {
        site: siteId,
        slug: item.slug,
        category: item.category,
        publishedAt: new Date(Date.now() - item.daysAgo * DAY).toISOString(),
        heroImage: hero,
        featuredOn,
      },
      byLocale,
    )
  }

  for (const [i, item] of content.events.entries()) {
    const image = await uploadImage(payload, site, siteId, item.image, `event-${i + 1}`)
    const startsAt = localHour(item.startsInDays, item.startHour)
    const byLocale: ByLocale = {}
    for (const locale of written(item.title)) {
      byLocale[locale] = tidy({
        title: item.title[locale],
        summary: at(item.summary, locale),
        venue: at(item.venue, locale),
        address: at(item.address, locale),
        body: lexical(item.body, locale),
      })
    }
    await createLocalized(
      payload,
      'events',
      {
        site: siteId,
        slug: item.slug,
        category: item.category,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + item.durationHours * 3_600_000).toISOString(),
        image,
      },
      byLocale,
    )
  }

  // One unpublished draft per site: it must never reach the public site.
  await createLocalized(
    payload,
    'news',
    {
      site: siteId,
      slug: 'draft-next-week-programme',
      category: 'announcement',
      publishedAt: new Date().toISOString(),
    },
    {
      ar: { title: 'مسودة: برنامج الأسبوع المقبل', summary: 'نص قيد التحرير، غير منشور.' },
      fr: {
        title: 'Brouillon : programme de la semaine prochaine',
        summary: 'Texte en cours de rédaction, non publié.',
      },
    },
    false,
  )

  await seedCouncil(payload, site, siteId, registrySites.indexOf(site))

  const linkRows = (links: SeedLink[]) => {
    const ids = links.map(() => rowId())
    return (locale: Locale) =>
      links.map((link, j) => ({ id: ids[j], link: linkData(link, locale, pageIds) }))
  }
  const navigation = linkRows(content.navigation)
  const quickLinks = linkRows(content.quickLinks)
  const existing = await payload.find({
    collection: 'site-settings',
    where: { site: { equals: siteId } },
    limit: 1,
    depth: 0,
  })
  const settingsFor = (locale: 'ar' | 'fr') => ({
    navigation: navigation(locale),
    quickLinks: quickLinks(locale),
    footerText: content.footerText[locale],
  })
  const settings = existing.docs[0]
    ? existing.docs[0]
    : await payload.create({
        collection: 'site-settings',
        locale: 'ar',
        data: { site: siteId, ...settingsFor('ar') } as never,
        depth: 0,
      })
  for (const locale of ['ar', 'fr'] as const) {
    await payload.update({
      collection: 'site-settings',
      id: settings.id,
      locale,
      data: settingsFor(locale) as never,
      depth: 0,
    })
  }
}

/**
 * Seeds the 17 sites, the staff accounts and each site's content. Idempotent: sites and
 * accounts that exist are kept, and a site that already has news is left untouched.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  // The first build after a seed builds every site anyway: no build per seeded document.
  pauseBuildQueue()
  try {
    return await seedAll(payload, options)
  } finally {
    pauseBuildQueue(false)
  }
}

async function seedAll(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {})
  if (options.reset) await reset(payload, log)
  const siteIds = await upsertSites(payload)
  const { created } = await ensureAccounts(payload, siteIds)
  await ensureFormsService(payload)
  let seeded = 0
  for (const [index, site] of registrySites.entries()) {
    const siteId = siteIds.get(site.slug)!
    const existing = await payload.count({
      collection: 'news',
      where: { site: { equals: siteId } },
    })
    if (existing.totalDocs > 0) continue
    const started = Date.now()
    const content = siteSeed(site)
    await seedSiteContent(payload, site, content, siteIds)
    seeded++
    log(
      `[${index + 1}/${registrySites.length}] ${site.slug}: ${content.pages.length} pages, ${content.news.length} news, ${content.events.length} events in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    )
  }
  const civic = await seedCivic(payload, siteIds)
  if (civic.length) log(`civic content: ${civic.join(', ')}`)
  const lines = [
    seeded ? `seeded content for ${seeded} site(s)` : 'content already present: nothing to seed',
    civic.length ? `civic content seeded: ${civic.join(', ')}` : '',
    created.length
      ? `new staff accounts (passwords shown once, kept in ${path.relative(process.cwd(), accountsFile())}):`
      : '',
  ]
  if (created.length) {
    const known = JSON.parse(readFileSync(accountsFile(), 'utf8')) as Record<
      string,
      { password: string; role: string }
    >
    for (const email of created)
      lines.push(`  ${email.padEnd(44)} ${known[email]!.password}  (${known[email]!.role})`)
  }
  return {
    changed: seeded > 0 || created.length > 0 || civic.length > 0,
    text: lines.filter(Boolean).join('\n'),
  }
}
