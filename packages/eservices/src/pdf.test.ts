import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inspectPdf } from './pdf.ts'
import { pdf } from './testing/fixtures.ts'

/** A whole document with one more object: a stream of that dictionary and body. */
function withStream(dictionary: string, body: Buffer): Buffer {
  const stream = `4 0 obj << ${dictionary} /Length ${body.length} >>\nstream\n${body.toString('latin1')}\nendstream\nendobj`
  return pdf('', stream)
}

describe('inspectPdf', () => {
  it('accepts a plain document, and an opening that shows one of its pages', async () => {
    expect(await inspectPdf(pdf())).toBe('ok')
    expect(await inspectPdf(pdf('/OpenAction [3 0 R /Fit] /URI (https://casablancacity.ma)'))).toBe(
      'ok',
    )
    expect(await inspectPdf(pdf('/OpenAction << /S /GoTo /D [3 0 R /Fit] >>'))).toBe('ok')
  })

  it('wants the header, a final %%EOF and a catalog', async () => {
    expect(await inspectPdf(Buffer.from(' %PDF-1.7\n%%EOF'))).toBe('corrupt')
    expect(await inspectPdf(pdf().subarray(0, 120))).toBe('corrupt')
    expect(await inspectPdf(Buffer.concat([pdf(), Buffer.alloc(2048, 0x20)]))).toBe('corrupt')
    expect(await inspectPdf(Buffer.from('%PDF-1.7\ntrailer << >>\n%%EOF\n'))).toBe('corrupt')
  })

  it('refuses scripts, launch actions, embedded files and automatic actions', async () => {
    for (const extra of [
      '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
      '/OpenAction << /JS 9 0 R >>',
      '/OpenAction << /S /Launch /F (cmd.exe) >>',
      '/Names << /EmbeddedFiles 9 0 R >>',
      '/AA << /O << /S /GoTo /D [3 0 R /Fit] >> >>',
      '/AcroForm << /XFA 9 0 R >>',
      '/RichMedia 9 0 R',
      '/OpenAction<</S/JavaScript/JS(x)>>',
      '/OpenAction << /S /SubmitForm /F (https://evil.example/) >>',
      '/OpenAction << /S /GoToR /F (other.pdf) /D [0 /Fit] >>',
    ]) {
      expect(await inspectPdf(pdf(extra)), extra).toBe('pdf-active-content')
    }
  })

  it('refuses an opening that goes anywhere but one of its pages (issue 11: /OpenAction /URI)', async () => {
    for (const extra of [
      '/OpenAction << /S /URI /URI (https://evil.example/) >>',
      '/OpenAction 9 0 R',
      '/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://evil.example/) >> >>',
      '/OpenAction << /S /Named /N /Print >>',
    ]) {
      const objects = '9 0 obj << /S /URI /URI (https://evil.example/) >> endobj'
      expect(await inspectPdf(pdf(extra, objects)), extra).toBe('pdf-active-content')
    }
    // A link a reader clicks on stays allowed.
    const link =
      '5 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (https://casablancacity.ma/) >> >> endobj'
    expect(await inspectPdf(pdf('', link))).toBe('ok')
  })

  it('decodes #xx escapes in names, in either case', async () => {
    expect(await inspectPdf(pdf('/OpenAction << /S /J#61vaScript /#4aS (x) >>'))).toBe(
      'pdf-active-content',
    )
    expect(await inspectPdf(pdf('/OpenAction << /#4a#53 (x) >>'))).toBe('pdf-active-content')
    expect(await inspectPdf(pdf('/OpenAction << /S /L#61unch >>'))).toBe('pdf-active-content')
    expect(await inspectPdf(pdf('/Names << /#4aava#53cript 9 0 R >>'))).toBe('pdf-active-content')
    expect(await inspectPdf(pdf('/Names << /#4aava#53cript 9 0 R >>'.replace('#4a', '#4A')))).toBe(
      'pdf-active-content',
    )
  })

  it('does not mistake longer names or text for active content', async () => {
    expect(await inspectPdf(pdf('/JSON (x) /JavaScripts (y) /Launcher 1 /EmbeddedFileX 2'))).toBe(
      'ok',
    )
    expect(await inspectPdf(pdf('/Title (JavaScript and JS are words)'))).toBe('ok')
  })

  it('finds what is hidden in a compressed object stream', async () => {
    const hidden = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>'))
    const launch = deflateSync(Buffer.from('5 0 << /S /Launch >>'))
    const escaped = deflateSync(Buffer.from('5 0 << /#4aS 6 0 R >>'))
    const clean = deflateSync(Buffer.from('5 0 << /Type /Font /Subtype /Type1 >>'))
    const dict = '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode'
    expect(await inspectPdf(withStream(dict, hidden))).toBe('pdf-active-content')
    expect(await inspectPdf(withStream(dict, launch))).toBe('pdf-active-content')
    expect(await inspectPdf(withStream(dict, escaped))).toBe('pdf-active-content')
    expect(
      await inspectPdf(withStream('/Type /Obj#53tm /N 1 /First 4 /Filter /FlateDecode', escaped)),
    ).toBe('pdf-active-content')
    expect(await inspectPdf(withStream('/N 1 /First 4 /Filter /FlateDecode', hidden))).toBe(
      'pdf-active-content',
    )
    expect(
      await inspectPdf(withStream('/Type %c\n/ObjStm /N 1 /First 4 /Filter /FlateDecode', hidden)),
    ).toBe('pdf-active-content')
    expect(await inspectPdf(withStream(dict, clean))).toBe('ok')
    expect(
      await inspectPdf(
        withStream('/Type /ObjStm /N 1 /First 4', Buffer.from('5 0 << /JS 6 0 R >>')),
      ),
    ).toBe('pdf-active-content')
  })

  it('finds it when the object stream’s dictionary holds the text "obj" (issue 11)', async () => {
    const hidden = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>'))
    for (const dict of [
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Note (obj)',
      '/Note (endobj obj) /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Subject (1 0 obj)',
    ])
      expect(await inspectPdf(withStream(dict, hidden)), dict).toBe('pdf-active-content')
  })

  it('refuses an object stream it cannot read or that inflates too far', async () => {
    const dict = '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode'
    expect(await inspectPdf(withStream(dict, Buffer.from('not deflate data')))).toBe('corrupt')
    const bomb = deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20))
    expect(bomb.length).toBeLessThan(100_000)
    expect(await inspectPdf(withStream(dict, bomb))).toBe('corrupt')
  })

  it('reads names, not bytes: words inside image data are pixels, not actions', async () => {
    const image = Buffer.from('\x00\x01/JS \x02\x03/JavaScript\x00', 'latin1')
    expect(
      await inspectPdf(withStream('/Type /XObject /Subtype /Image /Filter /DCTDecode', image)),
    ).toBe('ok')
  })

  it('refuses an encrypted file: its objects cannot be checked', async () => {
    const encrypted = pdf(
      '',
      '7 0 obj << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> endobj',
    )
      .toString('latin1')
      .replace('trailer << /Root 1 0 R >>', 'trailer << /Root 1 0 R /Encrypt 7 0 R >>')
    expect(await inspectPdf(Buffer.from(encrypted, 'latin1'))).toBe('corrupt')
  })
})
