export {
  storedCollections,
  storedCollectionNames,
  definitionOf,
  type CollectionDefinition,
  type PublishedCollection,
  type Scope,
  type Shapes,
  type StoredCollection,
} from './collections.ts'
export { DiskStore, diskFormat, type DiskChange } from './disk.ts'
export { populate, refKey, type Joined } from './populate.ts'
export { ContentSnapshot, type Entry, type SnapshotOptions } from './snapshot.ts'
export { syncStore, safetyMarginMs, type StoreChange, type SyncResult } from './sync.ts'
