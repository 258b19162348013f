import { Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload'
import { isStaffUser } from '../../access/roles.ts'

/**
 * Everything the commune holds about one submission, as one JSON download: for the citizen's
 * right of access (law 09-08), a file transfer or the archive. Read with the caller's own
 * access, so only the staff who may read the submission can export it; anyone else gets the
 * same 404 as for a submission that does not exist.
 */

type Doc = Record<string, any>

const person = (value: unknown) =>
  value && typeof value === 'object'
    ? { id: (value as Doc).id, name: (value as Doc).name ?? null, email: (value as Doc).email }
    : value
      ? { id: value }
      : null

const place = (value: unknown) =>
  value && typeof value === 'object'
    ? {
        id: (value as Doc).id,
        slug: (value as Doc).slug ?? null,
        name: (value as Doc).name ?? null,
      }
    : value
      ? { id: value }
      : null

const partner = (value: unknown) =>
  value && typeof value === 'object'
    ? { id: (value as Doc).id, name: (value as Doc).name ?? null }
    : value
      ? { id: value }
      : null

/** The service's own group of fields: what the citizen wrote. */
const submittedGroups = {
  complaint: 'complaint',
  correspondence: 'correspondence',
  'urbanism-info': 'urbanismInfo',
  'access-to-info': 'accessToInfo',
  feedback: 'feedback',
} as const

export async function exportOf(req: PayloadRequest, id: string) {
  const doc = (await req.payload.findByID({
    collection: 'submissions',
    id,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })) as Doc
  const files = await req.payload.find({
    collection: 'submission-files',
    where: { submission: { equals: doc.id } },
    depth: 0,
    pagination: false,
    sort: 'position',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const group = submittedGroups[doc.service as keyof typeof submittedGroups]
  const { id: _rowId, ...submitted } = (doc[group] ?? {}) as Doc
  return {
    exportedAt: new Date().toISOString(),
    exportedBy: person(req.user),
    submission: {
      id: doc.id,
      trackingCode: doc.trackingCode,
      service: doc.service,
      site: place(doc.site),
      status: doc.status,
      receivedAt: doc.createdAt,
      updatedAt: doc.updatedAt,
      dueAt: doc.dueAt ?? null,
      resolvedAt: doc.resolvedAt ?? null,
      assignedTo: person(doc.assignedTo),
      partner: partner(doc.partner),
      contact: doc.contact ?? null,
      submitted,
      history: ((doc.history ?? []) as Doc[]).map((entry) => ({
        event: entry.event ?? null,
        status: entry.status,
        at: entry.at,
        by: person(entry.by),
        reply: entry.reply ?? null,
        note: entry.note ?? null,
        message: entry.message ?? null,
        assignedTo: person(entry.assignedTo),
        fromSite: place(entry.fromSite),
        toSite: place(entry.toSite),
        partner: partner(entry.partner),
      })),
    },
    files: files.docs.map((file) => ({
      id: file.id,
      name: file.originalName ?? file.filename,
      mimeType: file.mimeType,
      bytes: file.filesize,
      sha256: file.sha256 ?? null,
      receivedAt: file.createdAt,
      url: new URL(String(file.url), req.payload.config.serverURL || req.origin).href,
    })),
  }
}

export const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'forbidden' }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    let body: Awaited<ReturnType<typeof exportOf>>
    try {
      body = await exportOf(req, id)
    } catch (error) {
      // Another site's submission and a missing one answer alike.
      if (error instanceof NotFound || error instanceof Forbidden)
        return Response.json({ error: 'not-found' }, { status: 404 })
      throw error
    }
    const name = `${body.submission.trackingCode || 'submission'}.json`.replace(
      /[^A-Za-z0-9.-]/g,
      '_',
    )
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
