/** A minimal in-memory `LoaderContext` with the store semantics the loader relies on. */
import { createHash } from 'node:crypto'
import type { LoaderContext } from 'astro/loaders'

export function fakeLoaderContext(collection: string) {
  const entries = new Map<string, any>()
  const metaValues = new Map<string, string>()
  const log = { info: [] as string[], warn: [] as string[] }
  let writes = 0
  const store = {
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    set: (entry: any) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false
      entries.set(entry.id, entry)
      writes++
      return true
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addModuleImport: () => {},
  }
  const context = {
    collection,
    store,
    meta: {
      get: (key: string) => metaValues.get(key),
      set: (key: string, value: string) => void metaValues.set(key, value),
      has: (key: string) => metaValues.has(key),
      delete: (key: string) => void metaValues.delete(key),
    },
    logger: {
      info: (message: string) => log.info.push(message),
      warn: (message: string) => log.warn.push(message),
      error: (message: string) => log.warn.push(message),
      debug: () => {},
    },
    parseData: async ({ data }: { data: any }) => data,
    generateDigest: (data: unknown) =>
      createHash('sha1').update(JSON.stringify(data)).digest('hex').slice(0, 16),
  } as unknown as LoaderContext
  return {
    context,
    entries,
    log,
    get writes() {
      return writes
    },
    resetWrites() {
      writes = 0
    },
  }
}
