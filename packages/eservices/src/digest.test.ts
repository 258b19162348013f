import { describe, expect, it } from 'vitest'
import { canonicalJson, submissionDigest } from './digest.ts'

const file = (c: string) => ({ sha256: c.repeat(64) })

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(
      canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: 'x' }, e: undefined }),
    ).toBe('{"a":{"c":"x","d":[3,{"z":1}]},"b":1}')
    expect(canonicalJson({ 10: 'a', 2: 'b', b: 'c' })).toBe('{"10":"a","2":"b","b":"c"}')
    expect(canonicalJson([undefined, null, true])).toBe('[null,null,true]')
    expect(canonicalJson({ at: new Date('2026-01-01T00:00:00Z') })).toBe(
      '{"at":"2026-01-01T00:00:00.000Z"}',
    )
  })

  it('keeps a member named __proto__ like any other', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"a":2}')
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":2}')
  })

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(TypeError)
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError)
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError)
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/)
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })
})

describe('submissionDigest', () => {
  const fields = { subject: 'Éclairage', body: 'Rue 12', consent: true, tags: ['a', 'b'] }

  it('is a sha256 hex independent of key order and undefined fields', () => {
    const digest = submissionDigest(fields, [file('a')])
    expect(digest).toMatch(/^[0-9a-f]{64}$/)
    const reordered = { tags: ['a', 'b'], consent: true, body: 'Rue 12', subject: 'Éclairage' }
    expect(submissionDigest({ ...reordered, phone: undefined }, [file('a')])).toBe(digest)
    expect(submissionDigest(fields, [file('A')])).toBe(digest)
  })

  it('changes with any field value, any file, or the order of files', () => {
    const digest = submissionDigest(fields, [file('a'), file('b')])
    expect(submissionDigest({ ...fields, body: 'Rue 13' }, [file('a'), file('b')])).not.toBe(digest)
    expect(submissionDigest({ ...fields, tags: ['b', 'a'] }, [file('a'), file('b')])).not.toBe(
      digest,
    )
    expect(submissionDigest({ ...fields, consent: 'true' }, [file('a'), file('b')])).not.toBe(
      digest,
    )
    expect(submissionDigest(fields, [file('a')])).not.toBe(digest)
    expect(submissionDigest(fields, [file('b'), file('a')])).not.toBe(digest)
    expect(submissionDigest(fields, [file('a'), file('c')])).not.toBe(digest)
  })

  it('does not confuse a field with a file', () => {
    expect(submissionDigest({ files: ['a'.repeat(64)] }, [])).not.toBe(
      submissionDigest({}, [file('a')]),
    )
  })
})
