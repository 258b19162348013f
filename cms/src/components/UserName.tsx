'use client'
import { useEffect, useState } from 'react'
import { FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { inLanguage } from '../fields/labels.ts'
import { reviewText } from './reviewText.ts'

/**
 * A user stored by id (what set a build off) shown by name, read with the viewer's own access:
 * a colleague's name, or "another account" for one the viewer may not see (the platform admin,
 * another district's staff) — never a bare id.
 */
export function UserName({ path, field }: TextFieldClientProps) {
  const { value } = useField<string>({ path })
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [name, setName] = useState<string>()
  useEffect(() => {
    if (!value) return setName('—')
    let stopped = false
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    fetch(`${api}/users/${encodeURIComponent(value)}?depth=0`, { credentials: 'include' })
      .then(async (response) => {
        const user = response.ok
          ? ((await response.json()) as { name?: string; email?: string })
          : null
        if (!stopped)
          setName(user?.name || user?.email || inLanguage(reviewText.someone, i18n.language))
      })
      .catch(() => !stopped && setName(inLanguage(reviewText.someone, i18n.language)))
    return () => {
      stopped = true
    }
  }, [value, config.serverURL, config.routes.api, i18n.language])
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <p>
        <bdi>{name ?? '…'}</bdi>
      </p>
    </div>
  )
}
