/**
 * Pure functions from the CMS's wire format (REST, `locale=all`, `depth=1`) to the shapes of
 * `@bawaba/schemas`. No I/O here: the loader fetches, these functions reshape, so every rule
 * (what counts as translated, how a link becomes an href) is unit-tested directly.
 */
import { localeCodes, type Locale } from '@bawaba/registry'
import { parseHref } from '@bawaba/schemas'
import type {
  Block,
  CouncilDecision,
  CouncilDocument,
  CouncilMember,
  CouncilSession,
  Event,
  Link,
  Media,
  News,
  Page,
  RichText,
  Site,
  SiteSettings,
} from '@bawaba/schemas'
import type { Localized } from './localized.ts'

type Raw = Record<string, any>

export interface Issue {
  level: 'error' | 'warning'
  message: string
}

/** What normalisation needs to know besides the document itself. */
export interface NormalizeContext {
  /** Slug of the site being built, named in messages. */
  site: string
  /** id → slug of every site (to turn `site` and `featuredOn` relations into slugs). */
  siteSlugs: Map<string, string>
  /** Makes a CMS URL absolute (media URLs come relative). */
  absolute: (url: string) => string
  /** id → path of the site's published pages, for page links that arrive unpopulated. */
  pagePaths?: Map<string, string>
  /** id → raw media, for Lexical uploads that arrive unpopulated. */
  media?: Map<string, Raw>
  /** Problems found; errors stop the build, warnings are logged. */
  issues: Issue[]
}

/** Names a document in messages: `news 'budget-2025' (site anfa)`. */
export interface DocRef {
  kind: string
  key: string
  site: string
}

export function docLabel(ref: DocRef, locale?: Locale): string {
  return `${ref.kind} '${ref.key}' (site ${ref.site}${locale ? `, locale ${locale}` : ''})`
}

export function report(ctx: NormalizeContext, level: Issue['level'], ref: DocRef, message: string) {
  ctx.issues.push({ level, message: `${docLabel(ref)}: ${message}` })
}

/** The id of a relation, whether it arrived populated (a document) or as a bare id. */
export function relationId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'id' in value) return relationId((value as Raw).id)
  return null
}

export function siteSlugOf(value: unknown, ctx: NormalizeContext): string | null {
  if (value && typeof value === 'object' && typeof (value as Raw).slug === 'string') {
    return (value as Raw).slug
  }
  const id = relationId(value)
  return id ? (ctx.siteSlugs.get(id) ?? null) : null
}

// ---------------------------------------------------------------------------------------------
// Localized values

function isLocaleObject(value: unknown): value is Raw {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => (localeCodes as string[]).includes(key))
  )
}

/**
 * A localized text field. With `locale=all` Payload sends `{ ar, fr, … }`; blank strings and
 * nulls mean "not translated" and are dropped so that fallback can be detected downstream.
 */
export function localizedText(raw: unknown): Localized<string> {
  const out: Localized<string> = {}
  if (typeof raw === 'string') {
    // A field that is not localized in the CMS: it is written in the default locale.
    if (raw.trim()) out.ar = raw
    return out
  }
  if (!isLocaleObject(raw)) return out
  for (const code of localeCodes) {
    const value = raw[code]
    if (typeof value === 'string' && value.trim()) out[code] = value
  }
  return out
}

/** Whether a Lexical state holds any visible content (the editor saves an empty paragraph). */
export function isEmptyRichText(state: unknown): boolean {
  const root = (state as Raw | null)?.root
  if (!root || !Array.isArray(root.children)) return true
  const visible = (node: Raw): boolean => {
    if (!node || typeof node !== 'object') return false
    if (node.type === 'text') return typeof node.text === 'string' && node.text.trim() !== ''
    if (node.type === 'upload' || node.type === 'horizontalrule') return true
    return Array.isArray(node.children) && node.children.some(visible)
  }
  return !root.children.some(visible)
}

/** A localized Lexical field, with uploads and internal links made usable by a static site. */
export function localizedRichText(
  raw: unknown,
  ctx: NormalizeContext,
  ref: DocRef,
): Localized<RichText> | undefined {
  if (!isLocaleObject(raw)) {
    if (raw && typeof raw === 'object' && 'root' in raw) raw = { ar: raw }
    else return undefined
  }
  const out: Localized<RichText> = {}
  for (const code of localeCodes) {
    const state = (raw as Raw)[code]
    if (!isEmptyRichText(state)) out[code] = lexicalState(state, ctx, ref)
  }
  return Object.keys(out).length ? out : undefined
}

function lexicalState(state: Raw, ctx: NormalizeContext, ref: DocRef): RichText {
  return { ...state, root: lexicalNode(state.root, ctx, ref) as RichText['root'] }
}

/** Copies a Lexical node, resolving what a static page cannot look up later. */
function lexicalNode(node: Raw, ctx: NormalizeContext, ref: DocRef): Raw | null {
  if (!node || typeof node !== 'object') return null
  const out: Raw = { ...node }
  if (node.type === 'upload') {
    const rawMedia =
      typeof node.value === 'object' && node.value
        ? node.value
        : ctx.media?.get(relationId(node.value) ?? '')
    const media = rawMedia ? normalizeMedia(rawMedia, ctx, ref, 'body upload') : null
    if (!media) {
      report(ctx, 'warning', ref, `an image in the text could not be loaded and is left out`)
      return null
    }
    out.value = media
  }
  if ((node.type === 'link' || node.type === 'autolink') && node.fields) {
    out.fields = { ...node.fields, url: lexicalLinkUrl(node.fields, ctx) }
  }
  if (Array.isArray(node.children)) {
    out.children = node.children
      .map((child: Raw) => lexicalNode(child, ctx, ref))
      .filter((child: Raw | null): child is Raw => child !== null)
  }
  return out
}

/** Internal Lexical links point at a document; the page needs its path on this site. */
function lexicalLinkUrl(fields: Raw, ctx: NormalizeContext): string | null {
  if (fields.linkType !== 'internal') return typeof fields.url === 'string' ? fields.url : null
  const doc = fields.doc as Raw | undefined
  const value = doc?.value
  switch (doc?.relationTo) {
    case 'pages': {
      const path =
        (value && typeof value === 'object' && value.path) ||
        ctx.pagePaths?.get(relationId(value) ?? '')
      return path ? `/${path}/` : null
    }
    case 'news':
      return value?.slug ? `/news/${value.slug}/` : null
    case 'events':
      return value?.slug ? `/events/${value.slug}/` : null
    default:
      return null
  }
}

// ---------------------------------------------------------------------------------------------
// Media and links

/** An upload, with absolute URLs and only the generated sizes that exist. */
export function normalizeMedia(
  raw: unknown,
  ctx: NormalizeContext,
  ref: DocRef,
  field: string,
): Media | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw !== 'object') {
    report(ctx, 'warning', ref, `field '${field}': image ${String(raw)} was not populated`)
    return null
  }
  const media = raw as Raw
  if (!media.url || !media.width || !media.height) {
    report(ctx, 'warning', ref, `field '${field}': image '${media.id}' has no URL or size`)
    return null
  }
  const sizes: Media['sizes'] = {}
  for (const [name, size] of Object.entries((media.sizes ?? {}) as Record<string, Raw>)) {
    // Payload keeps a size with a null URL when the original was smaller than it.
    if (size?.url && size.width && size.height) {
      sizes[name] = {
        url: ctx.absolute(size.url),
        width: size.width,
        height: size.height,
        filesize: typeof size.filesize === 'number' ? size.filesize : null,
      }
    }
  }
  return {
    id: String(media.id),
    url: ctx.absolute(media.url),
    width: media.width,
    height: media.height,
    mimeType: media.mimeType ?? 'image/jpeg',
    filesize: typeof media.filesize === 'number' ? media.filesize : null,
    alt: localizedText(media.alt),
    caption: media.caption === undefined ? undefined : localizedText(media.caption),
    credit: media.credit ?? null,
    focalX: typeof media.focalX === 'number' ? media.focalX : 50,
    focalY: typeof media.focalY === 'number' ? media.focalY : 50,
    sizes,
  }
}

/**
 * A link field. Page links become the page's path on this site, written without a locale
 * (`/about/history/`): the page adds its own locale when rendering. URL links keep their URL;
 * anything that is not http(s), mailto, tel or a path is refused (no `javascript:`).
 */
export function normalizeLink(
  raw: unknown,
  ctx: NormalizeContext,
  ref: DocRef,
  field: string,
): Link | null {
  if (!raw || typeof raw !== 'object') return null
  const link = raw as Raw
  const label = localizedText(link.label)
  let href: string | null = null
  if (link.type === 'page') {
    const page = link.page
    const path =
      page && typeof page === 'object' && typeof page.path === 'string'
        ? page.path
        : ctx.pagePaths?.get(relationId(page) ?? '')
    if (page && typeof page === 'object' && page._status && page._status !== 'published') {
      href = null
    } else if (path !== undefined && path !== null) {
      href = path ? `/${path}/` : '/'
    }
    if (href === null) {
      report(
        ctx,
        'warning',
        ref,
        `field '${field}': the linked page is not published; link left out`,
      )
      return null
    }
  } else {
    const url = parseHref(link.url)?.href ?? ''
    if (!url) {
      report(
        ctx,
        'warning',
        ref,
        `field '${field}': URL '${String(link.url ?? '')}' is not http(s), mailto, tel or a path; link left out`,
      )
      return null
    }
    href = url
  }
  if (!Object.keys(label).length) {
    report(ctx, 'warning', ref, `field '${field}': link to '${href}' has no label; left out`)
    return null
  }
  return { label, href, external: /^https?:/i.test(href) }
}

function links(raw: unknown, ctx: NormalizeContext, ref: DocRef, field: string): Link[] {
  if (!Array.isArray(raw)) return []
  return raw
    .map((item, index) =>
      // Settings wrap each link in a row (`[{ link }]`); blocks list them directly.
      normalizeLink(item?.link ?? item, ctx, ref, `${field}.${index}`),
    )
    .filter((link): link is Link => link !== null)
}

// ---------------------------------------------------------------------------------------------
// Layout blocks

export function normalizeBlock(
  raw: Raw,
  ctx: NormalizeContext,
  ref: DocRef,
  index: number,
): Block | null {
  const field = `layout.${index}`
  const id = raw.id ?? null
  switch (raw.blockType) {
    case 'richText': {
      const content = localizedRichText(raw.content, ctx, ref)
      return content ? { blockType: 'richText', id, content } : null
    }
    case 'imageWithCaption': {
      const image = normalizeMedia(raw.image, ctx, ref, `${field}.image`)
      if (!image) return null
      return { blockType: 'imageWithCaption', id, image, caption: localizedText(raw.caption) }
    }
    case 'gallery': {
      const images = (Array.isArray(raw.images) ? raw.images : [])
        .map((item: Raw, i: number) =>
          normalizeMedia(item?.image ?? item, ctx, ref, `${field}.images.${i}`),
        )
        .filter((media: Media | null): media is Media => media !== null)
      if (!images.length) return null
      return { blockType: 'gallery', id, title: localizedText(raw.title), images }
    }
    case 'callToAction': {
      const link = normalizeLink(raw.link, ctx, ref, `${field}.link`)
      if (!link) return null
      return {
        blockType: 'callToAction',
        id,
        heading: localizedText(raw.heading),
        text: localizedText(raw.text),
        link,
      }
    }
    case 'linkList': {
      const list = links(raw.links, ctx, ref, `${field}.links`)
      if (!list.length) return null
      return { blockType: 'linkList', id, title: localizedText(raw.title), links: list }
    }
    case 'accordion': {
      const items = (Array.isArray(raw.items) ? raw.items : []).flatMap((item: Raw) => {
        const answer = localizedRichText(item.answer, ctx, ref)
        const question = localizedText(item.question)
        return answer && Object.keys(question).length ? [{ question, answer }] : []
      })
      if (!items.length) return null
      return { blockType: 'accordion', id, title: localizedText(raw.title), items }
    }
    case 'contactCard':
      return {
        blockType: 'contactCard',
        id,
        name: localizedText(raw.name),
        role: localizedText(raw.role),
        address: localizedText(raw.address),
        phone: raw.phone ?? null,
        email: raw.email ?? null,
        hours: localizedText(raw.hours),
      }
    default:
      report(
        ctx,
        'warning',
        ref,
        `field '${field}': unknown block type '${raw.blockType}' left out`,
      )
      return null
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

function editorial(raw: Raw, ctx: NormalizeContext, ref: DocRef) {
  const title = localizedText(raw.title)
  const summary = localizedText(raw.summary)
  const site = siteSlugOf(raw.site, ctx)
  if (!site) report(ctx, 'error', ref, `field 'site': unknown site '${relationId(raw.site)}'`)
  if (!Object.keys(title).length) {
    report(ctx, 'error', ref, `field 'title' is required (it is empty in every locale)`)
  }
  return {
    id: String(raw.id),
    site: site ?? '',
    slug: raw.slug,
    title,
    summary: Object.keys(summary).length ? summary : undefined,
    locales: localeCodes.filter((code) => title[code] !== undefined),
    updatedAt: raw.updatedAt,
  }
}

function featuredOn(raw: Raw, ctx: NormalizeContext): string[] {
  if (!Array.isArray(raw.featuredOn)) return []
  return raw.featuredOn
    .map((value: unknown) => siteSlugOf(value, ctx))
    .filter((slug: string | null): slug is string => slug !== null)
}

export function refOf(kind: string, raw: Raw, ctx: NormalizeContext): DocRef {
  return { kind, key: String(raw.slug ?? raw.id), site: ctx.site }
}

export function normalizeNews(raw: Raw, ctx: NormalizeContext): News {
  const ref = refOf('news', raw, ctx)
  return {
    ...editorial(raw, ctx, ref),
    category: raw.category,
    publishedAt: raw.publishedAt ?? raw.createdAt,
    body: localizedRichText(raw.body, ctx, ref),
    hero: normalizeMedia(raw.heroImage, ctx, ref, 'heroImage'),
    featuredOn: featuredOn(raw, ctx),
  }
}

export function normalizeEvent(raw: Raw, ctx: NormalizeContext): Event {
  const ref = refOf('event', raw, ctx)
  const venue = localizedText(raw.venue)
  const address = localizedText(raw.address)
  return {
    ...editorial(raw, ctx, ref),
    category: raw.category,
    startsAt: raw.startsAt,
    endsAt: raw.endsAt ?? null,
    venue: Object.keys(venue).length ? venue : undefined,
    address: Object.keys(address).length ? address : undefined,
    body: localizedRichText(raw.body, ctx, ref),
    image: normalizeMedia(raw.image, ctx, ref, 'image'),
    featuredOn: featuredOn(raw, ctx),
  }
}

export function normalizePage(raw: Raw, ctx: NormalizeContext): Page {
  const ref = refOf('page', raw, ctx)
  const layout = (Array.isArray(raw.layout) ? raw.layout : [])
    .map((block: Raw, index: number) => normalizeBlock(block, ctx, ref, index))
    .filter((block: Block | null): block is Block => block !== null)
  return {
    ...editorial(raw, ctx, ref),
    path: typeof raw.path === 'string' && raw.path ? raw.path : raw.slug,
    parent: relationId(raw.parent),
    layout,
  }
}

export function normalizeSettings(raw: Raw, ctx: NormalizeContext): SiteSettings {
  const ref: DocRef = { kind: 'site-settings', key: String(raw.id), site: ctx.site }
  const footerText = localizedText(raw.footerText)
  return {
    id: String(raw.id),
    site: siteSlugOf(raw.site, ctx) ?? ctx.site,
    navigation: links(raw.navigation, ctx, ref, 'navigation'),
    footerText: Object.keys(footerText).length ? footerText : undefined,
    footerLinks: links(raw.footerLinks, ctx, ref, 'footerLinks'),
    quickLinks: links(raw.quickLinks, ctx, ref, 'quickLinks'),
  }
}

export function normalizeSite(raw: Raw, ctx: NormalizeContext): Site {
  const ref: DocRef = { kind: 'site', key: String(raw.slug ?? raw.id), site: raw.slug ?? ctx.site }
  const prefecture = localizedText(raw.prefecture)
  const contact = (raw.contact ?? {}) as Raw
  return {
    id: String(raw.id),
    slug: raw.slug,
    name: localizedText(raw.name),
    kind: raw.kind,
    prefecture: Object.keys(prefecture).length ? prefecture : undefined,
    domain: raw.domain,
    code: raw.code,
    contact: {
      address: localizedText(contact.address),
      phone: contact.phone || null,
      email: contact.email || null,
      hours: localizedText(contact.hours),
    },
    social: (Array.isArray(raw.social) ? raw.social : [])
      .filter((item: Raw) => item?.network && item?.url)
      .map((item: Raw) => ({ network: item.network, url: item.url })),
    accentColor: raw.accentColor,
    logo: normalizeMedia(raw.logo, ctx, ref, 'logo'),
    location:
      raw.location && typeof raw.location.lat === 'number' && typeof raw.location.lng === 'number'
        ? { lat: raw.location.lat, lng: raw.location.lng }
        : null,
  }
}

// ---------------------------------------------------------------------------------------------
// Council

/** Locales in which a council document's main text is written. */
export function writtenLocales(value: Localized<string>) {
  return localeCodes.filter((code) => value[code] !== undefined)
}

function councilBase(raw: Raw, ctx: NormalizeContext, ref: DocRef, main: Localized<string>) {
  const site = siteSlugOf(raw.site, ctx)
  if (!site) report(ctx, 'error', ref, `field 'site': unknown site '${relationId(raw.site)}'`)
  return {
    id: String(raw.id),
    site: site ?? '',
    locales: writtenLocales(main),
    updatedAt: raw.updatedAt,
  }
}

/** A PDF of the `documents` collection, or null when it did not arrive populated. */
export function normalizeDocument(
  raw: unknown,
  ctx: NormalizeContext,
  ref: DocRef,
  field: string,
): CouncilDocument | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw !== 'object' || !(raw as Raw).url) {
    report(ctx, 'warning', ref, `field '${field}': document ${relationId(raw)} was not populated`)
    return null
  }
  const doc = raw as Raw
  return {
    id: String(doc.id),
    url: ctx.absolute(doc.url),
    filename: String(doc.filename),
    mimeType: doc.mimeType ?? 'application/pdf',
    filesize: typeof doc.filesize === 'number' ? doc.filesize : 0,
    title: localizedText(doc.title),
  }
}

export const localizedList = (rows: unknown, key: string): Localized<string>[] =>
  (Array.isArray(rows) ? rows : [])
    .map((row: Raw) => localizedText(row?.[key]))
    .filter((value) => Object.keys(value).length > 0)

export function normalizeCouncilMember(raw: Raw, ctx: NormalizeContext): CouncilMember {
  const ref: DocRef = { kind: 'council member', key: String(raw.id), site: ctx.site }
  const name = localizedText(raw.name)
  if (!Object.keys(name).length) report(ctx, 'error', ref, `field 'name' is empty in every locale`)
  return {
    ...councilBase(raw, ctx, ref, name),
    name,
    role: raw.role,
    rank: typeof raw.rank === 'number' ? raw.rank : null,
    commissions: localizedList(raw.commissions, 'name'),
    photo: normalizeMedia(raw.photo, ctx, ref, 'photo'),
    termStart: raw.termStart ?? null,
    termEnd: raw.termEnd ?? null,
    order: typeof raw.order === 'number' ? raw.order : 0,
  }
}

export function normalizeCouncilSession(raw: Raw, ctx: NormalizeContext): CouncilSession {
  const ref = refOf('council session', raw, ctx)
  const place = localizedText(raw.place)
  const agenda = localizedList(raw.agenda, 'item')
  return {
    // A session has no title: it counts as translated where its place or agenda is.
    ...councilBase(raw, ctx, ref, { ...agenda[0], ...place }),
    slug: raw.slug,
    kind: raw.kind,
    date: raw.date,
    place: Object.keys(place).length ? place : undefined,
    agenda,
    status: raw.status,
    videoUrl: raw.videoUrl || null,
    minutes: normalizeDocument(raw.minutes, ctx, ref, 'minutes'),
  }
}

export function normalizeCouncilDecision(raw: Raw, ctx: NormalizeContext): CouncilDecision {
  const ref = refOf('council decision', raw, ctx)
  const subject = localizedText(raw.subject)
  const summary = localizedText(raw.summary)
  if (!Object.keys(subject).length)
    report(ctx, 'error', ref, `field 'subject' is empty in every locale`)
  const session = raw.session
  const vote = (raw.vote ?? {}) as Raw
  return {
    ...councilBase(raw, ctx, ref, subject),
    slug: raw.slug,
    number: raw.number,
    date: raw.date,
    session:
      session && typeof session === 'object'
        ? session._status === 'published'
          ? (session.slug ?? null)
          : null
        : null,
    topic: raw.topic,
    subject,
    summary: Object.keys(summary).length ? summary : undefined,
    vote: {
      for: vote.for ?? 0,
      against: vote.against ?? 0,
      abstentions: vote.abstentions ?? 0,
      result: vote.result,
    },
    fullText: normalizeDocument(raw.fullText, ctx, ref, 'fullText'),
  }
}
