'use client'
import { useEffect, useState } from 'react'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { inLanguage, label, type AdminLabel } from '../fields/labels.ts'
import { failureReason, failureTexts } from '../jobs/failureReason.ts'

interface Build {
  id: string
  site: string
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'superseded'
  createdAt: string
  startedAt?: string | null
  finishedAt?: string | null
  seconds?: number | null
  error?: string | null
}

const heading = label('على الموقع', 'Sur le site', 'On the site')
const texts: Record<Build['status'] | 'none' | 'live' | 'carried', AdminLabel> = {
  none: label(
    'لم يُنشر بعد: لن يظهر على الموقع إلا بعد النشر.',
    'Pas encore publié : rien n’apparaît sur le site avant la publication.',
    'Not published yet: nothing shows on the site before publishing.',
  ),
  live: label('منشور على الموقع.', 'En ligne sur le site.', 'Live on the site.'),
  queued: label(
    'في انتظار إعادة بناء الموقع: سيظهر التغيير خلال لحظات.',
    'Reconstruction du site en attente : la modification sera en ligne dans un instant.',
    'Site rebuild queued: the change will be live in a moment.',
  ),
  running: label(
    'جارٍ بناء الموقع؛ سيظهر التغيير عند الانتهاء.',
    'Site en reconstruction : la modification sera en ligne à la fin.',
    'The site is being rebuilt: the change goes live when it ends.',
  ),
  succeeded: label('منشور على الموقع منذ', 'En ligne depuis', 'Live since'),
  carried: label(
    'منشور على الموقع: نشره بناء لاحق، منذ',
    'En ligne : une reconstruction suivante l’a publié, depuis',
    'Live: a later build published it, since',
  ),
  failed: label(
    'فشل بناء الموقع؛ ما زال الموقع يعرض النسخة السابقة.',
    'La reconstruction a échoué ; le site montre toujours la version précédente.',
    'The build failed; the site still shows the previous version.',
  ),
  superseded: label(
    'عُوِّض هذا البناء ببناء أحدث.',
    'Cette reconstruction a été remplacée par une plus récente.',
    'This build was replaced by a newer one.',
  ),
}

/**
 * In the sidebar of everything the sites show: when the last published change went live, or
 * when it will, from the build it set off (`builds` collection). A failed build says why in the
 * editor's language; when a later build of the site succeeded, the change is live (that build
 * published the site's whole content). Polls while a build is pending.
 */
export function PublishState() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [build, setBuild] = useState<Build | null | undefined>(undefined)
  /** A later successful build of the same site, when this one failed or was superseded. */
  const [carrier, setCarrier] = useState<Build | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    const query = new URLSearchParams({
      'where[and][0][triggers.document][equals]': String(id),
      'where[and][1][triggers.collection][equals]': collectionSlug,
      sort: '-createdAt',
      limit: '1',
      depth: '0',
    })
    const load = async () => {
      try {
        const response = await fetch(`${api}/builds?${query}`, { credentials: 'include' })
        const latest = response.ok
          ? (((await response.json()) as { docs: Build[] }).docs[0] ?? null)
          : null
        let later: Build | null = null
        if (latest && (latest.status === 'failed' || latest.status === 'superseded')) {
          const since = new URLSearchParams({
            'where[and][0][site][equals]': latest.site,
            'where[and][1][status][equals]': 'succeeded',
            'where[and][2][createdAt][greater_than]': latest.createdAt,
            sort: '-createdAt',
            limit: '1',
            depth: '0',
          })
          const answer = await fetch(`${api}/builds?${since}`, { credentials: 'include' })
          later = answer.ok ? (((await answer.json()) as { docs: Build[] }).docs[0] ?? null) : null
        }
        if (stopped) return
        setBuild(latest)
        setCarrier(later)
        if (latest && (latest.status === 'queued' || latest.status === 'running'))
          timer = setTimeout(load, 2000)
      } catch {
        if (!stopped) timer = setTimeout(load, 5000)
      }
    }
    void load()
    // A publish from this view sets off a new build: look again after each save.
    const again = () => {
      clearTimeout(timer)
      timer = setTimeout(load, 800)
    }
    window.addEventListener('bawaba:saved', again)
    document.addEventListener('submit', again, true)
    return () => {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener('bawaba:saved', again)
      document.removeEventListener('submit', again, true)
    }
  }, [id, collectionSlug, config.serverURL, config.routes.api])

  if (!id || build === undefined) return null
  const language = i18n.language
  // No build since it was published (it came with the site's first build, or a seed).
  const status = carrier ? 'carried' : (build?.status ?? (hasPublishedDoc ? 'live' : 'none'))
  const finished = carrier?.finishedAt ?? build?.finishedAt
  const when = finished
    ? new Intl.DateTimeFormat(language, {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Africa/Casablanca',
      }).format(new Date(finished))
    : ''
  const reason = status === 'failed' ? failureReason(build?.error) : null
  return (
    <div data-publish-state={status} style={{ marginBlockEnd: 'var(--base)' }}>
      <p style={{ fontWeight: 600, marginBlockEnd: '0.25em' }}>{inLanguage(heading, language)}</p>
      <p style={{ color: status === 'failed' ? 'var(--theme-error-500)' : undefined }}>
        {inLanguage(texts[status], language)}
        {(status === 'succeeded' || status === 'carried') && ` ${when}`}
      </p>
      {reason && (
        <p data-failure-reason={reason.kind} style={{ color: 'var(--theme-error-500)' }}>
          {inLanguage(failureTexts[reason.kind], language)}
          {reason.detail && (
            <>
              {' '}
              <bdi dir="ltr">{reason.detail}</bdi>
            </>
          )}
        </p>
      )}
    </div>
  )
}
