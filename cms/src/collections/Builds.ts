import {
  APIError,
  type Access,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
} from 'payload'
import { canPublish, isAdminUser, isStaffUser, siteIdsOf } from '../access/roles.ts'
import { isAdmin } from '../access/isAdmin.ts'
import { label } from '../fields/labels.ts'
import { languageOf, message } from '../i18n/messages.ts'
import { idOf } from '../lib/ids.ts'

export const buildStatuses = ['queued', 'running', 'succeeded', 'failed', 'superseded'] as const

/** Staff read the builds of their own sites; the admin all of them. */
const ownSiteBuilds: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  const ids = isStaffUser(req.user) ? siteIdsOf(req.user) : []
  return ids.length ? { site: { in: ids } } : false
}

/** Asking for a rebuild is for those who may publish on the site. */
const publishers: Access = ({ req }) => isAdminUser(req.user) || canPublish(req.user)

/**
 * A rebuild asked for in the admin or through the API: only the site can be chosen, on one of
 * the requester's own sites; everything else about a build is the pipeline's to write.
 */
const requestedRebuild: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (operation !== 'create' || context.pipeline || !req.user) return data
  const site = idOf(data.site)
  if (!site || (!isAdminUser(req.user) && !siteIdsOf(req.user).includes(site)))
    throw new APIError(message('notYourSite', languageOf(req)), 403, null, true)
  return {
    site,
    status: 'queued',
    triggerCount: 1,
    triggers: [
      {
        collection: 'builds',
        document: '',
        action: 'manual',
        user: String(req.user.id),
        at: new Date().toISOString(),
      },
    ],
  }
}

/** Every new build record gets its job in the build queue (after a short wait, see queueBuilds). */
const queueJob: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || doc.status !== 'queued') return doc
  const delay = Number(context.buildDelayMs ?? 0)
  await req.payload.jobs.queue({
    task: 'buildSite',
    queue: 'builds',
    input: { build: String(doc.id) },
    ...(delay > 0 ? { waitUntil: new Date(Date.now() + delay) } : {}),
    req,
  })
  return doc
}

/** Site builds: what each publication set off, and how it went. Written by the build worker. */
export const Builds: CollectionConfig = {
  slug: 'builds',
  access: {
    read: ownSiteBuilds,
    create: publishers,
    update: isAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'status',
    defaultColumns: ['site', 'status', 'createdAt', 'seconds', 'pages', 'triggerCount'],
    group: label('النشر', 'Publication', 'Publishing'),
    description: label(
      'كل نشر يعيد بناء المواقع المعنية فقط. اطلب إعادة بناء موقعك من زر "إنشاء".',
      'Chaque publication reconstruit seulement les sites concernés. Demandez une reconstruction de votre site avec « Créer ».',
      'Each publication rebuilds only the sites it concerns. Ask for a rebuild of your site with "Create".',
    ),
  },
  labels: {
    singular: label('بناء', 'Construction', 'Build'),
    plural: label('عمليات البناء', 'Constructions du site', 'Builds'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      label: label('الموقع', 'Site', 'Site'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: label('في الانتظار', 'En attente', 'Queued') },
        { value: 'running', label: label('جارٍ', 'En cours', 'Running') },
        { value: 'succeeded', label: label('منشور', 'En ligne', 'Live') },
        { value: 'failed', label: label('فشل', 'Échec', 'Failed') },
        { value: 'superseded', label: label('عُوِّض', 'Remplacée', 'Superseded') },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      label: label('الحالة', 'État', 'Status'),
    },
    {
      name: 'triggerCount',
      type: 'number',
      defaultValue: 1,
      admin: { readOnly: true },
      label: label('عدد التغييرات', 'Modifications', 'Changes'),
    },
    {
      name: 'triggers',
      type: 'array',
      admin: { readOnly: true },
      label: label('ما استدعى البناء', 'Ce qui l’a déclenchée', 'What set it off'),
      fields: [
        { name: 'collection', type: 'text', label: label('المجموعة', 'Collection', 'Collection') },
        {
          name: 'document',
          type: 'text',
          index: true,
          label: label('الوثيقة', 'Document', 'Document'),
        },
        { name: 'title', type: 'text', label: label('العنوان', 'Titre', 'Title') },
        {
          name: 'action',
          type: 'select',
          options: ['publish', 'unpublish', 'update', 'delete', 'schedule', 'manual'],
          label: label('الإجراء', 'Action', 'Action'),
        },
        { name: 'user', type: 'text', label: label('المستخدم', 'Utilisateur', 'User') },
        { name: 'at', type: 'date', label: label('في', 'Le', 'At') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          label: label('البداية', 'Début', 'Started'),
        },
        {
          name: 'finishedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          label: label('النهاية', 'Fin', 'Finished'),
        },
        {
          name: 'seconds',
          type: 'number',
          admin: { readOnly: true },
          label: label('المدة (ث)', 'Durée (s)', 'Duration (s)'),
        },
        {
          name: 'pages',
          type: 'number',
          admin: { readOnly: true },
          label: label('الصفحات', 'Pages', 'Pages'),
        },
      ],
    },
    {
      name: 'release',
      type: 'text',
      admin: { readOnly: true },
      label: label('الإصدار', 'Version publiée', 'Release'),
    },
    {
      name: 'error',
      type: 'textarea',
      admin: { readOnly: true },
      label: label('الخطأ', 'Erreur', 'Error'),
    },
    {
      // Plain text: the code editor loads Monaco from a CDN, which the admin's CSP refuses.
      name: 'log',
      type: 'textarea',
      admin: { readOnly: true, rows: 12 },
      label: label('آخر السجل', 'Fin du journal', 'Log tail'),
    },
  ],
  hooks: {
    beforeChange: [requestedRebuild],
    afterChange: [queueJob],
  },
}
