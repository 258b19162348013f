/** Where publishing keeps its files: the dist root (releases, bundles) and its caches. */
import { join } from 'node:path'
import { repoRoot } from '../../../cms/src/env.ts'

/**
 * The repository: found from the working directory, not from this file, which also runs from
 * inside the sites' server bundle (the renderer process).
 */
export const repo = repoRoot(process.cwd())

/** `BAWABA_DIST`, default `./dist`: live links, releases, bundles. */
export const distRoot = () => process.env.BAWABA_DIST || join(repo, 'dist')

/** `BAWABA_DATA_DIR`, default `./.data`. */
export const dataRoot = () => process.env.BAWABA_DATA_DIR || join(repo, '.data')

/** The content store (the CMS's public documents): `BAWABA_STORE`, default in the data folder. */
export const storeFile = () => process.env.BAWABA_STORE || join(dataRoot(), 'content', 'store.db')

/** Made images and copied PDFs, by content-addressed name: `BAWABA_PUBLISH_CACHE`, default in the data folder. */
export const assetCache = () =>
  process.env.BAWABA_PUBLISH_CACHE || join(dataRoot(), 'publish-cache')
