/**
 * A file name safe to store, show and offer for download, built from the one a browser
 * declared: its last path segment only (no directories, no drive letter), without control
 * or bidi characters, with letters, digits, `.`, `_`, ` ` and `-` only, at most
 * `maxFileNameLength` characters, and ending in the extension of the type the content was
 * found to be (`.jpg`, `.png`, `.webp`, `.pdf`), whatever the declared one was.
 */
export const maxFileNameLength = 100

const disallowed = /[^\p{L}\p{N}._ -]/gu
const windowsDevice = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

export function safeFileName(declaredName: string, extension: string): string {
  const ext = `.${extension.replace(/^\./, '')}`
  let name = typeof declaredName === 'string' ? declaredName.slice(0, 1024) : ''
  name = name.normalize('NFC')
  name = name.split(/[\\/]/).at(-1) ?? ''
  name = name.replace(/^[a-z]:/i, '')
  name = name.replace(disallowed, '')
  const dot = name.lastIndexOf('.')
  if (dot > 0) name = name.slice(0, dot)
  name = name
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '')
  const room = maxFileNameLength - ext.length
  name = Array.from(name).slice(0, room).join('')
  // Cutting may leave a dot or a space at the end again.
  name = name.replace(/[\s.]+$/, '')
  if (!name) name = 'file'
  if (windowsDevice.test(name)) name = `_${name}`
  return `${name}${ext}`
}
