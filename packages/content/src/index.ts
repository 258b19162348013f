export { createCmsClient, cmsUrlFromEnv, defaultCmsUrl, CmsError } from './client.ts'
export type { CmsClient, CmsClientOptions, FindParams, ListResponse } from './client.ts'
export { toQueryString } from './query.ts'
export { siteDirectory } from './sites.ts'
export { previewEntry } from './preview.ts'
export {
  normalizeNews,
  normalizeEvent,
  normalizePage,
  normalizeSettings,
  normalizeSite,
  normalizeCouncilMember,
  normalizeCouncilSession,
  normalizeCouncilDecision,
  normalizeDocument,
  normalizeMedia,
  normalizeLink,
  normalizeBlock,
  localizedText,
  isEmptyRichText,
  relationId,
} from './normalize.ts'
export type { NormalizeContext, Issue, DocRef } from './normalize.ts'
export {
  normalizeAlert,
  normalizeHeritagePlace,
  normalizeLibraryDocument,
  normalizeOffice,
  normalizePartner,
  normalizeProcedure,
  normalizeTimelineEntry,
} from './normalize.civic.ts'
export { pick, text, writtenIn } from './localized.ts'
export type { Localized, Picked } from './localized.ts'
export { validate, ContentError } from './validate.ts'
export { createFormsClient } from './forms.ts'
export type {
  FormsClient,
  FormsClientOptions,
  SubmitAnswer,
  SubmitEnvelope,
  TrackAnswer,
} from './forms.ts'
