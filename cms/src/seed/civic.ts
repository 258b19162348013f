import { randomBytes } from 'node:crypto'
import { sites as registrySites, type SiteEntry } from '@bawaba/registry'
import type { CollectionSlug, Payload } from 'payload'
import { places } from './content/civic/heritage.ts'
import { libraryDocs } from './content/civic/library.ts'
import { offices } from './content/civic/offices.ts'
import { partners } from './content/civic/partners.ts'
import { procedures } from './content/civic/procedures.ts'
import { timeline } from './content/civic/timeline.ts'
import type { ImageSpec, Loc } from './content/types.ts'
import { renderImage, renderLogo } from './images.ts'
import { localizedLexical } from './lexical.ts'
import { minimalPdf } from './pdf.ts'

/**
 * The civic content: heritage places and offices of each arrondissement, the documents
 * library, and the commune's shared catalogue (procedures, partners, the city's timeline)
 * with one alert. Each part is skipped when its collection already has content, so a
 * database seeded before this content existed receives it on the next seed.
 */

type Row = Record<string, unknown>
const rowId = () => randomBytes(12).toString('hex')

/** Creates a published document in Arabic, then writes the French text into it. */
async function createArFr(
  payload: Payload,
  collection: CollectionSlug,
  common: Row,
  ar: Row,
  fr: Row,
) {
  const doc = await payload.create({
    collection,
    locale: 'ar',
    data: { ...common, ...ar, _status: 'published' } as never,
    depth: 0,
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'fr',
    data: { ...fr, _status: 'published' } as never,
    depth: 0,
  })
  return doc.id as string
}

async function uploadMedia(
  payload: Payload,
  siteId: string,
  data: Buffer,
  name: string,
  mimetype: string,
  alt: Loc,
) {
  const doc = await payload.create({
    collection: 'media',
    locale: 'ar',
    data: { alt: alt.ar, site: siteId, _status: 'published' } as never,
    file: { data, mimetype, name, size: data.length },
    depth: 0,
  })
  await payload.update({
    collection: 'media',
    id: doc.id,
    locale: 'fr',
    data: { alt: alt.fr } as never,
    depth: 0,
  })
  return doc.id as string
}

const illustration = (
  payload: Payload,
  site: SiteEntry,
  siteId: string,
  spec: ImageSpec,
  name: string,
) =>
  renderImage(spec, site.accent).then((data) =>
    uploadMedia(payload, siteId, data, `${site.slug}-${name}.jpg`, 'image/jpeg', spec.alt),
  )

async function isEmpty(payload: Payload, collection: CollectionSlug) {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs === 0
}

/** Pairs `{ ar, fr }` items into array rows with one id, so both locales fill the same rows. */
const rowsOf = (items: Loc[], key: string) => {
  const ids = items.map(() => rowId())
  return {
    ar: items.map((item, i) => ({ id: ids[i], [key]: item.ar })),
    fr: items.map((item, i) => ({ id: ids[i], [key]: item.fr })),
  }
}

async function seedHeritage(
  payload: Payload,
  siteIds: Map<string, string>,
  bySlug: Map<string, SiteEntry>,
) {
  for (const place of places) {
    const site = bySlug.get(place.site)!
    const siteId = siteIds.get(place.site)!
    const gallery: string[] = []
    for (const [i, spec] of place.gallery.entries())
      gallery.push(
        await illustration(payload, site, siteId, spec, `heritage-${place.slug}-${i + 1}`),
      )
    const history = localizedLexical(place.history)
    await createArFr(
      payload,
      'heritage-places',
      {
        site: siteId,
        slug: place.slug,
        category: place.category,
        year: place.year,
        location: { lat: place.lat, lng: place.lng },
        gallery,
      },
      {
        name: place.name.ar,
        period: place.period.ar,
        address: place.address.ar,
        summary: place.summary.ar,
        history: history.ar,
        visiting: place.visiting.ar,
      },
      {
        name: place.name.fr,
        period: place.period.fr,
        address: place.address.fr,
        summary: place.summary.fr,
        history: history.fr,
        visiting: place.visiting.fr,
      },
    )
  }
  return places.length
}

async function seedTimeline(payload: Payload, central: SiteEntry, centralId: string) {
  for (const [i, entry] of timeline.entries()) {
    const image = entry.image
      ? await illustration(payload, central, centralId, entry.image, `timeline-${entry.year}-${i}`)
      : undefined
    await createArFr(
      payload,
      'timeline-entries',
      { year: entry.year, image },
      { title: entry.title.ar, text: entry.text.ar },
      { title: entry.title.fr, text: entry.text.fr },
    )
  }
  return timeline.length
}

async function seedLibrary(payload: Payload, siteIds: Map<string, string>) {
  for (const item of libraryDocs) {
    const data = minimalPdf(item.lines)
    const doc = await payload.create({
      collection: 'documents',
      locale: 'ar',
      data: {
        site: siteIds.get(item.site),
        title: item.title.ar,
        summary: item.summary.ar,
        kind: item.kind,
        reference: item.reference,
        date: `${item.date}T12:00:00.000Z`,
        _status: 'published',
      } as never,
      file: { data, mimetype: 'application/pdf', name: `${item.slug}.pdf`, size: data.length },
      depth: 0,
    })
    await payload.update({
      collection: 'documents',
      id: doc.id,
      locale: 'fr',
      data: { title: item.title.fr, summary: item.summary.fr } as never,
      depth: 0,
    })
  }
  return libraryDocs.length
}

async function seedOffices(payload: Payload, siteIds: Map<string, string>) {
  for (const office of offices) {
    const services = rowsOf(office.services, 'name')
    const withIds = (rows: typeof office.hours) => rows.map((row) => ({ id: rowId(), ...row }))
    await createArFr(
      payload,
      'offices',
      {
        site: siteIds.get(office.site),
        slug: office.slug,
        kind: office.kind,
        location: { lat: office.lat, lng: office.lng },
        phone: office.phone,
        email: office.email,
        hours: withIds(office.hours),
        ramadanHours: withIds(office.ramadanHours),
      },
      { name: office.name.ar, address: office.address.ar, services: services.ar },
      { name: office.name.fr, address: office.address.fr, services: services.fr },
    )
  }
  return offices.length
}

async function seedPartners(payload: Payload, centralId: string) {
  const ids = new Map<string, string>()
  for (const partner of partners) {
    const logo = await uploadMedia(
      payload,
      centralId,
      await renderLogo(partner.initials, partner.color),
      `partner-${partner.slug}.png`,
      'image/png',
      { ar: `شعار ${partner.name.ar}`, fr: `Logo de ${partner.name.fr}` },
    )
    const id = await createArFr(
      payload,
      'partners',
      {
        slug: partner.slug,
        kind: partner.kind,
        phone: partner.phone,
        email: partner.email,
        url: partner.url,
        logo,
      },
      { name: partner.name.ar, runs: partner.runs.ar },
      { name: partner.name.fr, runs: partner.runs.fr },
    )
    ids.set(partner.slug, id)
  }
  return ids
}

async function seedProcedures(payload: Payload, partnerIds: Map<string, string>) {
  for (const procedure of procedures) {
    const documents = rowsOf(procedure.documents, 'item')
    const text = (locale: 'ar' | 'fr') => ({
      title: procedure.title[locale],
      summary: procedure.summary[locale],
      audience: procedure.audience[locale],
      documents: documents[locale],
      cost: procedure.cost[locale],
      timeLimit: procedure.timeLimit[locale],
      submitAt: procedure.submitAt[locale],
      collectAt: procedure.collectAt[locale],
      legalBasis: procedure.legalBasis[locale],
      online: procedure.online
        ? { label: procedure.online.label[locale], url: procedure.online.url }
        : undefined,
    })
    await createArFr(
      payload,
      'procedures',
      {
        slug: procedure.slug,
        theme: procedure.theme,
        officeKinds: procedure.officeKinds,
        form: procedure.form,
        partner: procedure.partner ? partnerIds.get(procedure.partner) : undefined,
      },
      text('ar'),
      text('fr'),
    )
  }
  return procedures.length
}

/**
 * One information alert on every site for the coming month (a city-wide campaign), so the
 * banner is visible on the seeded sites; staff add real ones in the admin.
 */
async function seedAlert(payload: Payload) {
  const now = Date.now()
  await payload
    .create({
      collection: 'alerts',
      locale: 'ar',
      data: {
        severity: 'info',
        message:
          'تعلن جماعة الدار البيضاء عن إطلاق دليل المساطر الإدارية على بوابتها: اطلعوا على الوثائق المطلوبة قبل التوجه إلى المكاتب.',
        link: { label: 'دليل المساطر', url: '/procedures/' },
        startsAt: new Date(now - 3_600_000).toISOString(),
        endsAt: new Date(now + 30 * 86_400_000).toISOString(),
      } as never,
      depth: 0,
    })
    .then((doc) =>
      payload.update({
        collection: 'alerts',
        id: doc.id,
        locale: 'fr',
        data: {
          message:
            'La Commune de Casablanca met en ligne le catalogue des démarches : consultez les pièces à fournir avant de vous déplacer.',
          link: { label: 'Catalogue des démarches' },
        } as never,
        depth: 0,
      }),
    )
}

/** Seeds each civic collection that is still empty; returns a line per part seeded. */
export async function seedCivic(payload: Payload, siteIds: Map<string, string>): Promise<string[]> {
  const bySlug = new Map(registrySites.map((site) => [site.slug, site]))
  const central = registrySites.find((site) => site.kind === 'central')!
  const centralId = siteIds.get(central.slug)!
  const done: string[] = []
  if (await isEmpty(payload, 'heritage-places'))
    done.push(`${await seedHeritage(payload, siteIds, bySlug)} heritage places`)
  if (await isEmpty(payload, 'timeline-entries'))
    done.push(`${await seedTimeline(payload, central, centralId)} timeline entries`)
  const listed = await payload.count({ collection: 'documents', where: { kind: { exists: true } } })
  if (listed.totalDocs === 0) done.push(`${await seedLibrary(payload, siteIds)} library documents`)
  if (await isEmpty(payload, 'offices')) done.push(`${await seedOffices(payload, siteIds)} offices`)
  if (await isEmpty(payload, 'procedures')) {
    const partnerIds = (await isEmpty(payload, 'partners'))
      ? await seedPartners(payload, centralId)
      : new Map(
          (await payload.find({ collection: 'partners', limit: 100, depth: 0 })).docs.map((d) => [
            String((d as { slug?: string }).slug),
            String(d.id),
          ]),
        )
    done.push(`${partnerIds.size} partners`)
    done.push(`${await seedProcedures(payload, partnerIds)} procedures`)
  }
  if (await isEmpty(payload, 'alerts')) {
    await seedAlert(payload)
    done.push('1 alert')
  }
  return done
}
