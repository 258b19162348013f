import type { CollectionConfig } from 'payload'
import { publicRead, publishersOfOwnSites } from '../access/siteScoped.ts'
import { isAdmin } from '../access/isAdmin.ts'
import { label } from '../fields/labels.ts'
import { linkField } from '../fields/link.ts'
import { enforceSiteScope } from '../hooks/enforceSiteScope.ts'

const links = (name: string, text: ReturnType<typeof label>) => ({
  name,
  type: 'array' as const,
  label: text,
  labels: { singular: label('رابط', 'Lien', 'Link'), plural: label('روابط', 'Liens', 'Links') },
  fields: [linkField()],
})

/** One per site (the multi-tenant plugin shows it as a global): menus and footer. */
export const SiteSettings: CollectionConfig = {
  slug: 'site-settings',
  access: {
    read: publicRead,
    create: isAdmin,
    update: publishersOfOwnSites,
    delete: isAdmin,
  },
  admin: {
    group: label('الإعدادات', 'Paramètres', 'Settings'),
    // Titled by its site's name, not its id (the `site` field is the multi-tenant plugin's).
    useAsTitle: 'siteName',
  },
  labels: {
    singular: label('إعدادات الموقع', 'Réglages du site', 'Site settings'),
    plural: label('إعدادات المواقع', 'Réglages des sites', 'Site settings'),
  },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      virtual: 'site.name',
      admin: { hidden: true },
      label: label('الموقع', 'Site', 'Site'),
    },
    links('navigation', label('القائمة الرئيسية', 'Menu principal', 'Main menu')),
    links(
      'quickLinks',
      label('روابط الخدمات السريعة', 'Accès rapides aux services', 'Service quick links'),
    ),
    {
      name: 'footerText',
      type: 'textarea',
      localized: true,
      label: label('نص التذييل', 'Texte du pied de page', 'Footer text'),
    },
    links('footerLinks', label('روابط التذييل', 'Liens du pied de page', 'Footer links')),
  ],
  hooks: {
    beforeChange: [enforceSiteScope],
  },
}
