export { algoliaIndexName } from './names.ts'
export {
  algoliaConfigured,
  allRecords,
  indexSettings,
  recordsFor,
  reindexAll,
  syncAlgolia,
  syncedCollections,
} from './algolia.ts'
export type { Change, ChangeAction, SearchRecord, SyncResult, SyncedCollection } from './algolia.ts'
