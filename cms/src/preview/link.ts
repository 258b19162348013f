import type { CollectionAdminOptions } from 'payload'
import { isLocale } from '@bawaba/registry'
import type { PreviewCollection } from '@bawaba/preview'
import { previewLinkPath } from './endpoints.ts'

/**
 * The admin's Preview button for a collection with public pages. It points at the CMS's
 * `/api/preview-link`, which checks who asks and signs a fresh token when clicked: a token
 * signed here, when the edit view renders, would expire while the page stays open.
 */
export function previewButton(collection: PreviewCollection): CollectionAdminOptions['preview'] {
  return (doc, { locale }) => {
    if (!doc?.id) return null
    const query = new URLSearchParams({
      collection,
      id: String(doc.id),
      locale: isLocale(locale) ? locale : 'ar',
    })
    return `/api${previewLinkPath}?${query}`
  }
}
