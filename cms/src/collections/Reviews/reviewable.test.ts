import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { enforcePublishRight } from '../../hooks/enforcePublishRight.ts'
import { closeReviewOnPublish } from './hooks.ts'

/**
 * Which collections go through review is derived, not listed: every collection under the
 * publish right with drafts. A new one gets the workflow (editors' "Submit for review", the
 * review panel, publishing closing the review) without anyone remembering to add it.
 */

let config: SanitizedConfig

beforeAll(async () => {
  config = await (await import('../../payload.config.ts')).default
}, 60_000)

const reviewable = () =>
  config.collections.filter((c) => (c.custom as { reviewable?: boolean })?.reviewable)

describe('the workflow’s collections', () => {
  it('are exactly those under the publish right that have drafts', () => {
    const underPublishRight = config.collections
      .filter((c) => c.hooks.beforeOperation.includes(enforcePublishRight) && c.versions?.drafts)
      .map((c) => c.slug)
    expect(reviewable().map((c) => c.slug)).toEqual(underPublishRight)
    expect(underPublishRight).toEqual(expect.arrayContaining(['news', 'events', 'pages']))
    // The commune's shared content is written by central staff, who publish.
    for (const shared of ['procedures', 'partners', 'timeline-entries', 'alerts'])
      expect(underPublishRight).not.toContain(shared)
  })

  it('each get the publish controls, the review panel and the closing hook', () => {
    for (const collection of reviewable()) {
      expect(collection.admin.components?.edit?.PublishButton, collection.slug).toBe(
        '/components/PublishControls#PublishControls',
      )
      expect(
        collection.fields.some((f) => 'name' in f && f.name === 'review' && f.type === 'ui'),
        collection.slug,
      ).toBe(true)
      expect(collection.hooks.afterChange, collection.slug).toContain(closeReviewOnPublish)
    }
  })

  it('can be the document of a review, and nothing else can', () => {
    const reviews = config.collections.find((c) => c.slug === 'reviews')!
    const document = reviews.fields.find((f) => 'name' in f && f.name === 'document')
    expect((document as { relationTo: string[] }).relationTo).toEqual(
      reviewable().map((c) => c.slug),
    )
  })
})
