'use client'
import { useEffect, useState } from 'react'
import {
  FormSubmit,
  PopupList,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { inLanguage } from '../fields/labels.ts'
import { fill, reviewText } from './reviewText.ts'
import { ScheduleDrawer } from './ScheduleDrawer.tsx'
import { SubmitForReview } from './SubmitForReview.tsx'
import { announceReview } from './useReview.ts'

/**
 * The edit view's main button (Payload's `PublishButton` slot) on everything under the publish
 * right. Whether the person may publish is Payload's own `hasPublishPermission`, which asks the
 * collection's update access for `_status: 'published'` — the publish right. Those who may
 * publish get "Publish changes" with scheduling; editors get "Submit for review". Nobody sees
 * a button that would be refused.
 */
export function PublishControls() {
  const { hasPublishPermission } = useDocumentInfo()
  return hasPublishPermission ? <PublishButton /> : <SubmitForReview />
}

/** "Publish changes", with "Schedule…" and "Publish <locale> only" in its menu. */
function PublishButton() {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    unpublishedVersionCount,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale, label: localeLabel } = useLocale()
  const { openModal, isModalOpen } = useModal()
  const { i18n } = useTranslation()
  const language = i18n.language
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])

  const entity = collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
  const drafts = entity?.versions && typeof entity.versions === 'object' && entity.versions.drafts
  const canSchedule = Boolean(id && drafts && typeof drafts === 'object' && drafts.schedulePublish)
  const enabled =
    (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) && uploadStatus !== 'uploading'
  const drawer = `schedule-publish-${id}`
  const localeName = typeof localeLabel === 'string' ? localeLabel : locale

  const publish = async (only?: string) => {
    const params = new URLSearchParams({ depth: '0', locale: only ?? locale })
    if (only) params.set('publishSpecificLocale', only)
    const path = `/${collectionSlug}${id ? `/${id}` : ''}`
    const result = await submit({
      action: `${config.routes.api}${path}?${params}`,
      overrides: { _status: 'published' },
    })
    if (!result?.res?.ok) return
    setUnpublishedVersionCount(0)
    setMostRecentVersionIsAutosaved(false)
    setHasPublishedDoc(true)
    // Publishing closed the review, if there was one.
    announceReview()
  }

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!enabled}
        enableSubMenu={canSchedule}
        onClick={() => void publish()}
        size="medium"
        type="button"
        SubMenuPopupContent={({ close }) => (
          <PopupList.ButtonGroup>
            {canSchedule && (
              <PopupList.Button
                id="schedule-publish"
                onClick={() => {
                  openModal(drawer)
                  close()
                }}
              >
                {inLanguage(reviewText.schedule, language)}
              </PopupList.Button>
            )}
            {config.localization && (
              <PopupList.Button
                id="publish-locale"
                onClick={() => {
                  close()
                  void publish(locale)
                }}
              >
                {fill(inLanguage(reviewText.publishIn, language), { locale: localeName })}
              </PopupList.Button>
            )}
          </PopupList.ButtonGroup>
        )}
      >
        {inLanguage(reviewText.publish, language)}
      </FormSubmit>
      {mounted && canSchedule && isModalOpen(drawer) && <ScheduleDrawer slug={drawer} />}
    </>
  )
}
