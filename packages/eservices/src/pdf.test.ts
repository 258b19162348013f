import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inspectPdf } from './pdf.ts'
import { pdf } from './testing/fixtures.ts'

function withStream(dictionary: string, body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n4 0 obj << ${dictionary} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ])
}

describe('inspectPdf', () => {
  it('accepts a plain document', () => {
    expect(inspectPdf(pdf())).toBe('ok')
    expect(inspectPdf(pdf('/OpenAction [3 0 R /Fit] /URI (https://casablancacity.ma)'))).toBe('ok')
  })

  it('wants the header and a final %%EOF', () => {
    expect(inspectPdf(Buffer.from(' %PDF-1.7\n%%EOF'))).toBe('corrupt')
    expect(inspectPdf(pdf().subarray(0, 120))).toBe('corrupt')
    expect(inspectPdf(Buffer.concat([pdf(), Buffer.alloc(2048, 0x20)]))).toBe('corrupt')
  })

  it('refuses scripts, launch actions and embedded files', () => {
    for (const extra of [
      '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
      '/OpenAction << /JS 9 0 R >>',
      '/OpenAction << /S /Launch /F (cmd.exe) >>',
      '/Names << /EmbeddedFiles 9 0 R >>',
      '/AA << /O << /Type /EmbeddedFile >> >>',
      '/AcroForm << /XFA 9 0 R >>',
      '/RichMedia 9 0 R',
      '/OpenAction<</S/JavaScript/JS(x)>>',
    ]) {
      expect(inspectPdf(pdf(extra)), extra).toBe('pdf-active-content')
    }
  })

  it('decodes #xx escapes in names', () => {
    expect(inspectPdf(pdf('/OpenAction << /S /J#61vaScript /#4aS (x) >>'))).toBe(
      'pdf-active-content',
    )
    expect(inspectPdf(pdf('/OpenAction << /#4a#53 (x) >>'))).toBe('pdf-active-content')
    expect(inspectPdf(pdf('/OpenAction << /S /L#61unch >>'))).toBe('pdf-active-content')
  })

  it('does not mistake longer names or text for active content', () => {
    expect(inspectPdf(pdf('/JSON (x) /JavaScripts (y) /Launcher 1 /EmbeddedFileX 2'))).toBe('ok')
    expect(inspectPdf(pdf('/Title (JavaScript and JS are words)'))).toBe('ok')
  })

  it('finds what is hidden in a compressed object stream', () => {
    const hidden = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>'))
    const launch = deflateSync(Buffer.from('5 0 << /S /Launch >>'))
    const escaped = deflateSync(Buffer.from('5 0 << /#4aS 6 0 R >>'))
    const clean = deflateSync(Buffer.from('5 0 << /Type /Font /Subtype /Type1 >>'))
    const dict = '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode'
    expect(inspectPdf(withStream(dict, hidden))).toBe('pdf-active-content')
    expect(inspectPdf(withStream(dict, launch))).toBe('pdf-active-content')
    expect(inspectPdf(withStream(dict, escaped))).toBe('pdf-active-content')
    expect(
      inspectPdf(withStream('/Type /Obj#53tm /N 1 /First 4 /Filter /FlateDecode', escaped)),
    ).toBe('pdf-active-content')
    expect(inspectPdf(withStream('/N 1 /First 4 /Filter /FlateDecode', hidden))).toBe(
      'pdf-active-content',
    )
    expect(inspectPdf(withStream('/Type %c\n/ObjStm /Filter /FlateDecode', hidden))).toBe(
      'pdf-active-content',
    )
    expect(inspectPdf(withStream(dict, clean))).toBe('ok')
    expect(
      inspectPdf(withStream('/Type /ObjStm /N 1 /First 4', Buffer.from('5 0 << /JS 6 0 R >>'))),
    ).toBe('pdf-active-content')
  })

  it('refuses an object stream it cannot read or that inflates too far', () => {
    const dict = '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode'
    expect(inspectPdf(withStream(dict, Buffer.from('not deflate data')))).toBe('corrupt')
    const bomb = deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20))
    expect(bomb.length).toBeLessThan(100_000)
    expect(inspectPdf(withStream(dict, bomb))).toBe('corrupt')
  })

  it('ignores /JS-like bytes inside other stream data, not the long names', () => {
    const image = Buffer.from('\x00\x01/JS \x02\x03', 'latin1')
    expect(inspectPdf(withStream('/Type /XObject /Subtype /Image /Filter /DCTDecode', image))).toBe(
      'ok',
    )
    const named = Buffer.from('\x00/JavaScript\x00', 'latin1')
    expect(inspectPdf(withStream('/Type /XObject /Subtype /Image', named))).toBe(
      'pdf-active-content',
    )
  })
})
