import { describe, expect, it } from 'vitest'
import {
  base64Length,
  maxFilesPerSubmission,
  maxSubmitBodyBytes,
  reopenRequest,
  submitEnvelope,
} from './submissionApi.ts'
import { maxFileBytes } from './submissions.ts'

const envelope = {
  service: 'complaint',
  site: 'anfa',
  locale: 'fr',
  idempotencyKey: 'k'.repeat(32),
  digest: 'a'.repeat(64),
  input: { category: 'lighting' },
}

describe('the submit envelope', () => {
  it('has no files unless given, in the order given', () => {
    expect(submitEnvelope.parse(envelope).files).toEqual([])
    const files = [
      { name: 'b.jpg', data: 'AAAA' },
      { name: 'a.jpg', data: 'BBBB' },
    ]
    expect(submitEnvelope.parse({ ...envelope, files }).files).toEqual(files)
  })

  it('needs a name for each file (the rules on the bytes are the CMS’s, per service)', () => {
    expect(submitEnvelope.safeParse({ ...envelope, files: [{ data: 'AAAA' }] }).success).toBe(false)
    expect(
      submitEnvelope.safeParse({ ...envelope, files: [{ name: ' ', data: '' }] }).success,
    ).toBe(false)
  })

  it('caps the body at the most files, each as large as allowed in base64, plus 1 MiB', () => {
    expect(maxFilesPerSubmission).toBe(5)
    expect(base64Length(3)).toBe(4)
    expect(base64Length(4)).toBe(8)
    expect(maxSubmitBodyBytes).toBe(5 * base64Length(maxFileBytes) + 1024 * 1024)
    expect(maxSubmitBodyBytes).toBeGreaterThan(70_000_000)
    expect(maxSubmitBodyBytes).toBeLessThan(72_000_000)
  })
})

describe('reopening', () => {
  it('takes the code, the contact and an optional reason', () => {
    expect(reopenRequest.parse({ code: 'ANF-2222-2222', contact: '0612345678' })).toEqual({
      code: 'ANF-2222-2222',
      contact: '0612345678',
    })
    expect(
      reopenRequest.safeParse({ code: 'x', contact: 'y', reason: 'z'.repeat(2001) }).success,
    ).toBe(false)
  })
})
