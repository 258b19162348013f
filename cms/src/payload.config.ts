import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type CollectionSlug } from 'payload'
import sharp from 'sharp'

import { isAdminUser, isFormsService } from './access/roles.ts'
import { Alerts } from './collections/Alerts.ts'
import { Builds } from './collections/Builds.ts'
import { CouncilDecisions } from './collections/CouncilDecisions.ts'
import { CouncilMembers } from './collections/CouncilMembers.ts'
import { CouncilSessions } from './collections/CouncilSessions.ts'
import { Documents } from './collections/Documents.ts'
import { Events } from './collections/Events.ts'
import { HeritagePlaces } from './collections/HeritagePlaces.ts'
import { Media } from './collections/Media.ts'
import { News } from './collections/News.ts'
import { Offices } from './collections/Offices.ts'
import { Pages } from './collections/Pages/index.ts'
import { Reviews } from './collections/Reviews/index.ts'
import { withReview } from './collections/Reviews/hooks.ts'
import { Partners } from './collections/Partners.ts'
import { Procedures } from './collections/Procedures.ts'
import { Sites } from './collections/Sites.ts'
import { SubmissionFiles } from './collections/SubmissionFiles.ts'
import { Submissions } from './collections/Submissions/index.ts'
import { SiteSettings } from './collections/SiteSettings.ts'
import { TimelineEntries } from './collections/TimelineEntries.ts'
import { Users } from './collections/Users.ts'
import { database } from './database.ts'
import { bawabaEmail } from './email/adapter.ts'
import { adminDateFormat, withDayFirstDates } from './fields/dates.ts'
import { adminTranslations } from './i18n/admin.ts'
import { loadLocalEnv, serverUrl } from './env.ts'
import { richTextEditor } from './fields/richText.ts'
import { healthEndpoints } from './health/endpoints.ts'
import { withRebuilds } from './hooks/queueRebuild.ts'
import { startIntakeOnce, stopIntakeOnce } from './intake/runner.ts'
import { closeIntakeStore } from './intake/store.ts'
import { ceilings, graphqlCostRule } from './lib/costCeilings.ts'
import { buildSiteTask } from './jobs/buildSite.ts'
import { isJobRunner } from './jobs/runnerProcess.ts'
import { onDrained } from './lib/drain.ts'
import { localization } from './localization.ts'
import { open311Endpoints } from './open311/endpoints.ts'
import { previewEndpoints } from './preview/endpoints.ts'
import { objectStoragePlugins } from './storage.ts'
import { storeChangesEndpoint } from './jobs/storeChanges.ts'

loadLocalEnv()
const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every collection the sites show queues a rebuild of those sites when it changes; those
// under the publish right go through review before they are published.
const content = [
  News,
  Events,
  Pages,
  CouncilMembers,
  CouncilSessions,
  CouncilDecisions,
  HeritagePlaces,
  TimelineEntries,
  Offices,
  Procedures,
  Partners,
  Alerts,
  Submissions,
  SubmissionFiles,
  Media,
  Documents,
  SiteSettings,
  Sites,
  Users,
  Builds,
]
  .map(withRebuilds)
  .map(withReview)
const reviewable = content
  .filter((c) => (c.custom as { reviewable?: boolean } | undefined)?.reviewable)
  .map((c) => c.slug as CollectionSlug)

export default buildConfig({
  serverURL: serverUrl(),
  // The session cookie counts only on requests from the admin itself (or with no Origin, from
  // the same site): a district site's page cannot send staff's cookie with its own requests.
  csrf: [serverUrl()],
  secret: process.env.PAYLOAD_SECRET!,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Bawaba' },
    // Gravatar is a third-party request per page view (and a broken image offline).
    avatar: 'default',
    dateFormat: adminDateFormat,
    // The commune publishes on Casablanca's clock, wherever the browser is.
    timezones: {
      supportedTimezones: [{ label: 'الدار البيضاء · Casablanca', value: 'Africa/Casablanca' }],
      defaultTimezone: 'Africa/Casablanca',
    },
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: [
        '/components/ReviewQueue#ReviewQueue',
        '/components/SubmissionsDashboard#SubmissionsDashboard',
      ],
    },
  },
  i18n: {
    supportedLanguages: { ar, fr, en },
    fallbackLanguage: 'ar',
    translations: adminTranslations,
  },
  localization,
  collections: [...content, Reviews(reviewable)].map(withDayFirstDates),
  // The build queue and scheduled publishing, run by the build worker (jobs/worker.ts) and by
  // nothing else: Payload 3's queue lets two runners take the same job, so web instances never
  // run one (no autoRun; shouldAutoRun says no outside the worker; the run endpoint is shut).
  jobs: {
    tasks: [buildSiteTask],
    deleteJobOnComplete: true,
    shouldAutoRun: () => isJobRunner(),
    access: {
      queue: ({ req }) => isAdminUser(req.user),
      // Jobs run in the build worker, through the Local API, never over HTTP: a same-site GET
      // carrying the admin's cookie could otherwise start them (/api/payload-jobs/run), and a
      // web instance must never be a second runner.
      run: () => false,
      cancel: ({ req }) => isAdminUser(req.user),
    },
  },
  endpoints: [...healthEndpoints, ...open311Endpoints, ...previewEndpoints, storeChangesEndpoint],
  // The e-services intake is drained into submissions by the server processes (intake/runner.ts).
  // A draining server (cms/server.ts) stops that runner (finishing the transaction in hand and
  // giving its lease back), then closes the intake and the database once its last request is
  // answered.
  onInit: async (payload) => {
    await startIntakeOnce(payload)
    onDrained(async () => {
      await stopIntakeOnce()
      await closeIntakeStore()
      await payload.destroy()
    })
  },
  editor: richTextEditor,
  email: bawabaEmail(),
  db: database(),
  sharp,
  // Refusals are the access rules working, not server faults: keep them out of the error log.
  loggingLevels: {
    Forbidden: 'info',
    NotFound: 'info',
    ValidationError: 'info',
  },
  // What one request may make the CMS read: see src/lib/costCeilings.ts.
  maxDepth: ceilings.depth,
  graphQL: {
    disablePlaygroundInProduction: true,
    validationRules: (args) => [
      graphqlCostRule(
        (args.variableValues ?? {}) as Record<string, unknown>,
        (args.contextValue as { req?: { i18n?: { language?: string } } } | undefined)?.req?.i18n
          ?.language,
      ),
    ],
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  plugins: [
    ...objectStoragePlugins(),
    multiTenantPlugin({
      tenantsSlug: 'sites',
      tenantField: { name: 'site' },
      // Declared in Users (labelled in the staff's language).
      tenantsArrayField: {
        includeDefaultField: false,
        arrayFieldName: 'sites',
        arrayTenantFieldName: 'site',
      },
      // Our own access rules (src/access) scope every collection; the plugin keeps the
      // admin's site selector and list filters. Deleting a site never deletes content.
      collections: {
        news: { useTenantAccess: false },
        events: { useTenantAccess: false },
        pages: { useTenantAccess: false },
        'council-members': { useTenantAccess: false },
        'council-sessions': { useTenantAccess: false },
        'council-decisions': { useTenantAccess: false },
        'heritage-places': { useTenantAccess: false },
        offices: { useTenantAccess: false },
        submissions: { useTenantAccess: false },
        media: { useTenantAccess: false },
        documents: { useTenantAccess: false },
        'site-settings': { isGlobal: true, useTenantAccess: false },
        reviews: { useTenantAccess: false },
      },
      i18n: {
        translations: {
          ar: { 'nav-tenantSelector-label': 'الموقع', 'field-assignedTenant-label': 'الموقع' },
          fr: { 'nav-tenantSelector-label': 'Site', 'field-assignedTenant-label': 'Site' },
          en: { 'nav-tenantSelector-label': 'Site', 'field-assignedTenant-label': 'Site' },
        },
      },
      useTenantsCollectionAccess: false,
      cleanupAfterTenantDelete: false,
      // The forms service files submissions for every site (its own access stays minimal).
      userHasAccessToAllTenants: (user) => isAdminUser(user) || isFormsService(user),
    }),
  ],
})
