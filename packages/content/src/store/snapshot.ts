/**
 * The content store in memory, as the renderer reads it: every stored document joined
 * (`populate.ts`), normalised and checked with the same normalisers and zod schemas as ever,
 * lazily and once per change. Which documents a site shows is `scope` (collections.ts), applied
 * here in memory. After a sync, `apply()` drops exactly what changed: the changed documents and
 * every document that joined one of them (an edited image, a moved page).
 */
import { createHash } from 'node:crypto'
import { centralSite } from '@bawaba/registry'
import type { Issue, NormalizeContext } from '../normalize.ts'
import { validate } from '../validate.ts'
import {
  definitionOf,
  storedCollectionNames,
  type PublishedCollection,
  type Shapes,
  type StoredCollection,
} from './collections.ts'
import type { DiskStore } from './disk.ts'
import { populate, refKey } from './populate.ts'
import type { StoreChange } from './sync.ts'

type Raw = Record<string, any>

/** One normalised document, with a digest of exactly what the pages can read of it. */
export interface Entry<T = unknown> {
  collection: StoredCollection
  id: string
  data: T
  digest: string
}

interface Normalised {
  entry: Entry | null
  issues: Issue[]
}

export interface SnapshotOptions {
  /** Makes a CMS URL absolute (media URLs come relative): the CMS client's `absolute`. */
  absolute: (url: string) => string
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 22)

export class ContentSnapshot {
  /** Raised by every `apply()`: what was computed for an older generation is stale. */
  generation = 0
  private raw = new Map<StoredCollection, Map<string, Raw>>()
  private normalised = new Map<string, Normalised>()
  /** `collection:id` → documents whose joined shape read it (found or not). */
  private dependents = new Map<string, Set<string>>()
  private lists = new Map<string, unknown>()
  /** Normalised documents → their digest, so an answer made of documents hashes their digests. */
  private digests = new WeakMap<object, string>()
  private readonly options: SnapshotOptions

  /** Where collections not read yet come from (each is read on first use). */
  private disk: DiskStore | null = null

  constructor(options: SnapshotOptions) {
    this.options = options
  }

  /** The store as on disk; each collection is read when first asked for. */
  static fromDisk(disk: DiskStore, options: SnapshotOptions): ContentSnapshot {
    const snapshot = new ContentSnapshot(options)
    snapshot.disk = disk
    snapshot.generation = disk.generation()
    return snapshot
  }

  /** The stored documents of a collection, by id. */
  private docs(collection: StoredCollection): Map<string, Raw> {
    let docs = this.raw.get(collection)
    if (!docs) {
      docs = new Map()
      for (const doc of this.disk?.all(collection) ?? []) docs.set(String(doc.id), doc)
      this.raw.set(collection, docs)
    }
    return docs
  }

  /** Takes in a sync's changes; returns the `collection:id` of every document whose shape may change. */
  apply(changes: StoreChange[], generation = this.generation + 1): Set<string> {
    const touched = new Set<string>()
    for (const change of changes) {
      // A collection not read yet from disk will be read as the disk has it now.
      const docs =
        this.raw.get(change.collection) ?? (this.disk ? undefined : this.docs(change.collection))
      if (docs && change.doc) docs.set(change.id, change.doc)
      else if (docs) docs.delete(change.id)
      touched.add(refKey(change.collection, change.id))
    }
    // Everything that joined a changed document, transitively (a page's parent, say).
    const stale = new Set<string>()
    const visit = (key: string) => {
      if (stale.has(key)) return
      stale.add(key)
      for (const dependent of this.dependents.get(key) ?? []) visit(dependent)
    }
    for (const key of touched) visit(key)
    for (const key of stale) this.normalised.delete(key)
    this.lists.clear()
    this.generation = generation
    return stale
  }

  /** The stored document as the CMS sent it. */
  rawDoc(collection: StoredCollection, id: string): Raw | undefined {
    return this.docs(collection).get(id)
  }

  rawDocs(collection: StoredCollection): Raw[] {
    return [...this.docs(collection).values()]
  }

  /** id → slug of every site in the store. */
  siteSlugs(): Map<string, string> {
    return this.cached('siteSlugs', () => {
      const map = new Map<string, string>()
      for (const site of this.docs('sites').values()) map.set(String(site.id), site.slug)
      return map
    })
  }

  /** The context normalisers need, for a document of `site` (named in messages). */
  normalizeContext(site: string): NormalizeContext {
    return { site, siteSlugs: this.siteSlugs(), absolute: this.options.absolute, issues: [] }
  }

  /** A document in the shape `depth=1` gives, joined from this store. */
  joined(collection: StoredCollection, raw: Raw) {
    return populate(collection, raw, (target, id) => this.docs(target).get(id))
  }

  private normalise(collection: StoredCollection, id: string): Normalised {
    const key = refKey(collection, id)
    const hit = this.normalised.get(key)
    if (hit) return hit
    const raw = this.docs(collection).get(id)
    const definition = definitionOf(collection)
    let result: Normalised = { entry: null, issues: [] }
    // A document the collection does not list (an untyped PDF) is only ever joined.
    if (raw && definition.normalize && definition.schema && definition.keep?.(raw) !== false) {
      const { doc, refs } = this.joined(collection, raw)
      for (const ref of refs) {
        let set = this.dependents.get(ref)
        if (!set) this.dependents.set(ref, (set = new Set()))
        set.add(key)
      }
      const owner = this.siteSlugs().get(String(raw.site?.id ?? raw.site)) ?? centralSite.slug
      const ctx = this.normalizeContext(owner)
      const data = definition.normalize(doc, ctx)
      const ref = {
        kind: definition.kind,
        key: definition.key?.(raw) ?? String(raw.slug ?? raw.id),
        site: owner,
      }
      const valid = validate(definition.schema, data, ref, ctx.issues)
      const failed = ctx.issues.some((issue) => issue.level === 'error')
      let entry: Entry | null = null
      if (valid !== null && !failed) {
        entry = { collection, id, data: valid, digest: hash(JSON.stringify(valid)) }
        this.digests.set(valid as object, entry.digest)
      }
      result = { entry, issues: ctx.issues }
    }
    this.normalised.set(key, result)
    return result
  }

  /** One published document, normalised, or undefined. */
  entry<C extends PublishedCollection>(collection: C, id: string): Entry<Shapes[C]> | undefined {
    return (this.normalise(collection, id).entry as Entry<Shapes[C]> | null) ?? undefined
  }

  /** Every published document of a collection, normalised (unordered). */
  entries<C extends PublishedCollection>(collection: C): Entry<Shapes[C]>[] {
    return this.cached(`all:${collection}`, () => {
      const out: Entry<Shapes[C]>[] = []
      for (const id of this.docs(collection).keys()) {
        const entry = this.entry(collection, id)
        if (entry) out.push(entry)
      }
      return out
    })
  }

  /** The CMS id of a site, by slug. */
  private siteIdOf(slug: string): string | undefined {
    return this.cached(`siteId:${slug}`, () => {
      for (const [id, other] of this.siteSlugs()) if (other === slug) return id
      return undefined
    })
  }

  /**
   * Whether site `slug` shows a stored document (see `Scope`), decided on the document as stored,
   * before any normalising: a site normalises only what it shows.
   */
  shows(collection: StoredCollection, raw: Raw, slug: string): boolean {
    const scope = definitionOf(collection).scope
    if (scope === 'shared') return true
    if (scope === 'none') return false
    const central = slug === centralSite.slug
    const owner = String(raw.site?.id ?? raw.site ?? '')
    const own = owner !== '' && owner === this.siteIdOf(slug)
    switch (scope) {
      case 'own':
        return own
      case 'featured': {
        if (own) return true
        if (central || owner !== this.siteIdOf(centralSite.slug)) return false
        const id = this.siteIdOf(slug)
        return (raw.featuredOn ?? []).some(
          (site: unknown) => String((site as Raw)?.id ?? site) === id,
        )
      }
      case 'city':
        return central || own
      case 'library':
        return central || own || owner === this.siteIdOf(centralSite.slug)
    }
  }

  /** What site `slug` shows of a collection (see `Scope`), normalised (unordered). */
  scoped<C extends PublishedCollection>(collection: C, slug: string): Entry<Shapes[C]>[] {
    return this.cached(`scope:${collection}:${slug}`, () => {
      const out: Entry<Shapes[C]>[] = []
      for (const [id, raw] of this.docs(collection)) {
        if (!this.shows(collection, raw, slug)) continue
        const entry = this.entry(collection, id)
        if (entry) out.push(entry)
      }
      return out
    })
  }

  /**
   * Problems of the documents site `slug` shows: errors keep a document out (and fail the build
   * that would publish without it), warnings are for the log.
   */
  issues(slug: string): { errors: string[]; warnings: string[] } {
    const errors: string[] = []
    const warnings: string[] = []
    for (const collection of storedCollectionNames) {
      if (collection === 'media') continue
      for (const [id, raw] of this.docs(collection)) {
        if (!this.shows(collection, raw, slug)) continue
        for (const issue of this.normalise(collection, id).issues)
          (issue.level === 'error' ? errors : warnings).push(issue.message)
      }
    }
    return { errors, warnings }
  }

  /**
   * A digest of any answer made of normalised documents and plain values: a document counts by
   * its own digest, so hashing a list of a thousand items hashes a thousand short strings.
   */
  digest(value: unknown): string {
    return hash(this.fingerprint(value))
  }

  private fingerprint(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
    const known = this.digests.get(value)
    if (known) return `#${known}`
    if (Array.isArray(value)) return `[${value.map((item) => this.fingerprint(item)).join(',')}]`
    if (value instanceof Date) return `D${value.getTime()}`
    if (value instanceof Map || value instanceof Set)
      return `M[${[...value].map((item) => this.fingerprint(item)).join(',')}]`
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${this.fingerprint(item)}`)
      .join(',')}}`
  }

  /** Forgets derived values (a new render pass at another instant), keeping normalised documents. */
  forget(): void {
    this.lists.clear()
  }

  /** Memoises a derived value until the next `apply()` or `forget()`. */
  cached<T>(key: string, compute: () => T): T {
    if (this.lists.has(key)) return this.lists.get(key) as T
    const value = compute()
    this.lists.set(key, value)
    return value
  }
}
