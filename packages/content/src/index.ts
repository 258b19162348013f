export { createCmsClient, cmsUrlFromEnv, defaultCmsUrl, CmsError } from './client.ts'
export type { CmsClient, CmsClientOptions, FindParams, ListResponse } from './client.ts'
export { toQueryString } from './query.ts'
export {
  cmsLoader,
  sitesLoader,
  settingsLoader,
  siteDirectory,
  siteId,
  siteWhere,
  safetyMarginMs,
  normalizeOne,
} from './loader.ts'
export { previewEntry } from './preview.ts'
export type { CmsCollection, LoaderOptions } from './loader.ts'
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
export { contentState } from './state.ts'
export { createFormsClient } from './forms.ts'
export type {
  FormsClient,
  FormsClientOptions,
  SubmitAnswer,
  SubmitEnvelope,
  TrackAnswer,
} from './forms.ts'
