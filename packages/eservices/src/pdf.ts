import { constants, inflateSync } from 'node:zlib'
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFStream,
  type PDFObject,
} from 'pdf-lib'

/**
 * Whether a PDF may be stored and served: read with a PDF parser (pdf-lib), which finds the
 * objects a reader finds — those inside compressed object streams included — rather than by
 * scanning the bytes for words (a dictionary holding the text "obj" fooled that). Refused:
 *
 * - anything that runs or carries something by itself: JavaScript (`/JS`, `/JavaScript`),
 *   `/Launch`, embedded files, `/RichMedia`, XFA forms, form submission or import, links into
 *   other files (`/GoToR`, `/GoToE`), media renditions, and automatic actions (`/AA`);
 * - an `/OpenAction` that does anything but show a page of the document (a `/URI` opened as the
 *   file is, say); links a reader clicks on stay allowed.
 *
 * Names are compared decoded (`/J#61vaScript`, hex in either case), objects in streams that
 * only look like object streams (`/N` and `/First`, no `/Type`) are read too, as lenient readers
 * do. A file the parser cannot read, an encrypted one (its objects cannot be checked) or one
 * whose compressed streams inflate beyond the budget (a zip bomb) is 'corrupt'.
 */
export type PdfVerdict = 'ok' | 'corrupt' | 'pdf-active-content'

const activeNames = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'RichMediaExecute',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'Rendition',
  'Movie',
  'Sound',
  'AA',
])

const maxStreamOutput = 16 * 1024 * 1024
const maxTotalOutput = 64 * 1024 * 1024
const streamStart = /stream(?:\r\n|\n|\r)/g

/** A PDF name as readers compare it: `#xx` escapes decoded, in either case. */
function nameOf(name: PDFName): string {
  return name
    .decodeText()
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/**
 * Inflates every stream that inflates, within the budget, before the parser does without one:
 * a few kilobytes can inflate to gigabytes. Only bounds resources; the verdict is the parser's.
 */
function withinInflationBudget(data: Buffer): boolean {
  let total = 0
  for (const match of data.toString('latin1').matchAll(streamStart)) {
    const start = match.index + match[0].length
    // zlib's header: a compression method of 8 and a check that holds.
    if (start + 2 > data.length || (data[start]! & 0x0f) !== 8) continue
    if (((data[start]! << 8) | data[start + 1]!) % 31 !== 0) continue
    try {
      total += inflateSync(data.subarray(start), {
        maxOutputLength: maxStreamOutput,
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false
      continue
    }
    if (total > maxTotalOutput) return false
  }
  return true
}

/** Whether an object, or anything directly inside it, names active content. */
function namesActive(object: PDFObject | undefined, seen = new Set<PDFObject>()): boolean {
  if (!object || seen.has(object)) return false
  seen.add(object)
  if (object instanceof PDFName) return activeNames.has(nameOf(object))
  if (object instanceof PDFArray) return object.asArray().some((item) => namesActive(item, seen))
  const dict = object instanceof PDFStream ? object.dict : object
  if (dict instanceof PDFDict) {
    for (const [key, value] of dict.entries()) {
      if (activeNames.has(nameOf(key))) return true
      if (nameOf(key) === 'OpenAction' && !opensAPage(value, dict.context)) return true
      if (namesActive(value, seen)) return true
    }
  }
  return false
}

/** An `/OpenAction` that only shows a page: a destination, or a plain GoTo action. */
function opensAPage(value: PDFObject, context: PDFContext): boolean {
  const action = context.lookup(value)
  if (action instanceof PDFArray) return true
  if (!(action instanceof PDFDict)) return false
  const type = action.get(PDFName.of('S'))
  const kind = type instanceof PDFName ? nameOf(type) : null
  return kind === 'GoTo' && !action.has(PDFName.of('Next'))
}

/** Every object a reader could reach, the ones in stream-borne object streams included. */
async function objectsOf(context: PDFContext): Promise<PDFObject[]> {
  const objects: PDFObject[] = context.trailerInfo.Root ? [context.trailerInfo.Root] : []
  for (const [, object] of context.enumerateIndirectObjects()) {
    // An object the parser could not read is one nobody can vouch for.
    if (object instanceof PDFInvalidObject) throw new Error('unreadable object')
    objects.push(object)
    if (!(object instanceof PDFRawStream)) continue
    // Read again here, typed or not: the parser skips an object stream it cannot decode, and
    // what it cannot read cannot be checked.
    const dict = object.dict
    if (!dict.has(PDFName.of('N')) || !dict.has(PDFName.of('First'))) continue
    const scratch = PDFContext.create()
    await PDFObjectStreamParser.forStream(
      PDFRawStream.of(dict.clone(scratch), object.contents),
    ).parseIntoContext()
    for (const [, inner] of scratch.enumerateIndirectObjects()) objects.push(inner)
  }
  return objects
}

export async function inspectPdf(data: Buffer): Promise<PdfVerdict> {
  if (data.toString('latin1', 0, 5) !== '%PDF-') return 'corrupt'
  // A whole file ends with %%EOF (within its last kilobyte: some writers add bytes after it).
  if (!data.toString('latin1', Math.max(0, data.length - 1024)).includes('%%EOF')) return 'corrupt'
  if (!withinInflationBudget(data)) return 'corrupt'
  let document: PDFDocument
  try {
    document = await PDFDocument.load(data, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    })
  } catch {
    return 'corrupt'
  }
  const { Encrypt, Root } = document.context.trailerInfo
  if (document.isEncrypted || Encrypt) return 'corrupt'
  // No catalog, no document: nothing a reader would show.
  if (!(document.context.lookup(Root) instanceof PDFDict)) return 'corrupt'
  let objects: PDFObject[]
  try {
    objects = await objectsOf(document.context)
  } catch {
    return 'corrupt'
  }
  return objects.some((object) => namesActive(object)) ? 'pdf-active-content' : 'ok'
}
