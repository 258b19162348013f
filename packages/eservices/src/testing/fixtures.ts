/** Test fixtures shared by the unit tests of this package. */

/** A small PDF whose catalog dictionary gets `extra`; xref offsets are not checked here. */
export function pdf(extra = '', objects = ''): Buffer {
  return Buffer.from(
    [
      '%PDF-1.7',
      '%\xe2\xe3\xcf\xd3',
      `1 0 obj << /Type /Catalog /Pages 2 0 R ${extra} >> endobj`,
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
      objects,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  )
}
