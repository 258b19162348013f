import { parseHref } from '@bawaba/schemas'
import type { GroupField } from 'payload'
import { languageOf, message } from '../i18n/messages.ts'
import { label } from './labels.ts'

/** http(s), mailto, tel or a path of this site, read as browsers read it (no `//host`). */
const safeUrl = (value: unknown) => {
  const href = parseHref(value)
  return href !== null && href.kind !== 'fragment' && href.kind !== 'query'
}

/** A link to a page of the same site or to an address outside it. */
export const linkField = (name = 'link'): GroupField => ({
  name,
  type: 'group',
  label: label('رابط', 'Lien', 'Link'),
  fields: [
    { name: 'label', type: 'text', localized: true, label: label('النص', 'Libellé', 'Label') },
    {
      name: 'type',
      type: 'radio',
      defaultValue: 'page',
      options: [
        { value: 'page', label: label('صفحة من الموقع', 'Page du site', 'Page of this site') },
        { value: 'url', label: label('رابط خارجي', 'Lien externe', 'External link') },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      label: label('الصفحة', 'Page', 'Page'),
      admin: { condition: (_, sibling) => sibling?.type !== 'url' },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
      ) =>
        (siblingData as { type?: string })?.type === 'url' || value
          ? true
          : message('linkTarget', languageOf(req)),
    },
    {
      name: 'url',
      type: 'text',
      label: label('العنوان', 'Adresse', 'Address'),
      admin: { condition: (_, sibling) => sibling?.type === 'url' },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: unknown; req: { i18n?: { language?: string } } },
      ) =>
        (siblingData as { type?: string })?.type !== 'url' || safeUrl(value)
          ? true
          : message('linkTarget', languageOf(req)),
    },
  ],
})
