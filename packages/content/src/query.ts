/**
 * Query strings in the bracket style Payload's REST API parses with `qs`:
 * `{ where: { site: { equals: 'x' } } }` → `where[site][equals]=x`. Brackets stay literal so the
 * URLs printed in errors can be read and pasted as they are.
 */
export type QueryValue = string | number | boolean | null | undefined | QueryObject | QueryValue[]
export interface QueryObject {
  [key: string]: QueryValue
}

function flatten(prefix: string, value: QueryValue, out: string[]): void {
  if (value === undefined) return
  if (value === null) {
    out.push(`${prefix}=`)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(`${prefix}[${index}]`, item, out))
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      flatten(prefix ? `${prefix}[${encodeKey(key)}]` : encodeKey(key), item, out)
    }
  } else {
    out.push(`${prefix}=${encodeURIComponent(String(value))}`)
  }
}

function encodeKey(key: string): string {
  return encodeURIComponent(key)
}

export function toQueryString(params: QueryObject): string {
  const out: string[] = []
  flatten('', params, out)
  return out.join('&')
}
