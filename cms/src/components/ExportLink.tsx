'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { inLanguage, label } from '../fields/labels.ts'

const download = label(
  'تنزيل كل معطيات الطلب (JSON)',
  'Exporter toute la demande (JSON)',
  'Export the whole submission (JSON)',
)
const hint = label(
  'المعطيات الشخصية، النص، السجل وروابط المرفقات: لحق الاطلاع أو للأرشيف.',
  'Données personnelles, texte, historique et liens des pièces jointes : pour le droit d’accès ou l’archivage.',
  'Personal data, text, history and attachment links: for a right-of-access request or the archive.',
)

/** A link on the submission's edit view to its export (`GET /api/submissions/:id/export`). */
export function ExportLink() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!id) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/submissions/${encodeURIComponent(String(id))}/export`
  return (
    <div style={{ marginBlockEnd: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        {inLanguage(download, i18n.language)}
      </a>
      <p style={{ color: 'var(--theme-elevation-500)', marginBlockStart: '0.5em' }}>
        {inLanguage(hint, i18n.language)}
      </p>
    </div>
  )
}
