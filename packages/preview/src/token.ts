import { createHmac, timingSafeEqual } from 'node:crypto'
import { isLocale, siteSlugs, type Locale } from '@bawaba/registry'

/**
 * Preview tokens: what lets one person see one draft, in one locale, on one site, for a few
 * minutes. The CMS signs one when staff click Preview (after checking they may read the
 * draft); the site's preview page and the CMS's draft endpoint both verify it, and the CMS
 * reads the draft as the person named in it. No server
 * state, so any instance can check it; the key is derived from PREVIEW_SECRET for this
 * purpose only.
 */

/** Collections whose drafts have a page of their own on a site. */
export const previewCollections = [
  'news',
  'events',
  'pages',
  'heritage-places',
  'procedures',
] as const
export type PreviewCollection = (typeof previewCollections)[number]

/** Long enough to open the link, short enough that a leaked link is soon worthless. */
export const previewLifetimeMs = 10 * 60_000

export interface PreviewClaims {
  /** Collection and id of the document. */
  collection: PreviewCollection
  id: string
  /** Locale the page is rendered in. */
  locale: Locale
  /** Slug of the site whose page it is (the document's own site). */
  site: string
  /**
   * Id of the staff member who asked for the preview: the CMS reads the draft with that
   * person's own access when the link is opened, never with more.
   */
  user: string
  /** Expiry, ms since the epoch. */
  exp: number
}

export type PreviewCheck =
  { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'forged' | 'expired' }

const maxLength = 1000

function key(secret: string): Buffer {
  return createHmac('sha256', secret).update('bawaba/preview').digest()
}

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', key(secret)).update(body).digest()
}

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  typeof value === 'string' && (previewCollections as readonly string[]).includes(value)

function isClaims(value: unknown): value is PreviewClaims {
  const claims = value as Partial<PreviewClaims> | null
  return (
    !!claims &&
    typeof claims === 'object' &&
    isPreviewCollection(claims.collection) &&
    typeof claims.id === 'string' &&
    claims.id.length > 0 &&
    claims.id.length <= 100 &&
    isLocale(claims.locale) &&
    typeof claims.site === 'string' &&
    siteSlugs.includes(claims.site) &&
    typeof claims.user === 'string' &&
    claims.user.length > 0 &&
    claims.user.length <= 100 &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp)
  )
}

/** A token for `claims` without `exp`, valid for `lifetimeMs` from `now`. */
export function signPreview(
  secret: string,
  claims: Omit<PreviewClaims, 'exp'>,
  { now = Date.now(), lifetimeMs = previewLifetimeMs } = {},
): string {
  const full: PreviewClaims = { ...claims, exp: now + lifetimeMs }
  if (!isClaims(full)) throw new Error(`preview token: invalid claims ${JSON.stringify(claims)}`)
  const body = Buffer.from(JSON.stringify(full)).toString('base64url')
  return `${body}.${mac(secret, body).toString('base64url')}`
}

/** The claims of a genuine, unexpired token; otherwise why not. */
export function verifyPreview(secret: string, token: unknown, now = Date.now()): PreviewCheck {
  if (typeof token !== 'string' || token.length > maxLength)
    return { ok: false, reason: 'malformed' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' }
  const expected = mac(secret, body)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!isClaims(claims)) return { ok: false, reason: 'malformed' }
  if (now >= claims.exp) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}

/** Where a site shows a draft: an on-demand page (see `onDemandPath` in sites/src/lib/urls.ts). */
export const previewPath = (locale: Locale, token: string) =>
  `/${locale}/preview/?t=${encodeURIComponent(token)}`

/** PREVIEW_SECRET from the environment (generated into `.data/secrets.env` locally). */
export function previewSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.PREVIEW_SECRET
  if (!secret || secret.length < 32)
    throw new Error('PREVIEW_SECRET is not set or shorter than 32 characters (see .env.example)')
  return secret
}
