import path from 'node:path'
import type { Access, CollectionConfig } from 'payload'
import { isAdminUser } from '../access/roles.ts'
import { dataDir } from '../env.ts'
import { label } from '../fields/labels.ts'
import { inspectPdfUpload } from '../hooks/inspectPdfUpload.ts'
import { submissionScope } from './Submissions/access.ts'
import { submissionsGroup } from './Submissions/labels.ts'

/** Same readers as the submission: its site's staff, and the platform admin. */
const staffOfTheSite: Access = ({ req }) => submissionScope(req.user)
const nobody: Access = () => false
const fixed = { update: () => false }

/**
 * Every file answer is a download that cannot run anything, whatever the bytes turn out to be:
 * never shown inline, never sniffed into another type, never given an origin (sandbox).
 */
export function downloadOnly({ headers }: { headers: Headers }): Headers {
  headers.set('Content-Disposition', 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', 'sandbox')
  headers.set('Cache-Control', 'private, no-store')
  return headers
}

/**
 * Files citizens attach to a submission (complaint photos, PDFs for the bureau d'ordre and
 * urbanism requests). Private: stored in the data folder, outside anything served publicly,
 * and read only by the staff of the submission's site, through Payload's access checks
 * (REST, GraphQL and `/api/submission-files/file/<name>` alike). Written only by the submit
 * endpoint, in the submission's own transaction; the bytes are stored as the e-services edge
 * re-encoded them (no sizes, no resizing).
 */
export const SubmissionFiles: CollectionConfig = {
  slug: 'submission-files',
  access: {
    read: staffOfTheSite,
    create: nobody,
    update: nobody,
    // Retention is the platform admin's decision (deleting a submission deletes its files).
    delete: ({ req }) => isAdminUser(req.user),
  },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'submission', 'position', 'mimeType', 'filesize', 'createdAt'],
    group: submissionsGroup,
  },
  labels: {
    singular: label('مرفق', 'Pièce jointe', 'Attachment'),
    plural: label('مرفقات الطلبات', 'Pièces jointes', 'Attachments'),
  },
  fields: [
    {
      // Not `required`: deleting a submission empties it (SQLite's ON DELETE SET NULL) just
      // before its files are deleted (see the submission's delete hooks).
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      index: true,
      access: fixed,
      admin: { readOnly: true },
      label: label('الطلب', 'Demande', 'Submission'),
    },
    {
      // Copied from the submission (and moved with it on a transfer): the access rule reads it.
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      access: fixed,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('الموقع', 'Site', 'Site'),
    },
    {
      name: 'originalName',
      type: 'text',
      access: fixed,
      admin: { readOnly: true },
      label: label('اسم الملف كما أُرسل', 'Nom du fichier envoyé', 'File name as sent'),
    },
    {
      // The citizen's order (1, 2…): the digest of the submission covers the files in it.
      name: 'position',
      type: 'number',
      access: fixed,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('الترتيب', 'Ordre', 'Order'),
    },
    {
      name: 'sha256',
      type: 'text',
      access: fixed,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('البصمة (SHA-256)', 'Empreinte (SHA-256)', 'Fingerprint (SHA-256)'),
    },
  ],
  hooks: {
    beforeChange: [inspectPdfUpload],
  },
  upload: {
    staticDir: path.join(dataDir(), 'submission-files'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    bulkUpload: false,
    crop: false,
    focalPoint: false,
    pasteURL: false,
    modifyResponseHeaders: downloadOnly,
  },
}
