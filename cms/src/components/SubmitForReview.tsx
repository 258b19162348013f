'use client'
import { useState } from 'react'
import {
  Button,
  DatePicker,
  Drawer,
  toast,
  useDocumentInfo,
  useDocumentTitle,
  useForm,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { inLanguage } from '../fields/labels.ts'
import { wallTimeOf } from '../lib/wallClock.ts'
import { fill, reviewText } from './reviewText.ts'
import { announceReview, postReview, useReview } from './useReview.ts'

/**
 * What an editor has instead of "Publish": send the draft to the site's publishers, with a
 * word and, if they wish, a publication date (publishers schedule; editors ask). The draft is
 * saved first so that the publisher reviews what the editor sees. Hidden until the document
 * exists ("Save draft" comes first), disabled while it awaits review.
 */
export function SubmitForReview() {
  const { id, collectionSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { openModal, closeModal } = useModal()
  const { i18n } = useTranslation()
  const { review, api } = useReview()
  const [note, setNote] = useState('')
  const [wished, setWished] = useState<Date | undefined>()
  const [busy, setBusy] = useState(false)
  const language = i18n.language
  const t = (key: keyof typeof reviewText) => inLanguage(reviewText[key], language)
  const slug = `submit-review-${id}`
  if (!id || !collectionSlug) return null
  const pending = review?.state === 'pending'

  const send = async () => {
    setBusy(true)
    if (modified) {
      const params = new URLSearchParams({ draft: 'true', locale, depth: '0' })
      const saved = await submit({
        action: `${api}/${collectionSlug}/${id}?${params}`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
        disableSuccessStatus: true,
      })
      if (!saved?.res?.ok) return setBusy(false)
    }
    const result = await postReview(`${api}/reviews/request`, {
      collection: collectionSlug,
      id: String(id),
      ...(note.trim() ? { message: note.trim() } : {}),
      // The wall time picked, read on Casablanca's clock by the CMS.
      ...(wished ? { publishAt: wallTimeOf(wished) } : {}),
    })
    setBusy(false)
    if (!result.ok) return toast.error(result.message ?? t('failed'))
    toast.success(t('sent'))
    setNote('')
    setWished(undefined)
    closeModal(slug)
    announceReview()
  }

  return (
    <>
      <Button
        id="action-submit-review"
        buttonStyle="primary"
        size="medium"
        disabled={pending || review === undefined}
        onClick={() => openModal(slug)}
      >
        {pending ? t('awaiting') : t('submit')}
      </Button>
      <Drawer
        slug={slug}
        title={fill(t('submitTitle'), { title: title || '' })}
        className="bawaba-drawer"
      >
        <div className="bawaba-form">
          <p>{t('submitHint')}</p>
          <div className="bawaba-field">
            <label htmlFor={`${slug}-message`}>{t('message')}</label>
            <textarea
              id={`${slug}-message`}
              rows={4}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="bawaba-field">
            <label htmlFor={`${slug}-date`}>
              {t('wishedDate')} ({t('casablancaTime')})
            </label>
            <DatePicker
              id={`${slug}-date`}
              pickerAppearance="dayAndTime"
              displayFormat="dd/MM/yyyy HH:mm"
              timeFormat="HH:mm"
              timeIntervals={15}
              minDate={new Date()}
              value={wished}
              onChange={(value) => setWished(value ?? undefined)}
              overrides={{ timeCaption: t('time') }}
            />
            <p className="bawaba-hint">{t('wishedHint')}</p>
          </div>
          <div className="bawaba-actions">
            <Button id="review-send" buttonStyle="primary" disabled={busy} onClick={send}>
              {t('send')}
            </Button>
            <Button buttonStyle="secondary" onClick={() => closeModal(slug)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      </Drawer>
    </>
  )
}
