'use client'
import { useState } from 'react'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { reviewActionLabels } from '../collections/Reviews/labels.ts'
import { inLanguage } from '../fields/labels.ts'
import { fillParts, reviewText } from './reviewText.ts'
import { announceReview, nameOf, postReview, useReview } from './useReview.ts'

/**
 * At the top of a document under review: where its review stands, in words. The editor sees a
 * publisher's comment here (and on the dashboard); a publisher of the site sees what the
 * editor asked and can send it back with a comment (publishing is the Publish button). The
 * history says who did what. Nothing shows for a document never submitted.
 */
export function ReviewPanel() {
  const { hasPublishPermission } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { review, api } = useReview()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const language = i18n.language
  const t = (key: keyof typeof reviewText) => inLanguage(reviewText[key], language)
  /** A sentence with its names and dates isolated from the surrounding direction. */
  const say = (key: keyof typeof reviewText, vars: Record<string, string>) =>
    fillParts(t(key), vars).map((part, index) =>
      'value' in part ? <bdi key={index}>{part.value}</bdi> : part.text,
    )
  if (!review) return null
  const someone = t('someone')
  const shown = review.display ?? {}
  const history = (review.history ?? []).map((entry, index) => ({
    ...entry,
    when: shown.history?.[index] ?? '',
  }))
  const last = (action: string) => [...history].reverse().find((h) => h.action === action)

  const sendBack = async () => {
    setBusy(true)
    const result = await postReview(`${api}/reviews/${review.id}/send-back`, { comment })
    setBusy(false)
    if (!result.ok) return toast.error(result.message ?? t('failed'))
    toast.success(t('sentBackDone'))
    setComment('')
    announceReview()
  }

  const sentBack = last('sent-back')
  const published = last('published')
  return (
    <section
      className={`bawaba-review bawaba-review--${review.state}`}
      data-review-state={review.state}
      aria-labelledby="bawaba-review-title"
    >
      <h2 id="bawaba-review-title">{t('panelTitle')}</h2>
      {review.state === 'pending' && (
        <>
          <p>
            {say('pendingSince', {
              date: shown.requestedAt ?? '',
              name: nameOf(review.requestedBy, someone),
            })}
          </p>
          {review.message && (
            <p>
              <strong>{t('editorMessage')}</strong> <bdi>{review.message}</bdi>
            </p>
          )}
          {shown.publishAt && <p>{say('wished', { date: shown.publishAt })}</p>}
          {hasPublishPermission && (
            <div className="bawaba-form">
              <p className="bawaba-hint">{t('reviewHint')}</p>
              <div className="bawaba-field">
                <label htmlFor="bawaba-review-comment">{t('comment')}</label>
                <textarea
                  id="bawaba-review-comment"
                  rows={3}
                  maxLength={2000}
                  value={comment}
                  onChange={(event) => setComment(event.target.value)}
                />
              </div>
              <Button
                id="action-send-back"
                buttonStyle="secondary"
                size="medium"
                disabled={busy || !comment.trim()}
                onClick={sendBack}
              >
                {t('sendBack')}
              </Button>
            </div>
          )}
        </>
      )}
      {review.state === 'changes-requested' && (
        <>
          <p>
            {say('sentBack', {
              name: nameOf(sentBack?.by, someone),
              date: sentBack?.when ?? '',
            })}
          </p>
          <blockquote className="bawaba-review__comment" data-review-comment>
            <bdi>{review.comment}</bdi>
          </blockquote>
          {!hasPublishPermission && <p className="bawaba-hint">{t('sentBackHint')}</p>}
        </>
      )}
      {review.state === 'published' && (
        <p>
          {say('publishedBy', {
            name: nameOf(published?.by, someone),
            date: published?.when ?? '',
          })}
        </p>
      )}
      {history.length > 0 && (
        <details>
          <summary>{t('history')}</summary>
          <ol className="bawaba-list">
            {history.map((entry, index) => (
              <li key={index}>
                {/* The name isolated too: a French name in an Arabic line keeps its brackets. */}
                <bdi>{entry.when}</bdi> — {inLanguage(reviewActionLabels[entry.action], language)} (
                <bdi>{nameOf(entry.by, someone)}</bdi>){entry.text ? ': ' : ''}
                {entry.text && <bdi>{entry.text}</bdi>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
