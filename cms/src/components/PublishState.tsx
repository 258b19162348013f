'use client'
import { useEffect, useState } from 'react'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { inLanguage, label, type AdminLabel } from '../fields/labels.ts'

interface Build {
  id: string
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'superseded'
  createdAt: string
  startedAt?: string | null
  finishedAt?: string | null
  seconds?: number | null
  error?: string | null
}

const heading = label('على الموقع', 'Sur le site', 'On the site')
const texts: Record<Build['status'] | 'none' | 'live', AdminLabel> = {
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
  failed: label(
    'فشل بناء الموقع؛ ما زال الموقع يعرض النسخة السابقة:',
    'La reconstruction a échoué ; le site montre toujours la version précédente :',
    'The build failed; the site still shows the previous version:',
  ),
  superseded: label(
    'عُوِّض هذا البناء ببناء أحدث.',
    'Cette reconstruction a été remplacée par une plus récente.',
    'This build was replaced by a newer one.',
  ),
}

/**
 * In the sidebar of everything the sites show: when the last published change went live, or
 * when it will, from the build it set off (`builds` collection). Polls while a build is pending.
 */
export function PublishState() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [build, setBuild] = useState<Build | null | undefined>(undefined)

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
        if (stopped) return
        setBuild(latest)
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
  const status = build?.status ?? (hasPublishedDoc ? 'live' : 'none')
  const when = build?.finishedAt
    ? new Intl.DateTimeFormat(language, {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Africa/Casablanca',
      }).format(new Date(build.finishedAt))
    : ''
  return (
    <div data-publish-state={status} style={{ marginBlockEnd: 'var(--base)' }}>
      <p style={{ fontWeight: 600, marginBlockEnd: '0.25em' }}>{inLanguage(heading, language)}</p>
      <p style={{ color: status === 'failed' ? 'var(--theme-error-500)' : undefined }}>
        {inLanguage(texts[status], language)}
        {status === 'succeeded' && ` ${when}`}
        {status === 'failed' && build?.error ? ` ${build.error.split('\n')[0]}` : ''}
      </p>
    </div>
  )
}
