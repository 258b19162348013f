import { constants, inflateSync } from 'node:zlib'

/**
 * A light structural check of an uploaded PDF, not a parser: it must start with `%PDF-`
 * and end with `%%EOF`, and must not name any active content. Names are compared after
 * decoding `#xx` escapes (`/J#61vaScript`), both in the file and inside object streams
 * (`/Type /ObjStm`, compressed), where PDF 1.5+ writers put most dictionaries.
 *
 * - `/JavaScript`, `/Launch`, `/EmbeddedFile(s)`, `/RichMedia` and `/XFA` (forms that
 *   carry scripts) are looked for everywhere, stream data included: a chance match in
 *   binary data is negligible at that length.
 * - `/JS` is looked for outside stream data only (three bytes would match the binary data
 *   of a few percent of large scans by chance); a JavaScript action also names
 *   `/S /JavaScript`, which is found anywhere.
 * An object stream that cannot be inflated (a filter other than Flate, encryption) or that
 * inflates beyond the budget makes the file 'corrupt': it cannot be checked.
 */
export type PdfVerdict = 'ok' | 'corrupt' | 'pdf-active-content'

const longNames = new Set([
  'JavaScript',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
])
const allNames = new Set([...longNames, 'JS'])
// A name runs to the next PDF white-space (NUL, HT, LF, FF, CR, SP) or delimiter.
const nameToken = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g
const streamStart = /(?<!end)stream(?:\r\n|\n|\r)/g
const maxStreamOutput = 16 * 1024 * 1024
const maxTotalOutput = 64 * 1024 * 1024

export function inspectPdf(data: Buffer): PdfVerdict {
  const text = data.toString('latin1')
  if (!text.startsWith('%PDF-')) return 'corrupt'
  if (!text.slice(-1024).includes('%%EOF')) return 'corrupt'
  if (namesAny(text, longNames)) return 'pdf-active-content'

  let outside = ''
  let from = 0
  let inflated = 0
  for (const match of text.matchAll(streamStart)) {
    const start = match.index + match[0].length
    if (start < from) continue
    const end = text.indexOf('endstream', start)
    const stop = end === -1 ? text.length : end
    const before = text.slice(Math.max(from, match.index - 4096), match.index)
    const names = namesIn(before.slice(Math.max(0, before.lastIndexOf('obj'))))
    outside += text.slice(from, match.index)
    from = stop
    // Readers find object streams through the xref, some without checking /Type: any
    // stream with the /N and /First an object stream needs is read as one.
    if (!names.has('ObjStm') && !(names.has('N') && names.has('First'))) continue
    let body = data.subarray(start, stop)
    if (names.has('Filter')) {
      try {
        body = inflateSync(body, {
          maxOutputLength: maxStreamOutput,
          finishFlush: constants.Z_SYNC_FLUSH,
        })
      } catch {
        return 'corrupt'
      }
    }
    inflated += body.length
    if (inflated > maxTotalOutput) return 'corrupt'
    if (namesAny(body.toString('latin1'), allNames)) return 'pdf-active-content'
  }
  outside += text.slice(from)
  return namesAny(outside, allNames) ? 'pdf-active-content' : 'ok'
}

function namesIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(nameToken), ([, name]) => decodeName(name)))
}

function namesAny(text: string, names: Set<string>): boolean {
  for (const [, name] of text.matchAll(nameToken)) {
    if (names.has(name.includes('#') ? decodeName(name) : name)) return true
  }
  return false
}

function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
}
