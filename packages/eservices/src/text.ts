/**
 * Cleans citizen-typed text before validation and storage. Markup is NOT touched: text is
 * data and every page escapes it on output, so `<script>` is kept as typed.
 *
 * - NFC normalization and removal of unpaired surrogates;
 * - C0/C1 controls and DEL removed; line breaks (CRLF, CR, U+2028/2029) become `\n` when
 *   `multiline`, a space otherwise; tabs become a space;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) removed, so a
 *   value cannot reorder the text around it; the marks LRM, RLM and ALM (U+200E, U+200F,
 *   U+061C), which Arabic and French mixed text needs, are kept; the BOM is removed;
 * - single-line values have runs of white space collapsed to one space; multiline values
 *   lose trailing spaces on each line; both are trimmed.
 *
 * Never throws and never silently shortens a valid value: with `maxLength`, the result is
 * cut to `maxLength + 1` UTF-16 units at most (one more rather than split a surrogate
 * pair), so a schema's `.max(maxLength)` still refuses an overlong value, and the caller
 * never stores or echoes more than that. The request body limit bounds the work.
 */
export interface CleanTextOptions {
  maxLength?: number
  multiline?: boolean
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const lineBreak = /\r\n|[\r\u2028\u2029]/g
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const bidiControls = /[\u202a-\u202e\u2066-\u2069\ufeff]/g

export function cleanText(value: string, options: CleanTextOptions = {}): string {
  if (typeof value !== 'string') return ''
  const { maxLength, multiline = false } = options
  const limit = maxLength !== undefined && maxLength >= 0 ? Math.floor(maxLength) : Infinity
  let text = value.replace(loneSurrogate, '').normalize('NFC')
  text = text.replace(lineBreak, '\n').replace(/\t/g, ' ').replace(controls, '')
  text = text.replace(bidiControls, '')
  if (multiline) {
    text = text.replace(/[ \u00a0]+\n/g, '\n')
  } else {
    text = text.replace(/\s+/g, ' ')
  }
  text = text.trim()
  return limit === Infinity ? text : cut(text, limit + 1)
}

/** The first `n` UTF-16 units of `s`, or one more so as not to split a surrogate pair. */
function cut(s: string, n: number): string {
  if (s.length <= n) return s
  const last = s.charCodeAt(n - 1)
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? n + 1 : n)
}
