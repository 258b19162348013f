import { z } from 'zod'

/**
 * The editorial workflow's review of a document (news, an event, a page…): an editor asks
 * for it, the site's publishers publish the document or send it back with a comment. One
 * review per document, reused for each round; its history says who did what.
 */

/** Where a document's review stands. */
export const reviewStates = ['pending', 'changes-requested', 'published'] as const
export type ReviewState = (typeof reviewStates)[number]

/** What happened to it, one history entry each. */
export const reviewActions = ['submitted', 'resubmitted', 'sent-back', 'published'] as const
export type ReviewAction = (typeof reviewActions)[number]

/** Longest message or comment staff may write on a review. */
export const maxReviewText = 2000

/** `POST /api/reviews/request`: an editor submits a document for review. */
export const reviewRequest = z.object({
  /** The document's collection (`news`, `events`…): one the publish right applies to. */
  collection: z.string().min(1).max(60),
  /** The document's id. */
  id: z.string().min(1).max(100),
  /** A word for the publisher (what changed, what to check). */
  message: z.string().trim().max(maxReviewText).optional(),
  /**
   * When the editor would like it published, as a wall time on Casablanca's clock
   * (`YYYY-MM-DDTHH:mm`; the CMS reads it in the commune's zone and wants it in the future):
   * what an editor's "schedule" becomes, since only publishers schedule publications.
   */
  publishAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .optional(),
})
export type ReviewRequest = z.input<typeof reviewRequest>

/** `POST /api/reviews/:id/send-back`: a publisher returns it to the editor with a comment. */
export const sendBackRequest = z.object({
  /** What to change: the editor sees it on the document and on the dashboard, and by mail. */
  comment: z.string().trim().min(1).max(maxReviewText),
})
export type SendBackRequest = z.input<typeof sendBackRequest>
