export {
  isPreviewCollection,
  previewCollections,
  previewLifetimeMs,
  previewPath,
  previewSecret,
  signPreview,
  verifyPreview,
} from './token.ts'
export type { PreviewCheck, PreviewClaims, PreviewCollection } from './token.ts'
