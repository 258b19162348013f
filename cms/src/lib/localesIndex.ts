import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * An index on `_parent_id` for every `<table>_locales` table. Payload gives these tables one
 * index, `(_locale, _parent_id)`, so reading a document's locales by its id (what `locale=all`
 * does for each document, and the content store's sync asks for) scans the whole table: at
 * city scale a page of 250 news took 237 s, and 0.69 s with this index (docs/measurements.md).
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID),
      }),
    })
  }
  return schema
}
