import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, TypedUser } from 'payload'
import { buildWorld, startTestPayload, type TestWorld } from '../test/payload.ts'

/**
 * The suggested slug, as the admin saves documents (Local API as the editor, drafts and
 * autosaves in one locale at a time): readable from the first Arabic title, following the
 * title until someone writes a slug or the item is published.
 */

let payload: Payload
let world: TestWorld

beforeAll(async () => {
  payload = await startTestPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const editor = () => ({ overrideAccess: false, user: world.users.anfaEditor as TypedUser })
const publisher = () => ({ overrideAccess: false, user: world.users.anfaPublisher as TypedUser })

async function draft(title: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'news',
    data: { site: world.sites.anfa, title, ...extra } as never,
    draft: true,
    locale: 'ar',
    ...editor(),
  })
}

const save = (id: string, data: Record<string, unknown>, locale = 'ar') =>
  payload.update({
    collection: 'news',
    id,
    data: data as never,
    draft: true,
    locale: locale as 'ar',
    ...editor(),
  })

describe('suggested slug', () => {
  it('spells an Arabic-only title in Latin letters', async () => {
    const doc = await draft('افتتاح فضاء رقمي جديد')
    expect(doc.slug).toBe('afttah-fda-rqmi-jdid')
  })

  it('follows the title while it is a draft, and moves to the French title once there is one', async () => {
    const doc = await draft('مهرجان الصيف')
    expect(doc.slug).toBe('mhrjan-alsif')
    const retitled = await save(doc.id, { title: 'مهرجان الخريف', slug: doc.slug })
    expect(retitled.slug).toBe('mhrjan-alkhrif')
    const french = await save(doc.id, { title: 'Festival d’automne', slug: retitled.slug }, 'fr')
    expect(french.slug).toBe('festival-dautomne')
    // Saving the Arabic again keeps the French suggestion.
    const again = await save(doc.id, { title: 'مهرجان الخريف 2026', slug: french.slug })
    expect(again.slug).toBe('festival-dautomne')
  })

  it('keeps a slug the editor wrote, whatever the title becomes', async () => {
    const doc = await draft('سوق التضامن')
    const own = await save(doc.id, { title: 'سوق التضامن', slug: 'souk-solidaire' })
    expect(own.slug).toBe('souk-solidaire')
    const retitled = await save(doc.id, { title: 'سوق التضامن الكبير', slug: own.slug })
    expect(retitled.slug).toBe('souk-solidaire')
  })

  it('never moves the URL of a published item', async () => {
    const doc = await draft('يوم مفتوح')
    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { _status: 'published', slug: doc.slug } as never,
      locale: 'ar',
      ...publisher(),
    })
    const retitled = await save(doc.id, { title: 'يوم مفتوح للجميع', slug: doc.slug })
    expect(retitled.slug).toBe(doc.slug)
  })

  it('adds a number rather than clash with another item of the site', async () => {
    const first = await draft('حملة نظافة')
    const second = await draft('حملة نظافة')
    expect(first.slug).toBe('hmla-ndafa')
    expect(second.slug).toBe('hmla-ndafa-2')
    // Another arrondissement may use the same slug.
    const maarif = await payload.create({
      collection: 'news',
      data: { site: world.sites.maarif, title: 'حملة نظافة' } as never,
      draft: true,
      locale: 'ar',
    })
    expect(maarif.slug).toBe('hmla-ndafa')
  })

  it('takes the neutral codes old untitled drafts got for suggestions, not for a choice', async () => {
    // Before drafts were validated, "Create new" saved an untitled draft as `news-xxxxxx`.
    const doc = await draft('ورشة للأطفال', { slug: 'news-2b8d5c' })
    expect(doc.slug).toBe('wrcha-llatfal')
  })

  it('no draft without a title: "Create new" no longer leaves empty items behind', async () => {
    await expect(
      payload.create({
        collection: 'news',
        data: { site: world.sites.anfa } as never,
        draft: true,
        locale: 'ar',
        ...editor(),
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'title' })] } })
  })
})
