'use client'
import { useCallback, useEffect, useState } from 'react'
import {
  Button,
  DatePicker,
  Drawer,
  toast,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useModal,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import { inLanguage } from '../fields/labels.ts'
import { communeTimeZone, wallTimeOf } from '../lib/wallClock.ts'
import { fill, reviewText, scheduleText } from './reviewText.ts'

interface Upcoming {
  id: string | number
  input: { type: 'publish' | 'unpublish'; locale?: string; timezone?: string }
  waitUntil: string | Date
  /** When, on Casablanca's clock (added by the CMS, see enforceScheduleRight). */
  label?: string
}

/**
 * Scheduled publishing for publishers, in the staff's language and on Casablanca's clock: the
 * action defaults to publishing (unpublishing only for a live document without newer
 * changes), the time is the commune's whatever the browser's zone, and the document's other
 * scheduled actions are listed below. Uses Payload's own schedule server functions, which the
 * schedule right guards (`enforceScheduleRight`).
 */
export function ScheduleDrawer({ slug }: { slug: string }) {
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { closeModal } = useModal()
  const { schedulePublish, getUpcomingScheduledPublish } = useServerFunctions()
  const language = i18n.language
  const t = (key: keyof typeof scheduleText) => inLanguage(scheduleText[key], language)
  const live = hasPublishedDoc && unpublishedVersionCount === 0
  const [type, setType] = useState<'publish' | 'unpublish'>(live ? 'unpublish' : 'publish')
  const [wall, setWall] = useState<Date | undefined>()
  const [locale, setLocale] = useState('all')
  const [busy, setBusy] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[] | undefined>()
  const locales = config.localization ? config.localization.locales : []

  const refresh = useCallback(async () => {
    if (!id || !collectionSlug) return
    try {
      setUpcoming(
        (await getUpcomingScheduledPublish({ id, collectionSlug })) as unknown as Upcoming[],
      )
    } catch {
      setUpcoming([])
    }
  }, [id, collectionSlug, getUpcomingScheduledPublish])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const save = async () => {
    if (!wall) return toast.error(t('chooseDate'))
    setBusy(true)
    // The wall time picked, read on Casablanca's clock by the CMS (`scheduleWithPublishRight`).
    const result = (await schedulePublish({
      type,
      wallTime: wallTimeOf(wall),
      doc: { relationTo: collectionSlug!, value: String(id) },
      localeToPublish: type === 'publish' && locale !== 'all' ? locale : undefined,
      timezone: communeTimeZone,
    } as Parameters<typeof schedulePublish>[0])) as { error?: string } | undefined
    setBusy(false)
    if (!result || result.error)
      return toast.error(result?.error ?? inLanguage(reviewText.failed, language))
    toast.success(t('done'))
    setWall(undefined)
    void refresh()
  }

  const remove = async (deleteID: string | number) => {
    const result = (await schedulePublish({ deleteID })) as { error?: string } | undefined
    if (!result || result.error) return toast.error(inLanguage(reviewText.failed, language))
    toast.success(t('removed'))
    void refresh()
  }

  const localeName = (code?: string) => {
    const found = locales.find((l) => (typeof l === 'string' ? l : l.code) === code)
    const name = found && typeof found === 'object' ? found.label : code
    return code ? (typeof name === 'string' ? name : String(code)) : t('allLanguages')
  }

  return (
    <Drawer slug={slug} title={fill(t('title'), { title: title || '' })} className="bawaba-drawer">
      <div className="bawaba-form">
        <fieldset className="bawaba-choices">
          <legend>{t('action')}</legend>
          {(['publish', 'unpublish'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${slug}-type`}
                value={value}
                checked={type === value}
                onChange={() => setType(value)}
              />{' '}
              {t(value)}
            </label>
          ))}
        </fieldset>
        <div className="bawaba-field">
          <label htmlFor={`${slug}-date`}>
            {t('when')} ({inLanguage(reviewText.casablancaTime, language)})
          </label>
          <DatePicker
            id={`${slug}-date`}
            pickerAppearance="dayAndTime"
            displayFormat="dd/MM/yyyy HH:mm"
            timeFormat="HH:mm"
            timeIntervals={5}
            minDate={new Date()}
            value={wall}
            onChange={(value) => setWall(value ?? undefined)}
            overrides={{ timeCaption: inLanguage(reviewText.time, language) }}
          />
        </div>
        {type === 'publish' && locales.length > 0 && (
          <div className="bawaba-field">
            <label htmlFor={`${slug}-locale`}>{t('language')}</label>
            <select
              id={`${slug}-locale`}
              value={locale}
              onChange={(event) => setLocale(event.target.value)}
            >
              <option value="all">{t('allLanguages')}</option>
              {locales.map((l) => {
                const code = typeof l === 'string' ? l : l.code
                return (
                  <option key={code} value={code}>
                    {localeName(code)}
                  </option>
                )
              })}
            </select>
          </div>
        )}
        <div className="bawaba-actions">
          <Button id="schedule-save" buttonStyle="primary" disabled={busy} onClick={save}>
            {t('save')}
          </Button>
          <Button buttonStyle="secondary" onClick={() => closeModal(slug)}>
            {inLanguage(reviewText.cancel, language)}
          </Button>
        </div>
        <h3>{t('upcoming')}</h3>
        {upcoming?.length === 0 && <p>{t('none')}</p>}
        {upcoming && upcoming.length > 0 && (
          <ul className="bawaba-list" data-scheduled>
            {upcoming.map((job) => (
              <li key={job.id}>
                <strong>{t(job.input.type === 'unpublish' ? 'unpublish' : 'publish')}</strong>{' '}
                <bdi>{job.label}</bdi>
                {job.input.type === 'publish' && ` · ${localeName(job.input.locale)}`}{' '}
                <Button buttonStyle="subtle" size="small" onClick={() => remove(job.id)}>
                  {t('remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Drawer>
  )
}
