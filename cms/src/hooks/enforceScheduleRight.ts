import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import { isAdminUser, siteIdsOf } from '../access/roles.ts'
import { mayPublish } from './enforcePublishRight.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { idOf } from '../lib/ids.ts'
import { formatOnWallClock, instantOfWallTime } from '../lib/wallClock.ts'

/**
 * Scheduled publishing is a publication that happens later, as the person who scheduled it:
 * only someone who may publish the document now may schedule it or cancel its schedule.
 * Payload's schedule server function queues the job with full access (the jobs collection's
 * hooks do not run for it), so an editor's schedule used to be accepted, then failed at the
 * set time with nobody told. It is refused when it is made, in the person's language (an
 * editor asks for a review with the wished date instead). The jobs collection itself is closed
 * to REST and GraphQL by Payload.
 */

type Target = { relationTo?: string; value?: unknown }
type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0] & {
  /** The wall time picked on Casablanca's clock (`YYYY-MM-DDTHH:mm`), read here, not in the browser. */
  wallTime?: string
}
type UpcomingArgs = Parameters<typeof getUpcomingScheduledPublishHandler>[0]

/** Whether the user may publish that document now: the publish right on one of their sites. */
export async function mayPublishDocument(
  payload: Payload,
  user: TypedUser | null | undefined,
  doc: Target | undefined,
): Promise<boolean> {
  if (!user || !doc?.relationTo) return false
  if (!mayPublish({ user } as PayloadRequest)) return false
  // Read as the person: another site's document is not found.
  const found = await payload
    .findByID({
      collection: doc.relationTo as CollectionSlug,
      id: idOf(doc.value) ?? '',
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  if (!found) return false
  const site = idOf((found as { site?: unknown }).site)
  return isAdminUser(user) || !site || siteIdsOf(user).includes(site)
}

/**
 * Payload's `schedule-publish` server function, under the publish right, with the date read on
 * Casablanca's clock by the server (browsers' Moroccan time-zone data is not to be trusted).
 */
export async function scheduleWithPublishRight(args: ScheduleArgs) {
  const { req, wallTime, ...rest } = args
  let target: Target | undefined = args.doc
  if (args.deleteID !== undefined) {
    const job = await req.payload
      .findByID({ collection: 'payload-jobs', id: args.deleteID, depth: 0, req })
      .catch(() => null)
    if (!job || job.taskSlug !== 'schedulePublish')
      return { error: message('badRequest', languageOf(req)) }
    target = (job.input as { doc?: Target } | undefined)?.doc
  }
  if (!(await mayPublishDocument(req.payload, req.user, target)))
    return { error: message('cannotSchedule', languageOf(req)) }
  if (args.deleteID !== undefined) return schedulePublishHandler({ ...rest, req })
  const date = wallTime ? instantOfWallTime(wallTime) : args.date && new Date(args.date)
  if (!date || Number.isNaN(date.getTime()))
    return { error: message('badRequest', languageOf(req)) }
  if (date.getTime() <= Date.now()) return { error: message('publishAtPast', languageOf(req)) }
  return schedulePublishHandler({ ...rest, req, date })
}

/** The document's scheduled actions, each with its time on Casablanca's clock. */
export async function upcomingOnCasablancaClock(args: UpcomingArgs) {
  const upcoming = await getUpcomingScheduledPublishHandler(args)
  return upcoming.map((job) => ({ ...job, label: formatOnWallClock(job.waitUntil) }))
}

/** The admin's server functions that Bawaba puts under its own rules (see layout.tsx). */
export const serverFunctions = {
  'schedule-publish': scheduleWithPublishRight,
  'get-upcoming-scheduled-publish': upcomingOnCasablancaClock,
}
