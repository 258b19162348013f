import { describe, expect, it } from 'vitest'
import { maxFileNameLength, safeFileName } from './filename.ts'

describe('safeFileName', () => {
  it('keeps a plain name and puts the real extension', () => {
    expect(safeFileName('facture-mai_2026.pdf', 'pdf')).toBe('facture-mai_2026.pdf')
    expect(safeFileName('IMG 1234.HEIC', 'jpg')).toBe('IMG 1234.jpg')
    expect(safeFileName('photo', '.png')).toBe('photo.png')
    expect(safeFileName('report.v2.final.docx', 'pdf')).toBe('report.v2.final.pdf')
  })

  it('keeps Arabic and Tifinagh letters and digits', () => {
    expect(safeFileName('شكاية رقم ١٢.pdf', 'pdf')).toBe('شكاية رقم ١٢.pdf')
    expect(safeFileName('ⵜⴰⵎⴰⵣⵉⵖⵜ.png', 'png')).toBe('ⵜⴰⵎⴰⵣⵉⵖⵜ.png')
  })

  it('keeps the last path segment only', () => {
    expect(safeFileName('../../etc/passwd.jpg', 'jpg')).toBe('passwd.jpg')
    expect(safeFileName('..\\..\\x.pdf', 'pdf')).toBe('x.pdf')
    expect(safeFileName('C:\\Users\\amina\\scan.pdf', 'pdf')).toBe('scan.pdf')
    expect(safeFileName('C:scan.pdf', 'pdf')).toBe('scan.pdf')
    expect(safeFileName('/var/www/', 'pdf')).toBe('file.pdf')
    expect(safeFileName('..', 'pdf')).toBe('file.pdf')
    expect(safeFileName('...pdf', 'pdf')).toBe('file.pdf')
  })

  it('removes control and bidi characters, so the extension cannot be disguised', () => {
    expect(safeFileName('photo\u202Egpj.exe', 'jpg')).toBe('photogpj.jpg')
    expect(safeFileName('a\u2066b\u2069c\u200Fd.pdf', 'pdf')).toBe('abcd.pdf')
    expect(safeFileName('a\u0000b\nc\rd\u0085e.png', 'png')).toBe('abcde.png')
  })

  it('drops every other character', () => {
    expect(safeFileName('<b>alert(1)<b>.pdf', 'pdf')).toBe('balert1b.pdf')
    expect(safeFileName('<script>x</script>.pdf', 'pdf')).toBe('script.pdf') // a path
    expect(safeFileName('ab:c*d?e"f|g#h%i;j$k`l.pdf', 'pdf')).toBe('abcdefghijkl.pdf')
    expect(safeFileName('-rf .pdf', 'pdf')).toBe('rf.pdf')
    expect(safeFileName('   spaced    out  .jpg', 'jpg')).toBe('spaced out.jpg')
  })

  it('stays within the length limit, without splitting a character', () => {
    const long = safeFileName(`${'a'.repeat(500)}.pdf`, 'pdf')
    expect(long).toHaveLength(maxFileNameLength)
    expect(long.endsWith('a.pdf')).toBe(true)
    const astral = safeFileName(`${'𝐀'.repeat(200)}.pdf`, 'pdf')
    expect(Array.from(astral)).toHaveLength(maxFileNameLength)
    expect(astral).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    expect(safeFileName(`${'a'.repeat(95)}. b.pdf`, 'pdf')).toBe(`${'a'.repeat(95)}.pdf`)
  })

  it('never gives an empty, hidden or device name', () => {
    expect(safeFileName('', 'png')).toBe('file.png')
    expect(safeFileName('.htaccess', 'png')).toBe('htaccess.png')
    expect(safeFileName('\u202E\u0000', 'png')).toBe('file.png')
    expect(safeFileName('CON.pdf', 'pdf')).toBe('_CON.pdf')
    expect(safeFileName(undefined as unknown as string, 'pdf')).toBe('file.pdf')
  })
})
